using System.CommandLine;
using PoznanAsk.Answering.Evaluation;
using PoznanAsk.Cli.Hosting;
using PoznanAsk.Cli.Output;

namespace PoznanAsk.Cli.Commands;

/// <summary><c>poznanask eval FILE</c>: runs a question file and prints accuracy per intent and every failure.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Question file (JSON lines: q, intent, year, scope, orgs, count, found, cite …; or question, kind, expected, evidence)" };
        file.AcceptExistingOnly();
        var json = GlobalOptions.Json();
        var recall = new Option<bool>("--recall") { Description = "Report format: also recall@5 of passage retrieval (the passages the answers search)" };
        var peerHits = new Option<FileInfo?>("--peer-hits") { Description = "With --recall: a stock engine's top list (TSV: question line, rank, passage id), e.g. lucene-oracle search" };
        var peerCorpus = new Option<FileInfo?>("--peer-corpus") { Description = "With --peer-hits: the peer's passages (JSONL: id = file#n, text)" };
        var command = new Command("eval", "Run a question file and print accuracy per intent or kind, cited evidence and wrong verdicts") { file, json, recall, peerHits, peerCorpus };
        command.SetAction(parse => CommandRunner.Run(parse, context =>
        {
            var path = parse.GetValue(file)!.FullName;
            var result = EvalRunner.Run(context.Engine, path);
            var r = parse.GetValue(recall) && EvalRunner.IsReportFormat(path)
                ? RetrievalRecall.Measure(context.Engine, ReportEval.Read(path), parse.GetValue(peerHits)?.FullName, parse.GetValue(peerCorpus)?.FullName)
                : null;
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, new
                {
                    recall = r is null ? null : new { k = RetrievalRecall.K, r.Questions, ours = r.OursRecall, oursWithoutYear = r.OursWithoutYearRecall, peer = r.PeerRecall },
                    result.Total,
                    result.Passed,
                    result.Accuracy,
                    result.PerIntent,
                    result.WithEvidence,
                    result.EvidenceHeld,
                    result.EvidenceShare,
                    result.WrongVerdicts,
                    failures = result.Failures.Select(f => new { f.Line, f.Id, f.Question, f.Reasons, answer = f.Answer.Text }),
                });
                return CommandRunner.Ok;
            }

            var output = context.Output;
            output.WriteLine($"{"intencja",-20} {"pytań",6} {"trafnych",9} {"dokładność",11}");
            foreach (var intent in result.PerIntent)
            {
                output.WriteLine($"{intent.Intent,-20} {intent.Total,6} {intent.Passed,9} {intent.Accuracy,11:P1}");
            }

            output.WriteLine($"{"razem",-20} {result.Total,6} {result.Passed,9} {result.Accuracy,11:P1}");
            if (result.WithEvidence > 0)
            {
                output.WriteLine($"cytaty zawierające dowód: {result.EvidenceHeld}/{result.WithEvidence} ({result.EvidenceShare:P1})");
            }

            output.WriteLine($"błędne werdykty tak/nie: {result.WrongVerdicts}");
            if (r is not null)
            {
                var peer = r.PeerRecall is { } p ? $"; Lucene (PolishAnalyzer + BM25): {r.Peer}/{r.Questions} ({p:P1}), różnica {(r.OursRecall - p) * 100:+0.0;-0.0} pkt" : string.Empty;
                output.WriteLine($"recall@{RetrievalRecall.K}: nasze {r.Ours}/{r.Questions} ({r.OursRecall:P1}; bez filtra roku {r.OursWithoutYearRecall:P1}){peer}");
            }

            foreach (var failure in result.Failures)
            {
                output.WriteLine();
                output.WriteLine($"✗ wiersz {failure.Line}{(failure.Id is null ? string.Empty : " " + failure.Id)}: {failure.Question}");
                foreach (var reason in failure.Reasons)
                {
                    output.WriteLine("    " + reason);
                }
            }

            return CommandRunner.Ok;
        }));
        return command;
    }
}
