using System.Globalization;

namespace PoznanAsk.Search.Querying.Parsing;

/// <summary>
/// One recursive-descent pass over the tokens of a query (Lucene's classic grammar):
/// Query := (Conjunction? Modifier? Clause)*, Clause := [field ':'] (Term | Phrase | Range | '(' Query ')') ['^' boost].
/// Clause occurrences follow Lucene's QueryParserBase.addClause exactly.
/// </summary>
internal sealed class ParserRun(QueryParser parser, List<QueryToken> tokens)
{
    private const int MaxDepth = 32;
    private int _i;
    private int _depth;

    private enum Mod
    {
        None,
        Required,
        Not,
    }

    public Query Run()
    {
        var q = ParseQuery(null, topLevel: true);
        var end = Peek;
        if (end.Kind == TokenKind.RParen)
        {
            throw new QueryParseException(end.Position, 1, "Nawias zamykający bez otwierającego.", ParseRepair.Remove);
        }

        return q ?? new BooleanQuery([]);
    }

    private QueryToken Peek => tokens[_i];

    private QueryToken PeekAt(int k) => tokens[Math.Min(_i + k, tokens.Count - 1)];

    private QueryToken Next()
    {
        var t = tokens[Math.Min(_i, tokens.Count - 1)];
        if (t.Kind != TokenKind.End)
        {
            _i++;
        }

        return t;
    }

    private Query? ParseQuery(string? field, bool topLevel)
    {
        var clauses = new List<BooleanClause>();
        Query? first = null;
        var count = 0;
        while (Peek.Kind is not (TokenKind.End or TokenKind.RParen))
        {
            var conj = TokenKind.End;
            if (Peek.Kind is TokenKind.And or TokenKind.Or)
            {
                var op = Next();
                if (count == 0)
                {
                    throw new QueryParseException(op.Position, op.Length, $"Operator {op.Raw} nie ma nic przed sobą.", ParseRepair.Remove);
                }

                if (Peek.Kind is TokenKind.End or TokenKind.RParen or TokenKind.And or TokenKind.Or)
                {
                    throw new QueryParseException(op.Position, op.Length, $"Po operatorze {op.Raw} brakuje słowa.", ParseRepair.Remove);
                }

                conj = op.Kind;
            }

            var mod = Mod.None;
            if (Peek.Kind is TokenKind.Plus or TokenKind.Minus or TokenKind.Not)
            {
                var m = Next();
                mod = m.Kind == TokenKind.Plus ? Mod.Required : Mod.Not;
                if (Peek.Kind is TokenKind.End or TokenKind.RParen or TokenKind.And or TokenKind.Or or TokenKind.Plus or TokenKind.Minus or TokenKind.Not)
                {
                    throw new QueryParseException(m.Position, m.Length, $"Po „{m.Raw}” brakuje słowa.", ParseRepair.Remove);
                }
            }

            var q = ParseClause(field);
            AddClause(clauses, conj, mod, q);
            if (count == 0 && mod == Mod.None)
            {
                first = q;
            }

            count++;
        }

        if (count == 0)
        {
            var t = Peek;
            throw new QueryParseException(t.Position, t.Length, topLevel && t.Kind == TokenKind.End ? "Zapytanie jest puste." : "Pusty nawias.", ParseRepair.Remove);
        }

        return clauses.Count == 1 && first is not null ? first : new BooleanQuery(clauses);
    }

    // Lucene's QueryParserBase.addClause.
    private void AddClause(List<BooleanClause> clauses, TokenKind conj, Mod mod, Query? q)
    {
        if (clauses.Count > 0 && conj == TokenKind.And && clauses[^1].Occur != Occur.MustNot)
        {
            clauses[^1] = clauses[^1] with { Occur = Occur.Must };
        }

        if (clauses.Count > 0 && parser.DefaultOperator == DefaultOperator.And && conj == TokenKind.Or && clauses[^1].Occur != Occur.MustNot)
        {
            clauses[^1] = clauses[^1] with { Occur = Occur.Should };
        }

        if (q is null)
        {
            return;
        }

        bool required, prohibited = mod == Mod.Not;
        if (parser.DefaultOperator == DefaultOperator.Or)
        {
            required = mod == Mod.Required || (conj == TokenKind.And && !prohibited);
        }
        else
        {
            required = !prohibited && conj != TokenKind.Or;
        }

        clauses.Add(new BooleanClause(q, required && !prohibited ? Occur.Must : prohibited ? Occur.MustNot : Occur.Should));
    }

