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

    /// <summary>The fields a user may name (<c>field:value</c>); any other name is an error, not an empty result.</summary>
    private static readonly HashSet<string> Searchable = new(StringComparer.Ordinal)
    {
        F.Text, F.TextLemma, F.TextFolded, F.Section, F.Title, F.Name, F.Organisation, F.OrganisationFolded,
        F.Year, F.Kind, F.Source, F.Scope, F.Id, F.OrganisationId, F.PassageKind,
    };

    private static readonly string[] Operators = ["AND", "OR", "NOT", "&&", "||", "+", "-", "!"];

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
        catch (ArgumentException e)
        {
            // Lucene's query builders refuse some terms without a ParseException: a /regular expression/
            // that does not compile (RegExp), for one. Still the user's query, so the same typed error.
            throw Refused(text, e);
        }
    }

    /// <summary>The <see cref="InvalidQueryException"/> for a query Lucene refused with an <see cref="ArgumentException"/> (at parse or search time).</summary>
    public static InvalidQueryException Refused(string text, ArgumentException e)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash >= 0
            ? new InvalidQueryException("Niepoprawne wyrażenie regularne między ukośnikami /…/ (ukośnik w zwykłym słowie poprzedź znakiem \\)", slash, e)
            : new InvalidQueryException("Lucene nie przyjmuje tego zapytania: " + e.Message, 0, e);
    }

    /// <inheritdoc />
    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        Known(field);
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
        Known(field);
        if (field == F.Year)
        {
            int? from = part1 is null or "*" ? null : Year(part1);
            int? to = part2 is null or "*" ? null : Year(part2);
            return NumericRangeQuery.NewInt32Range(F.Year, from, to, startInclusive, endInclusive);
        }

        return base.GetRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    /// <inheritdoc />
    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        Known(field);
        return base.GetFieldQuery(field, queryText, slop);
    }

    /// <inheritdoc />
    protected override Query GetWildcardQuery(string field, string termStr)
    {
        Known(field);
        return base.GetWildcardQuery(field, termStr);
    }

    /// <inheritdoc />
    protected override Query GetPrefixQuery(string field, string termStr)
    {
        Known(field);
        return base.GetPrefixQuery(field, termStr);
    }

    /// <inheritdoc />
    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        Known(field);
        return base.GetFuzzyQuery(field, termStr, minSimilarity);
    }

    /// <summary>Throws when the user named a field the index cannot be searched by (null: the default fields).</summary>
    private void Known(string? field)
    {
        if (field is not null && !Searchable.Contains(field))
        {
            var at = _text.IndexOf(field + ":", StringComparison.Ordinal);
            throw new InvalidQueryException($"Nie ma pola „{field}”, po którym można szukać", at < 0 ? 0 : at + field.Length);
        }
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
                // The lexer's column is not always 1-based: take the token where it really starts, at or just before.
                var position = Offset(text, next.BeginLine, next.BeginColumn);
                if (next.Image is { Length: > 0 } image && text.IndexOf(image, Math.Max(0, position - 1), StringComparison.Ordinal) is >= 0 and var found)
                {
                    position = found;
                }

                if (next.Kind == 0) // the query ended in the middle of an expression
                {
                    if (UnclosedParenthesis(text) is { } open)
                    {
                        return ("Brak nawiasu zamykającego", open);
                    }

                    if (TrailingOperator(text) is { } op)
                    {
                        return ($"Po operatorze {op.Text} brakuje słowa", op.Start);
                    }

                    if (text.TrimEnd() is [.., '~' or '^'] trimmed)
                    {
                        return Modifier(text, trimmed.Length - 1);
                    }

                    return ("Zapytanie urywa się w pół wyrażenia", Math.Max(0, text.Length - 1));
                }

                if (next.Image == ")")
                {
                    return ("Nawias zamykający bez otwierającego", position);
                }

                if (string.IsNullOrWhiteSpace(next.Image))
                {
                    // The lexer gives no text for some tokens ("~" or "^" with nothing before them): name the character there.
                    return Modifier(text, position);
                }

                return Operators.Contains(next.Image, StringComparer.Ordinal)
                    ? ($"Przed operatorem {next.Image} brakuje słowa", position)
                    : next.Image is "~" or "^" ? Modifier(text, position)
                    : ($"Nieoczekiwany element „{next.Image}”", position);
            }

            case TokenMgrError lexical when LexicalError().Match(lexical.Message) is { Success: true } m:
            {
                var position = Offset(text, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
                var atEnd = lexical.Message.Contains("<EOF>", StringComparison.Ordinal);
                var quote = text.LastIndexOf('"');
                return atEnd && quote >= 0 ? ("Brak cudzysłowu zamykającego", quote)
                    : atEnd ? ("Zapytanie kończy się znakiem „\\” bez znaku po nim", Math.Max(0, text.Length - 1))
                    : ("Niedozwolony znak", Math.Min(position, Math.Max(0, text.Length - 1)));
            }

            default:
                return e.Message.Contains("WildcardQuery", StringComparison.Ordinal)
                    ? ("Wyraz nie może zaczynać się od „*” ani „?”", Math.Max(0, text.IndexOfAny(['*', '?'])))
                    : e.InnerException is BooleanQuery.TooManyClausesException || e.Message.Contains("maxClauseCount", StringComparison.OrdinalIgnoreCase)
                        ? ("Zapytanie rozwija się w zbyt wiele słów", 0)
                        : ("Niepoprawna składnia zapytania", 0);
        }
    }

    /// <summary>A message for a <c>~</c> or <c>^</c> (or an unnamed token) at or after <paramref name="position"/> that has no word before it.</summary>
    private static (string Message, int Position) Modifier(string text, int position)
    {
        var at = text.IndexOfAny(['~', '^'], Math.Clamp(position, 0, text.Length));
        at = at < 0 ? text.IndexOfAny(['~', '^']) : at;
        return at < 0 ? ("Niepoprawna składnia zapytania", Math.Clamp(position, 0, Math.Max(0, text.Length - 1)))
            : text[at] == '~' ? ("Znak „~” musi stać zaraz po słowie lub frazie (np. Poznan~ albo \"Miast Polskich\"~2)", at)
            : ("Znak „^” musi stać zaraz po słowie lub frazie i przed liczbą (np. Eurocities^2)", at);
    }

    /// <summary>The offset of the last '(' without its ')' (outside quotes), if any.</summary>
    private static int? UnclosedParenthesis(string text)
    {
        var open = new Stack<int>();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '"':
                    quoted = !quoted;
                    break;
                case '(' when !quoted:
                    open.Push(i);
                    break;
                case ')' when !quoted && open.Count > 0:
                    open.Pop();
                    break;
            }
        }

        return open.Count > 0 ? open.Peek() : null;
    }

    /// <summary>The operator the query ends with (nothing after it), if any.</summary>
    private static (string Text, int Start)? TrailingOperator(string text)
    {
        var trimmed = text.TrimEnd();
        foreach (var op in Operators)
        {
            if (trimmed.EndsWith(op, StringComparison.Ordinal))
            {
                var start = trimmed.Length - op.Length;
                if (op.Length == 1 || start == 0 || char.IsWhiteSpace(trimmed[start - 1]) || trimmed[start - 1] == ')')
                {
                    return (op, start);
                }
            }
        }

        return null;
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
