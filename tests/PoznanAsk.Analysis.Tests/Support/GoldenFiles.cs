using System.IO.Compression;
using System.Text;

namespace PoznanAsk.Analysis.Tests.Support;

/// <summary>Reads golden TSV files (UTF-8, \n, optionally gzip) from tests/TestData/analysis.</summary>
internal static class GoldenFiles
{
    public static IEnumerable<string[]> ReadTsv(string name)
    {
        string path = TestAnalysis.DataFile(name);
        using Stream file = File.OpenRead(path);
        using Stream stream = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        foreach (var line in ReadLines(reader))
        {
            yield return line.Split('\t');
        }
    }

    /// <summary>Lines split on \n only (golden text may contain \r, U+2028 and friends inside lines).</summary>
    public static List<string> ReadLines(string name)
    {
        using var reader = new StreamReader(TestAnalysis.DataFile(name), new UTF8Encoding(false));
        return [.. ReadLines(reader)];
    }

    private static IEnumerable<string> ReadLines(StreamReader reader)
    {
        var text = reader.ReadToEnd();
        var lines = text.Split('\n');
        int count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        for (int i = 0; i < count; i++)
        {
            yield return lines[i].EndsWith('\r') ? lines[i][..^1] : lines[i];
        }
    }
}
