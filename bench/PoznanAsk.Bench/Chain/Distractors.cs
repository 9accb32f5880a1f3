using System.Text.Json;

namespace PoznanAsk.Bench.Chain;

/// <summary>
/// Off-topic Polish passages (the JSONL of ../shared/tools/corpus/make-corpus: man pages, LibreOffice
/// help, fortunes) added to the index as non-relevant competition, so term statistics and ranking are
/// closer to an index of many reports than 24 passages alone.
/// </summary>
internal static class Distractors
{
    public static IEnumerable<string> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            yield return doc.RootElement.GetProperty("text").GetString() ?? string.Empty;
        }
    }
}
