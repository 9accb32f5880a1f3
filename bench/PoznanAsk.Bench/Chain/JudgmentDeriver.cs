using System.Text.Json;
using System.Text.RegularExpressions;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Bench.Chain;

/// <summary>
/// Draft judgments derived mechanically from the answering question files (docs/index-chain.md):
/// for a question with an answer (found ≠ false), the relevant passages are those of the question's
/// year (any year when it has none) whose text contains one of its <c>cite</c> strings or <c>orgs</c>;
/// a list/count question also gets the membership lists of its year and scope, a diff question the
/// lists of the years it names. The draft is then read and corrected by hand into judgments.tsv.
/// </summary>
internal static partial class JudgmentDeriver
{
    public static void Write(IEnumerable<string> questionFiles, ChainCorpus corpus, TextWriter output)
    {
        output.WriteLine("# draft: origin\tgroup\tquestion\tkeys… (derived mechanically; review by hand)");
        foreach (var file in questionFiles)
        {
            var origin = Path.GetFileNameWithoutExtension(file);
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                using var doc = JsonDocument.Parse(line);
                var q = doc.RootElement;
                var text = q.GetProperty("q").GetString()!;
                var intent = Str(q, "intent");
                if (intent == "help" || (q.TryGetProperty("found", out var found) && found.ValueKind == JsonValueKind.False) || !q.TryGetProperty("found", out _))
                {
                    continue;
                }

                int? year = q.TryGetProperty("year", out var y) ? y.GetInt32() : null;
                var needles = Strings(q, "cite").Concat(Strings(q, "orgs")).ToList();
                var relevant = corpus.Passages
                    .Where(p => (year is null || p.Year == year) && needles.Any(n => p.Text.Contains(n, StringComparison.Ordinal)))
                    .Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
                var lists = corpus.Bases.SelectMany(b => b.Lists).ToList();
                if (intent is "list-memberships" or "count-memberships")
                {
                    var scope = Str(q, "scope");
                    relevant.UnionWith(lists.Where(l => l.Year == year && (scope is null || l.Scope.ToString().Equals(scope, StringComparison.OrdinalIgnoreCase)))
                        .Select(l => l.PassageId));
                }
                else if (intent == "diff")
                {
                    var years = YearPattern().Matches(text).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
                    if (year is { } yy)
                    {
                        years.Add(yy);
                    }

                    relevant.UnionWith(lists.Where(l => l.Year is { } ly && years.Contains(ly)).Select(l => l.PassageId));
                }

                var keys = corpus.Passages.Where(p => relevant.Contains(p.Id)).Select(corpus.UniqueKey);
                output.WriteLine(string.Join('\t', [origin, Group(q, text), text, .. keys]));
            }
        }
    }

    private static string Group(JsonElement q, string text)
    {
        if (Str(q, "lang") == "en")
        {
            return "english";
        }

        if ((Str(q, "note") ?? string.Empty).Contains("typo", StringComparison.Ordinal))
        {
            return "typo";
        }

        return text.Any(c => "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".Contains(c)) ? "plain" : "no-diacritics";
    }

    private static string? Str(JsonElement q, string name) => q.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<string> Strings(JsonElement q, string name) =>
        q.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(e => e.GetString()!) : [];

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex YearPattern();
}
