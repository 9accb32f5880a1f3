using PoznanAsk.Analysis;

namespace PoznanAsk.Search.Tests.Fakes;

/// <summary>
/// A small stand-in analyzer: letter/digit runs, lower-cased, a few Polish stop words removed (leaving
/// position gaps like Lucene's StopFilter). Optionally strips diacritics (a "folded" variant).
/// </summary>
internal sealed class SimpleAnalyzer(string name = SimpleAnalyzer.DefaultName, bool fold = false) : Analyzer
{
    public const string DefaultName = "test-simple";
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal) { "i", "w", "z", "na", "się", "jest", "być", "do", "oraz", "a" };

    public override string Name => name;

    public override void Analyze(string text, TokenSink sink)
    {
        var inc = 1;
        var i = 0;
        Span<char> buf = stackalloc char[256];
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var len = Math.Min(i - start, buf.Length);
            for (var k = 0; k < len; k++)
            {
                var c = char.ToLowerInvariant(text[start + k]);
                buf[k] = fold ? Fold(c) : c;
            }

            var term = buf[..len];
            if (Stop.Contains(term.ToString()))
            {
                inc++;
                continue;
            }

            sink(term, start, i, inc, char.IsDigit(text[start]) ? TokenType.Num : TokenType.AlphaNum);
            inc = 1;
        }
    }

    public override string Normalize(string term) => fold ? new string(term.ToLowerInvariant().Select(Fold).ToArray()) : term.ToLowerInvariant();

    private static char Fold(char c) => c switch
    {
        'ą' => 'a', 'ć' => 'c', 'ę' => 'e', 'ł' => 'l', 'ń' => 'n', 'ó' => 'o', 'ś' => 's', 'ź' or 'ż' => 'z', _ => c,
    };
}
