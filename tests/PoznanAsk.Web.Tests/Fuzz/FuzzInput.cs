using System.Text;

namespace PoznanAsk.Web.Tests.Fuzz;

/// <summary>Deterministic generators (one seeded <see cref="Random"/> each) of hostile text, parameters and JSON.</summary>
internal sealed class FuzzInput(int seed)
{
    private static readonly string[] Pieces =
    [
        "Unia", "Metropolii", "Poznań", "związek", "miast", "2017", "2023", "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "(", ")",
        "\"", "*", "?", "~", "~2", "^", "^2", ":", "year:", "kind:", "text:", "[", "]", "{", "}", " TO ", "\\", "/", "'", "„", "”",
        "ą", "ę", "ł", "ż", "\u0000", "\u200b", "\ud83d\ude00", "\ud800", "%", "%00", "<at>x</at>", "\r\n", "\t", " ", "  ",
    ];

    public Random Random { get; } = new(seed);

    /// <summary>A string of query syntax, words, odd Unicode and control characters.</summary>
    public string Text(int maxPieces = 12)
    {
        var sb = new StringBuilder();
        var n = Random.Next(0, maxPieces + 1);
        for (var i = 0; i < n; i++)
        {
            sb.Append(Random.Next(10) switch
            {
                0 => ((char)Random.Next(1, 0xD7FF)).ToString(),
                1 => new string('a', Random.Next(1, 3000)),
                _ => Pieces[Random.Next(Pieces.Length)],
            });
        }

        return sb.ToString();
    }

    /// <summary>A query-string value: numbers out of range, words, text, nothing.</summary>
    public string? Parameter() => Random.Next(8) switch
    {
        0 => null,
        1 => string.Empty,
        2 => Random.Next(-5000, 5000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        3 => long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) + "9",
        4 => Random.Next(2010, 2030).ToString(System.Globalization.CultureInfo.InvariantCulture),
        5 => Pieces[Random.Next(Pieces.Length)],
        _ => Text(4),
    };

    /// <summary><paramref name="valid"/> mutated: bytes flipped, cut, inserted or duplicated; sometimes a BOM in front.</summary>
    public byte[] Mutate(string valid)
    {
        var bytes = Encoding.UTF8.GetBytes(valid).ToList();
        var edits = Random.Next(0, 6);
        for (var i = 0; i < edits && bytes.Count > 0; i++)
        {
            var at = Random.Next(bytes.Count);
            switch (Random.Next(5))
            {
                case 0: bytes[at] = (byte)Random.Next(256); break;
                case 1: bytes.RemoveRange(at, Math.Min(bytes.Count - at, Random.Next(1, 20))); break;
                case 2: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Pieces[Random.Next(Pieces.Length)])); break;
                case 3: bytes.InsertRange(at, bytes.Skip(at).Take(Random.Next(1, 40)).ToList()); break;
                default: bytes.Insert(at, (byte)"{}[]\",:"[Random.Next(7)]); break;
            }
        }

        return Random.Next(10) == 0 ? [0xEF, 0xBB, 0xBF, .. bytes] : [.. bytes];
    }

    /// <summary>A JSON value of a random type, to put where another type is expected.</summary>
    public string JsonValue() => Random.Next(7) switch
    {
        0 => "null",
        1 => Random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        2 => "true",
        3 => "[]",
        4 => "{}",
        5 => "1e999",
        _ => System.Text.Json.JsonSerializer.Serialize(Text(6)),
    };
}
