using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using F = PoznanAsk.Knowledge.Index.KnowledgeFields;

namespace PoznanAsk.Knowledge.Index;

/// <summary>
/// Lucene.Net's classic <see cref="MultiFieldQueryParser"/> for queries people type: default fields
/// <c>text</c> 1.0, <c>text.lemma</c> 1.0, <c>text.folded</c> 0.5 (measured, docs/index-chain.md),
/// default operator OR, each field analysed by its own chain; <c>year:2017</c> and
/// <c>year:[2017 TO 2020]</c> become numeric range queries on the int field. A query that does not
/// parse is an <see cref="InvalidQueryException"/> saying what (in Polish) and where.
/// </summary>
internal sealed partial class UserQueryParser : MultiFieldQueryParser
{
    private static readonly Dictionary<SearchField, float> Boosts = new()
    {
        [SearchField.Text] = 1f,
        [SearchField.Lemma] = 1f,
        [SearchField.Folded] = 0.5f,
    };

    private string _text = string.Empty;

    /// <summary>A parser over <paramref name="fields"/> of <paramref name="schema"/>.</summary>
    public UserQueryParser(KnowledgeSchema schema, IReadOnlyList<SearchField> fields)
        : base(KnowledgeSchema.Version, [.. fields.Select(KnowledgeSchema.Name)], schema.Analyzer, fields.ToDictionary(KnowledgeSchema.Name, f => Boosts[f]))
    {
        DefaultOperator = OR_OPERATOR;
        AllowLeadingWildcard = false;
    }

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="InvalidQueryException">It does not parse.</exception>
    public new Query Parse(string text)
    {
        _text = text;
        try
        {
            return base.Parse(text);
        }
        catch (ParseException e)
        {
            var (message, position) = Describe(text, e);
            throw new InvalidQueryException(message, position);
        }
    }

    /// <inheritdoc />
    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field == F.Year)
        {
            var year = Year(queryText);
            return NumericRangeQuery.NewInt32Range(F.Year, year, year, true, true);
        }

        return base.GetFieldQuery(field, queryText, quoted);
    }

    /// <inheritdoc />
    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if (field == F.Year)
        {
            int? from = part1 is null or "*" ? null : Year(part1);
            int? to = part2 is null or "*" ? null : Year(part2);
            return NumericRangeQuery.NewInt32Range(F.Year, from, to, startInclusive, endInclusive);
        }

        return base.GetRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    private int Year(string value)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        var at = _text.IndexOf(value, StringComparison.Ordinal);
        throw new InvalidQueryException($"„{value}” nie jest rokiem (pole year przyjmuje liczbę, np. year:2017)", Math.Max(0, at));
    }

    /// <summary>A Polish description and the 0-based offset of what the parser (or its lexer) stopped at.</summary>
    private static (string Message, int Position) Describe(string text, ParseException e)
    {
        switch (e.InnerException)
        {
            case ParseException inner when inner.CurrentToken?.Next is { } next:
            {
                var position = Offset(text, next.BeginLine, next.BeginColumn);
                var message = next.Kind == 0 // EOF
                    ? "zapytanie urywa się: brak wyrazu po operatorze, przed nim lub niezamknięty nawias"
                    : next.Image == ")" ? "nawias „)” bez pary"
                    : $"nieoczekiwany element „{next.Image}”";
                return (message, position);
            }

            case TokenMgrError lexical when LexicalError().Match(lexical.Message) is { Success: true } m:
            {
                var position = Offset(text, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
                var quote = text.LastIndexOf('"');
                return lexical.Message.Contains("<EOF>", StringComparison.Ordinal) && quote >= 0
                    ? ("niezamknięty cudzysłów", quote)
                    : lexical.Message.Contains("<EOF>", StringComparison.Ordinal)
                        ? ("zapytanie kończy się znakiem ucieczki „\\” bez znaku po nim", Math.Max(0, text.Length - 1))
                        : ("niedozwolony znak", Math.Min(position, Math.Max(0, text.Length - 1)));
            }

            default:
                return e.Message.Contains("WildcardQuery", StringComparison.Ordinal)
                    ? ("wyraz nie może zaczynać się od „*” ani „?”", Math.Max(0, text.IndexOfAny(['*', '?'])))
                    : e.Message.Contains("maxClauseCount", StringComparison.OrdinalIgnoreCase) || e.InnerException is BooleanQuery.TooManyClausesException
                        ? ("zapytanie rozwija się w zbyt wiele wyrazów", 0)
                        : ("niepoprawna składnia zapytania", 0);
        }
    }

    /// <summary>The 0-based offset of a 1-based (line, column) of the JavaCC lexer.</summary>
    private static int Offset(string text, int line, int column)
    {
        var offset = 0;
        for (var l = 1; l < line && offset < text.Length; l++)
        {
            var nl = text.IndexOf('\n', offset);
            offset = nl < 0 ? text.Length : nl + 1;
        }

        return Math.Clamp(offset + column - 1, 0, Math.Max(0, text.Length));
    }

    [GeneratedRegex(@"line (\d+), column (\d+)")]
    private static partial Regex LexicalError();
}
