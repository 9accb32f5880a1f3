using System.IO.Compression;
using System.Text;

namespace PoznanAsk.Analysis.Tests.Support;

/// <summary>Reads golden files (UTF-8, \n, optionally gzip) from tests/TestData/analysis.</summary>
internal static class GoldenFiles
{
    public static IEnumerable<string[]> ReadTsv(string name) => ReadLines(name).Select(line => line.Split('\t'));

    /// <summary>Lines split on \n only, as the oracle does (a trailing \r is removed); text may contain U+2028 and friends.</summary>
    public static List<string> ReadLines(string name)
    {
        using Stream file = File.OpenRead(TestAnalysis.DataFile(name));
        using Stream stream = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        var lines = reader.ReadToEnd().Split('\n');
        int count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        return [.. lines.Take(count).Select(l => l.EndsWith('\r') ? l[..^1] : l)];
    }

    /// <summary>Oracle <c>--per-line</c> rows grouped by line number, without the number column.</summary>
    public static ILookup<int, string> PerLine(string name) =>
        ReadTsv(name).ToLookup(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture), r => string.Join('\t', r[1..]));
}
