using System.Text;

namespace PoznanAsk.Search.Querying.Parsing;

/// <summary>
/// Splits a query string into tokens following Lucene's classic grammar: whitespace separates; + - !
/// ( ) : ^ ~ " [ ] { } are operators at the start of a term, but - and + may appear inside one
/// (<c>e-mail</c>); AND OR NOT (upper case) and &amp;&amp; || are conjunctions; a backslash escapes any character.
/// </summary>
internal static class QueryLexer
{
    public static List<QueryToken> Tokenize(string s)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        var inRange = false;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (inRange)
            {
                if (c is ']' or '}')
                {
                    tokens.Add(new QueryToken(TokenKind.RangeEnd, i, 1, c.ToString(), c.ToString()));
                    inRange = false;
                    i++;
                    continue;
                }

                if (c == '"')
                {
                    tokens.Add(ReadQuoted(s, ref i));
                    continue;
                }

                while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] is not (']' or '}'))
                {
                    i++;
                }

                var goop = s[start..i];
                tokens.Add(new QueryToken(TokenKind.Term, start, i - start, goop, goop));
                continue;
            }

            switch (c)
            {
                case '(':
                    tokens.Add(Single(TokenKind.LParen, i++, c));
                    continue;
                case ')':
                    tokens.Add(Single(TokenKind.RParen, i++, c));
                    continue;
                case ':':
                    tokens.Add(Single(TokenKind.Colon, i++, c));
                    continue;
                case '+':
                    tokens.Add(Single(TokenKind.Plus, i++, c));
                    continue;
                case '-':
                    tokens.Add(Single(TokenKind.Minus, i++, c));
                    continue;
                case '!':
                    tokens.Add(Single(TokenKind.Not, i++, c));
                    continue;
                case '[' or '{':
                    tokens.Add(Single(TokenKind.RangeStart, i++, c));
                    inRange = true;
                    continue;
                case ']' or '}':
                    tokens.Add(Single(TokenKind.RangeEnd, i++, c));
                    continue;
                case '"':
                    tokens.Add(ReadQuoted(s, ref i));
                    continue;
                case '^' or '~':
                    i++;
                    while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
                    {
                        i++;
                    }

                    var number = s[(start + 1)..i];
                    tokens.Add(new QueryToken(c == '^' ? TokenKind.Caret : TokenKind.Tilde, start, i - start, number, number));
                    continue;
                case '&' when i + 1 < s.Length && s[i + 1] == '&':
                    tokens.Add(new QueryToken(TokenKind.And, i, 2, "&&", "&&"));
                    i += 2;
                    continue;
                case '|' when i + 1 < s.Length && s[i + 1] == '|':
                    tokens.Add(new QueryToken(TokenKind.Or, i, 2, "||", "||"));
                    i += 2;
                    continue;
            }

            tokens.Add(ReadTerm(s, ref i));
        }

        tokens.Add(new QueryToken(TokenKind.End, s.Length, 0, string.Empty, string.Empty));
        return tokens;
    }

    private static QueryToken Single(TokenKind kind, int pos, char c) => new(kind, pos, 1, c.ToString(), c.ToString());

    private static QueryToken ReadTerm(string s, ref int i)
    {
        var start = i;
        var text = new StringBuilder();
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\\')
            {
                if (i + 1 >= s.Length)
                {
                    throw new QueryParseException(i, 1, "Ukośnik wsteczny na końcu zapytania nie poprzedza żadnego znaku.", ParseRepair.Remove);
                }

                text.Append(s[i + 1]);
                i += 2;
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '(' or ')' or ':' or '^' or '~' or '"' or '[' or ']' or '{' or '}'
                || c == '!'
                || (c == '&' && i + 1 < s.Length && s[i + 1] == '&')
                || (c == '|' && i + 1 < s.Length && s[i + 1] == '|'))
            {
                break;
            }

            text.Append(c);
            i++;
        }

        if (i == start)
        {
            // A lone character no rule takes (e.g. '&'): one-character term.
            text.Append(s[i]);
            i++;
        }

        var raw = s[start..i];
        var kind = raw switch
        {
            "AND" => TokenKind.And,
            "OR" => TokenKind.Or,
            "NOT" => TokenKind.Not,
            _ => TokenKind.Term,
        };
        return new QueryToken(kind, start, i - start, text.ToString(), raw);
    }

    private static QueryToken ReadQuoted(string s, ref int i)
    {
        var start = i++;
        var text = new StringBuilder();
        while (i < s.Length && s[i] != '"')
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                i++;
            }

            text.Append(s[i++]);
        }

        if (i >= s.Length)
        {
            throw new QueryParseException(start, 1, "Cudzysłów nie został zamknięty.", ParseRepair.Remove);
        }

        i++;
        return new QueryToken(TokenKind.Quoted, start, i - start, text.ToString(), s[start..i]);
    }
}
