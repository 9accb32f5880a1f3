using System.CommandLine;
using System.Text;
using PoznanAsk.Analysis;
using PoznanAsk.Analysis.Formatting;
using PoznanAsk.Cli.Hosting;
using PoznanAsk.Cli.Output;

namespace PoznanAsk.Cli.Commands;

/// <summary>
/// <c>poznanask analyze</c>: text on stdin, one token per line out in the Lucene oracle's columns
/// (<c>term TAB start TAB end TAB posInc</c>), so the two can be diffed. The default is the exact
/// Lucene PolishAnalyzer reference.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var folded = new Option<bool>("--folded") { Description = "Use the diacritic-folded chain (what the folded field indexes)" };
        var lemmas = new Option<bool>("--lemmas") { Description = "Print the Morfologik lemma stream instead" };
        var stemmed = new Option<bool>("--index-chain") { Description = "Use the index's Stempel chain (numbers never stemmed) instead of the Lucene reference" };
        var types = new Option<bool>("--types") { Description = "Add a fifth column with the token type (<ALPHANUM>, <NUM>…)" };
        var perLine = new Option<bool>("--per-line") { Description = "Analyse each input line as its own text; rows start with the line number" };
        var json = GlobalOptions.Json();
        var command = new Command("analyze", "Analyse Polish text from stdin: one token per line (term, start, end, position increment)")
        {
            folded, lemmas, stemmed, types, perLine, json,
        };
        command.SetAction(parse => CommandRunner.Run(parse, context =>
        {
            var analysis = context.Analysis;
            var analyzer = parse.GetValue(lemmas) ? analysis.Get(PolishAnalysis.LemmaName)
                : parse.GetValue(folded) ? analysis.Folded
                : parse.GetValue(stemmed) ? analysis.Stemmed
                : analysis.Reference;
            var input = ReadStdin();
            var texts = parse.GetValue(perLine) ? input.Split('\n').Select(l => l.TrimEnd('\r')).ToArray() : [input];
            var output = context.Output;
            if (parse.GetValue(json))
            {
                Json.Write(output, texts.Select((t, i) => new { line = i + 1, tokens = analyzer.Analyze(t) }).ToArray());
                return 0;
            }

            for (var i = 0; i < texts.Length; i++)
            {
                var prefix = parse.GetValue(perLine) ? $"{i + 1}\t" : string.Empty;
                TokenFormatter.Write(output, analyzer.Analyze(texts[i]), parse.GetValue(types), prefix);
            }

            return 0;
        }));
        return command;
    }

    /// <summary>Reads stdin as UTF-8 like the oracle: a leading BOM dropped, bad bytes become U+FFFD.</summary>
    private static string ReadStdin()
    {
        using var stdin = Console.OpenStandardInput();
        using var reader = new StreamReader(stdin, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