    private Query? ParseClause(string? field)
    {
        var t = Peek;
        if (t.Kind == TokenKind.Term && PeekAt(1).Kind == TokenKind.Colon)
        {
            var colon = PeekAt(1);
            if (t.Text == "*" && PeekAt(2) is { Kind: TokenKind.Term, Text: "*" })
            {
                _i += 3;
                return Boost(new MatchAllQuery());
            }

            if (parser.Schema.Find(t.Text) is not { Indexed: true })
            {
                throw new QueryParseException(colon.Position, 1, $"Nie ma pola „{t.Text}”, po którym można szukać.", ParseRepair.Blank);
            }

            if (PeekAt(2).Kind is TokenKind.End or TokenKind.RParen or TokenKind.And or TokenKind.Or)
            {
                throw new QueryParseException(colon.Position, 1, $"Po „{t.Text}:” brakuje wartości.", ParseRepair.Blank);
            }

            field = t.Text;
            _i += 2;
            try
            {
                return ParseValue(field, Peek);
            }
            catch (QueryParseException e) when (e.Repair == ParseRepair.Escape)
            {
                // A value the field cannot take (year:dwa, text:[a TO b]): leniently, search both words instead.
                throw new QueryParseException(e, colon.Position, 1, ParseRepair.Blank);
            }
        }

        return ParseValue(field, t);
    }

    private Query? ParseValue(string? field, QueryToken t)
    {
        switch (t.Kind)
        {
            case TokenKind.LParen:
            {
                Next();
                if (++_depth > MaxDepth)
                {
                    throw new QueryParseException(t.Position, 1, $"Zbyt wiele zagnieżdżonych nawiasów (najwyżej {MaxDepth}).", ParseRepair.Remove);
                }

                if (Peek.Kind == TokenKind.End)
                {
                    throw new QueryParseException(t.Position, 1, "Brak nawiasu zamykającego.", ParseRepair.Remove);
                }

                var inner = ParseQuery(field, topLevel: false);
                if (Peek.Kind != TokenKind.RParen)
                {
                    throw new QueryParseException(t.Position, 1, "Brak nawiasu zamykającego.", ParseRepair.Remove);
                }

                Next();
                _depth--;
                return Boost(inner);
            }

            case TokenKind.Term:
            {
                Next();
                var fuzzy = Peek.Kind == TokenKind.Tilde ? Next() : (QueryToken?)null;
                var boosted = Boost(null, out var boost);
                if (fuzzy is null && Peek.Kind == TokenKind.Tilde)
                {
                    fuzzy = Next();
                }

                var q = parser.Build(field, b => fuzzy is { } f ? b.Fuzzy(t.Text, f.Text, f.Position)
                    : HasWildcard(t.Raw) ? b.Pattern(t.Raw, t.Text, t.Position)
                    : b.Plain(t.Text, t.Position, quoted: false, slop: 0));
                return boosted ? Apply(q, boost) : q;
            }

            case TokenKind.Quoted:
            {
                Next();
                var slop = 0;
                if (Peek.Kind == TokenKind.Tilde)
                {
                    var s = Next();
                    if (s.Text.Length > 0)
                    {
                        slop = float.TryParse(s.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && float.IsFinite(v)
                            ? (int)Math.Min(v, 10_000f)
                            : throw new QueryParseException(s.Position, s.Length, $"„{s.Raw}” po cudzysłowie nie jest liczbą.", ParseRepair.Remove);
                    }
                }

                var boosted = Boost(null, out var boost);
                var q = parser.Build(field, b => b.Plain(t.Text, t.Position, quoted: true, slop));
                return boosted ? Apply(q, boost) : q;
            }

            case TokenKind.RangeStart:
                return Boost(ParseRange(field));

            default:
                throw new QueryParseException(t.Position, Math.Max(1, t.Length), t.Kind == TokenKind.End ? "Zapytanie urywa się." : $"Nieoczekiwany znak „{t.Raw}”.", ParseRepair.Escape);
        }
    }

    private Query? ParseRange(string? field)
    {
        var open = Next();
        var lower = Next();
        var to = Next();
        var upper = Next();
        var close = Next();
        if (lower.Kind is not (TokenKind.Term or TokenKind.Quoted) || to is not { Kind: TokenKind.Term, Raw: "TO" }
            || upper.Kind is not (TokenKind.Term or TokenKind.Quoted) || close.Kind != TokenKind.RangeEnd)
        {
            _i = tokens.IndexOf(open) + 1;
            throw new QueryParseException(open.Position, 1, "Zakres musi mieć postać [od TO do] lub {od TO do}.", ParseRepair.Escape);
        }

        return parser.Build(field, b => b.Range(lower.Text, upper.Text, open.Raw == "[", close.Raw == "]", open.Position));
    }

    private Query? Boost(Query? q) => Boost(null, out var boost) ? Apply(q, boost) : q;

    private bool Boost(object? unused, out float boost)
    {
        _ = unused;
        boost = 1f;
        if (Peek.Kind != TokenKind.Caret)
        {
            return false;
        }

        var c = Next();
        if (c.Text.Length == 0 || !float.TryParse(c.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out boost) || !float.IsFinite(boost))
        {
            throw new QueryParseException(c.Position, c.Length, "Po „^” musi stać liczba (waga), np. ^2.", ParseRepair.Remove);
        }

        return true;
    }

    private static Query? Apply(Query? q, float boost) => q is null || boost == 1f ? q : new BoostQuery(q, boost);

    private static bool HasWildcard(string raw)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\')
            {
                i++;
            }
            else if (raw[i] is '*' or '?')
            {
                return true;
            }
        }

        return false;
    }
}
