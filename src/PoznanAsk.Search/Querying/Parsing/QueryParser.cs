using PoznanAsk.Analysis;
using PoznanAsk.Search.Schema;

namespace PoznanAsk.Search.Querying.Parsing;

/// <summary>
/// Parses Lucene's classic query syntax: words, "phrases"~slop, +required, -prohibited, AND/OR/NOT
/// (&amp;&amp; || !), ( ), field:value, prefix*, wild?card, fuzzy~ / fuzzy~1, ^boost, [a TO b] / {a TO b}
/// on Int fields, backslash escapes. Words without a field search <see cref="DefaultFields"/> (several
/// fields: OR-ed, like Lucene's MultiFieldQueryParser). Deviation: /regex/ is not supported ('/' is an
/// ordinary character). Thread-safe.
/// </summary>
public sealed class QueryParser
{
    /// <summary>Longest query string accepted (characters); longer input is a parse error.</summary>
    public const int MaxQueryLength = 4096;

    private const int MaxRepairs = 64;
    private readonly Dictionary<string, Analyzer> _analyzers = new(StringComparer.Ordinal);

    /// <summary>Creates a parser for <paramref name="schema"/>; <paramref name="analyzers"/> must include those the schema names.</summary>
    /// <exception cref="SchemaMismatchException">A default field is unknown, or an analyzer is missing.</exception>
    public QueryParser(IndexSchema schema, IEnumerable<Analyzer> analyzers, params string[] defaultFields)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(analyzers);
        ArgumentNullException.ThrowIfNull(defaultFields);
        Schema = schema;
        foreach (var a in analyzers)
        {
            _analyzers[a.Name] = a;
        }

        foreach (var f in schema.Fields)
        {
            if (f.Analyzer is { } name && !_analyzers.ContainsKey(name))
            {
                throw new SchemaMismatchException($"Analyzer '{name}' of field '{f.Name}' was not provided.");
            }
        }

        if (defaultFields.Length == 0 || defaultFields.Any(f => schema.Find(f) is not { Indexed: true }))
        {
            throw new SchemaMismatchException("Default fields must be indexed fields of the schema.");
        }

        DefaultFields = defaultFields;
    }

    /// <summary>The schema fields are checked against.</summary>
    public IndexSchema Schema { get; }

    /// <summary>Fields searched by words without <c>field:</c>.</summary>
    public IReadOnlyList<string> DefaultFields { get; }

    /// <summary>How clauses without an operator combine. Default <see cref="DefaultOperator.Or"/> (Lucene's).</summary>
    public DefaultOperator DefaultOperator { get; init; } = DefaultOperator.Or;

    /// <summary>Optional boost per default field (e.g. title 2, text 1). Default none.</summary>
    public IReadOnlyDictionary<string, float>? FieldBoosts { get; init; }

    /// <summary>Parses <paramref name="query"/> strictly.</summary>
    /// <exception cref="QueryParseException">Any syntax problem, with its position; no other exception for any string.</exception>
    public Query Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length > MaxQueryLength)
        {
            throw new QueryParseException(MaxQueryLength, query.Length - MaxQueryLength, $"Zapytanie jest za długie (najwyżej {MaxQueryLength} znaków).", ParseRepair.Remove);
        }

        return new ParserRun(this, QueryLexer.Tokenize(query)).Run();
    }

    /// <summary>
    /// Turns any typed text into the best query it can: each syntax error is repaired where it occurs
    /// (the character dropped, escaped or blanked) and reported; if that does not converge the text is read
    /// as plain words. Never throws for any string.
    /// </summary>
    public LenientParseResult ParseLenient(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var dropped = new List<string>();
        var text = query.Length > MaxQueryLength ? query[..MaxQueryLength] : query;
        if (text.Length < query.Length)
        {
            dropped.Add($"obcięto zapytanie do {MaxQueryLength} znaków");
        }

        text = DropQuestionMarks(text, dropped);
        for (var attempt = 0; attempt < MaxRepairs; attempt++)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return new LenientParseResult(new BooleanQuery([]), dropped);
            }

            try
            {
                return new LenientParseResult(Parse(text), dropped);
            }
            catch (QueryParseException e)
            {
                var pos = Math.Clamp(e.RepairPosition, 0, text.Length);
                var len = Math.Clamp(e.Repair == ParseRepair.Escape ? Math.Min(1, e.RepairLength) : e.RepairLength, 0, text.Length - pos);
                var piece = text.Substring(pos, len);
                if (len == 0 || pos >= text.Length)
                {
                    break;
                }

                text = e.Repair switch
                {
                    ParseRepair.Escape => text[..pos] + EscapeAll(piece) + text[(pos + len)..],
                    ParseRepair.Blank => text[..pos] + new string(' ', len) + text[(pos + len)..],
                    _ => text[..pos] + new string(' ', len) + text[(pos + len)..],
                };
                dropped.Add($"{(e.Repair == ParseRepair.Escape ? "potraktowano dosłownie" : "pominięto")} „{piece}” na pozycji {pos}: {e.Message}");
            }
        }

        // Last resort: every special character escaped, so only words remain.
        var plain = EscapeAll(text);
        dropped.Add("zapytanie potraktowano jako zwykłe słowa");
        try
        {
            return new LenientParseResult(Parse(plain), dropped);
        }
        catch (QueryParseException e)
        {
            dropped.Add(e.Message);
            return new LenientParseResult(new BooleanQuery([]), dropped);
        }
    }

    /// <summary>Escapes every character with a meaning in the syntax (and the words AND/OR/NOT) so the text is read literally.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EscapeAll(text);
    }

    internal Query? Build(string? field, Func<FieldQueryBuilder, Query?> make)
    {
        if (field is not null)
        {
            return make(BuilderFor(field));
        }

        var parts = new List<Query>();
        foreach (var f in DefaultFields)
        {
            if (make(BuilderFor(f)) is not { } q)
            {
                continue;
            }

            parts.Add(FieldBoosts is not null && FieldBoosts.TryGetValue(f, out var b) && b != 1f ? new BoostQuery(q, b) : q);
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new BooleanQuery(parts.Select(p => new BooleanClause(p, Occur.Should))),
        };
    }

    private FieldQueryBuilder BuilderFor(string field)
    {
        var def = Schema.Find(field)!;
        return new FieldQueryBuilder(def, def.Analyzer is null ? null : _analyzers[def.Analyzer], DefaultOperator);
    }

    /// <summary>A '?' ending a word is punctuation in a typed question, not a wildcard.</summary>
    private static string DropQuestionMarks(string text, List<string> dropped)
    {
        var chars = text.ToCharArray();
        for (var i = 1; i < chars.Length; i++)
        {
            if (chars[i] == '?' && char.IsLetterOrDigit(chars[i - 1])
                && (i + 1 == chars.Length || (!char.IsLetterOrDigit(chars[i + 1]) && chars[i + 1] is not ('*' or '?'))))
            {
                chars[i] = ' ';
                dropped.Add($"pominięto znak zapytania na pozycji {i}");
            }
        }

        return new string(chars);
    }

    private static string EscapeAll(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '+' or '-' or '!' or '(' or ')' or ':' or '^' or '[' or ']' or '"' or '{' or '}' or '~' or '*' or '?' or '|' or '&' or '/')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString().Replace("AND", "\\AND", StringComparison.Ordinal).Replace("OR", "\\OR", StringComparison.Ordinal).Replace("NOT", "\\NOT", StringComparison.Ordinal);
    }
}
