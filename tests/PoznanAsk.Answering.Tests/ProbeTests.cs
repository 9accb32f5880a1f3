using PoznanAsk.Answering.Tests.Support;
using Xunit.Abstractions;

namespace PoznanAsk.Answering.Tests;

public sealed class ProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var corpus = Environment.GetEnvironmentVariable("PROBE_CORPUS") ?? Corpora.Seeds;
        var kb = Corpora.Knowledge(corpus);
        foreach (var o in kb.Organisations) output.WriteLine($"ORG {o.Id} | {o.CanonicalName} | {string.Join("; ", o.Aliases.Select(a => a.Name))} | {string.Join(",", o.Abbreviations)}");
        foreach (var l in kb.Lists) output.WriteLine($"LIST {l.Year} {l.Scope} {l.StatedCount}/{l.ParsedCount} {l.IntroSentence}");
        foreach (var e in kb.Events) output.WriteLine($"EVENT {e.Year} {e.Kind} {e.OrganisationId} {e.NameAsWritten} | {e.Quote}");
        foreach (var a in kb.Activities) output.WriteLine($"ACT {a.Year} {a.OrganisationId} {a.PassageId} {a.Evidence}");
        foreach (var p in kb.Passages.Where(p => p.Kind != Knowledge.Model.PassageKind.ListItem)) output.WriteLine($"PAS {p.Id} {p.Year} {p.Kind} [{p.Section}] {p.Text[..Math.Min(80, p.Text.Length)]}");
        var c = Corpora.Composer(corpus);
        foreach (var q in File.ReadAllLines("/tmp/probe-questions.txt"))
        {
            var parsed = c.Parser.Parse(q, null);
            var a = c.Answer(parsed);
            output.WriteLine($"\n### {q}\n[{a.Intent} {a.Language} year={a.Year} found={a.Found} scope={parsed.Scope} orgs={string.Join(",", parsed.Mentions.Select(m => m.Organisation.CanonicalName + ":" + m.Score.ToString("0.00"))) + " near=" + string.Join(",", c.Parser.Linker.Near(q, parsed.Words, 0.1).Select(o => o.CanonicalName))} foreign={parsed.ForeignSubject}]\n{a.Text}\n" + string.Join("\n", a.Citations.Select(x => $"  [{x.Number}] {x.PassageId} {x.Year} {x.Quote}")) + "\n  ?> " + string.Join(" | ", a.SuggestedQuestions));
        }
    }
}
