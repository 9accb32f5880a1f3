using System.Globalization;
using PoznanAsk.Analysis;
using PoznanAsk.Search.Schema;

namespace PoznanAsk.Search.Querying.Parsing;

/// <summary>
/// Turns the text of one clause into a query for one field, like Lucene's QueryBuilder: Text fields are
/// analysed (one token → term, one position → synonym, several positions → boolean of the default
/// operator, quoted → phrase keeping stop-word gaps); prefix, wildcard and fuzzy terms are only
/// normalised; Keyword fields take the text as is; Int fields need an integer.
/// </summary>
internal sealed class FieldQueryBuilder(FieldDefinition field, Analyzer? analyzer, DefaultOperator defaultOperator)
{
    public Query? Plain(string text, int position, bool quoted, int slop)
    {
        switch (field.Kind)
        {
            case FieldKind.Keyword:
                return new TermQuery(field.Name, text);
            case FieldKind.Int:
                return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                    ? IntRangeQuery.Exact(field.Name, n)
                    : throw new QueryParseException(position, Math.Max(1, text.Length), $"Pole „{field.Name}” przyjmuje tylko liczby całkowite, a nie „{text}”.", ParseRepair.Escape);
        }

        var slots = new List<List<string>>();
        var positions = new List<int>();
        var pos = -1;
        try
        {
            foreach (var t in analyzer!.Analyze(text))
            {
                if (t.PositionIncrement == 0 && slots.Count > 0)
                {
                    if (!slots[^1].Contains(t.Term))
                    {
                        slots[^1].Add(t.Term);
                    }

                    continue;
                }

                pos += Math.Max(1, t.PositionIncrement);
                slots.Add([t.Term]);
                positions.Add(pos);
            }
        }
        catch (Exception e) when (e is not QueryParseException)
        {
            throw new QueryParseException(position, Math.Max(1, text.Length), $"Nie udało się przeanalizować „{text}”.", ParseRepair.Remove);
        }

        if (slots.Count == 0)
        {
            return null;
        }

        if (slots.Count == 1)
        {
            return Slot(slots[0]);
        }

        if (quoted)
        {
            return new PhraseQuery(field.Name, slots.Select(s => s.ToArray()).ToArray(), positions, slop);
        }

        var occur = defaultOperator == DefaultOperator.And ? Occur.Must : Occur.Should;
        return new BooleanQuery(slots.Select(s => new BooleanClause(Slot(s), occur)));
    }

    public Query Pattern(string raw, string text, int position)
    {
        if (field.Kind == FieldKind.Int)
        {
            throw new QueryParseException(position, Math.Max(1, raw.Length), $"Pole „{field.Name}” jest liczbowe; gwiazdka i znak zapytania nie działają w nim.", ParseRepair.Escape);
        }

        var pattern = Normalize(StripEscapes(raw, keepWildcards: true));
        var firstWild = pattern.IndexOfAny(['*', '?']);
        if (firstWild == 0)
        {
            throw new QueryParseException(position, 1, "Gwiazdka ani znak zapytania nie mogą rozpoczynać słowa.", ParseRepair.Remove);
        }

        return firstWild == pattern.Length - 1 && pattern[^1] == '*'
            ? new PrefixQuery(field.Name, pattern[..^1])
            : new WildcardQuery(field.Name, pattern);
    }

    public Query Fuzzy(string text, string number, int position)
    {
        if (field.Kind == FieldKind.Int)
        {
            throw new QueryParseException(position, 1, $"Pole „{field.Name}” jest liczbowe; wyszukiwanie przybliżone (~) w nim nie działa.", ParseRepair.Remove);
        }

        var term = Normalize(text);
        var edits = 2;
        if (number.Length > 0)
        {
            if (!float.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var sim) || !float.IsFinite(sim))
            {
                throw new QueryParseException(position, number.Length + 1, $"„~{number}” nie jest poprawną liczbą zmian.", ParseRepair.Remove);
            }

            if (sim >= 1f && sim != MathF.Floor(sim))
            {
                throw new QueryParseException(position, number.Length + 1, "Liczba zmian po „~” musi być całkowita (0, 1 lub 2).", ParseRepair.Remove);
            }

            // Lucene's FuzzyQuery.floatToEdits: ≥ 1 is an edit count (at most 2), a fraction a similarity.
            edits = sim >= 1f ? (int)Math.Min(sim, 2f) : sim == 0f ? 0 : (int)Math.Min((1f - sim) * term.Length, 2f);
        }

        return new FuzzyQuery(field.Name, term, edits);
    }

    public Query Range(string lower, string upper, bool includeLower, bool includeUpper, int position)
    {
        if (field.Kind != FieldKind.Int)
        {
            throw new QueryParseException(position, 1, $"Zakres [od TO do] działa tylko dla pól liczbowych, a „{field.Name}” nim nie jest.", ParseRepair.Escape);
        }

        return new IntRangeQuery(field.Name, Bound(lower, position), Bound(upper, position), includeLower, includeUpper);
    }

    internal static string StripEscapes(string raw, bool keepWildcards)
    {
        var sb = new System.Text.StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\' && i + 1 < raw.Length)
            {
                i++;
                if (keepWildcards && raw[i] is '*' or '?')
                {
                    continue; // an escaped wildcard cannot be expressed in a glob; drop it rather than widen the match
                }
            }

            sb.Append(raw[i]);
        }

        return sb.ToString();
    }

    private int? Bound(string text, int position)
    {
        if (text == "*")
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new QueryParseException(position, 1, $"Granica zakresu „{text}” nie jest liczbą całkowitą.", ParseRepair.Escape);
    }

    private string Normalize(string text)
    {
        if (analyzer is null)
        {
            return text;
        }

        try
        {
            return analyzer.Normalize(text);
        }
        catch (Exception e) when (e is not QueryParseException)
        {
            return text.ToLowerInvariant();
        }
    }

    private Query Slot(List<string> terms) =>
        terms.Count == 1 ? new TermQuery(field.Name, terms[0]) : new SynonymQuery(field.Name, terms.ToArray());
}
