using PoznanAsk.Answering.Questions;
using PoznanAsk.Knowledge;

namespace PoznanAsk.Answering.Service;

/// <summary>
/// Reads the Lucene classic syntax the in-memory passage search understands: words, "phrases"
/// (matched as their words), +required and -excluded clauses, AND/OR/NOT, parentheses for grouping
/// and the fields <c>year:</c> and <c>kind:</c>. Syntax errors (an unclosed quote or parenthesis,
/// a dangling operator, an empty field value) throw <see cref="InvalidQueryException"/> with the
/// position, as the REST API needs for a 400.
/// </summary>
internal sealed record QueryText(IReadOnlyList<Word> Words, IReadOnlyList<string> Required, IReadOnlyList<string> Excluded, int? Year, string? Kind)
{
    /// <summary>Parses <paramref name="query"/>.</summary>
    public static QueryText Parse(string query)
    {
        var words = new List<Word>();
        var required = new List<string>();
        var excluded = new List<string>();
        int? year = null;
        string? kind = null;
        var depth = 0;
        var i = 0;
        var pendingOperator = -1;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '(' || c == ')')
            {
                depth += c == '(' ? 1 : -1;
                if (depth < 0)
                {
                    throw new InvalidQueryException("Nawias zamykający bez otwierającego.", i);
                }

                i++;
                continue;
            }

            var sign = c is '+' or '-' ? c : '\0';
            var start = sign == '\0' ? i : i + 1;
            int end;
            string token;
            if (start < query.Length && query[start] == '"')
            {
                var close = query.IndexOf('"', start + 1);
                if (close < 0)
                {
                    throw new InvalidQueryException("Cudzysłów nie został zamknięty.", start);
                }

                token = query[(start + 1)..close];
                end = close + 1;
            }
            else
            {
                end = start;
                while (end < query.Length && !char.IsWhiteSpace(query[end]) && query[end] is not '(' and not ')')
                {
                    end++;
                }

                token = query[start..end];
            }

            if (token.Length == 0)
            {
                throw new InvalidQueryException("Operator nie ma słowa, do którego się odnosi.", i);
            }

            if (sign == '\0' && token is "AND" or "OR" or "NOT" or "&&" or "||")
            {
                pendingOperator = i;
                i = end;
                continue;
            }

            pendingOperator = -1;
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && token[..colon] is "year" or "kind")
            {
                var value = token[(colon + 1)..].Trim('"');
                if (value.Length == 0)
                {
                    throw new InvalidQueryException($"Po „{token[..colon]}:” brakuje wartości.", i);
                }

                if (token[..colon] == "year")
                {
                    year = int.TryParse(value, out var y) ? y : throw new InvalidQueryException($"„year:{value}” nie jest rokiem.", i);
                }
                else
                {
                    kind = value;
                }
            }
            else
            {
                var tokenWords = WordSplitter.Split(token);
                (sign == '+' ? required : sign == '-' ? excluded : null)?.AddRange(tokenWords.Select(w => w.Folded));
                if (sign != '-')
                {
                    words.AddRange(tokenWords.Select(w => w with { Start = w.Start + start, End = w.End + start, Index = words.Count }));
                }
            }

            i = end;
        }

        if (depth != 0)
        {
            throw new InvalidQueryException("Brak nawiasu zamykającego.", query.Length);
        }

        if (pendingOperator >= 0)
        {
            throw new InvalidQueryException("Po operatorze na końcu zapytania brakuje słowa.", pendingOperator);
        }

        return new QueryText(words.Select((w, n) => w with { Index = n }).ToList(), required, excluded, year, kind);
    }
}
