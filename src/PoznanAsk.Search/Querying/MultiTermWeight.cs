using PoznanAsk.Search.Querying.Scorers;
using PoznanAsk.Search.Reading;

namespace PoznanAsk.Search.Querying;

/// <summary>
/// Constant-score matching of every term a pattern selects (prefix, wildcard, range): per segment the
/// postings of the selected terms are OR-ed into a bitset. This is Lucene's default
/// CONSTANT_SCORE_REWRITE: every hit scores the boost.
/// </summary>
internal sealed class MultiTermWeight(int field, Func<FieldReader, IEnumerable<TermInfo>> select, float score) : Weight
{
    public override Scorer? GetScorer(LeafReader leaf)
    {
        var fr = leaf.Segment.Field(field);
        if (fr is null)
        {
            return null;
        }

        var maxDoc = leaf.Segment.MaxDoc;
        ulong[]? bits = null;
        var count = 0;
        foreach (var info in select(fr))
        {
            bits ??= new ulong[(maxDoc + 63) >> 6];
            var p = new PostingsEnum(fr, info, maxDoc);
            for (var d = p.NextDoc(); d != PostingsEnum.NoMoreDocs; d = p.NextDoc())
            {
                var mask = 1UL << (d & 63);
                if ((bits[d >> 6] & mask) == 0)
                {
                    bits[d >> 6] |= mask;
                    count++;
                }
            }
        }

        return bits is null ? null : new BitSetScorer(bits, maxDoc, count, score);
    }

    /// <summary>Terms starting with <paramref name="prefix"/> (UTF-8), in order.</summary>
    public static IEnumerable<(byte[] Term, TermInfo Info)> WithPrefix(FieldReader fr, byte[] prefix)
    {
        var e = fr.Seek(prefix);
        while (e.Next() && e.Term.StartsWith(prefix))
        {
            yield return (e.Term.ToArray(), e.Info);
        }
    }
}
