namespace PoznanAsk.Search.Scoring;

/// <summary>
/// Lucene 8's BM25 (k1 = 1.2, b = 0.75, no (k1 + 1) factor) with its float32 steps:
/// score = w − w / (1 + freq · cache[norm]), w = boost · idf, cache[n] = 1 / (k1 · ((1 − b) + b · dl(n) / avgdl)).
/// </summary>
internal static class Bm25
{
    public const float K1 = 1.2f;
    public const float B = 0.75f;

    private static readonly float[] LengthTable = BuildLengthTable();

    /// <summary>idf = ln(1 + (docCount − df + 0.5) / (df + 0.5)), in double then rounded to float like Lucene.</summary>
    public static float Idf(long docFreq, long docCount) => (float)Math.Log(1 + ((docCount - docFreq + 0.5D) / (docFreq + 0.5D)));

    /// <summary>avgdl = sumTotalTermFreq / docCount (1 when the field has no documents).</summary>
    public static float AverageLength(long sumTotalTermFreq, long docCount) =>
        docCount <= 0 || sumTotalTermFreq <= 0 ? 1f : (float)(sumTotalTermFreq / (double)docCount);

    /// <summary>The 256 inverse length factors of a field, indexed by norm byte.</summary>
    public static float[] NormCache(float avgdl)
    {
        var cache = new float[256];
        for (var i = 0; i < 256; i++)
        {
            cache[i] = 1f / (K1 * ((1 - B) + (B * LengthTable[i] / avgdl)));
        }

        return cache;
    }

    public static float Score(float weight, float freq, float normInverse) => weight - (weight / (1f + (freq * normInverse)));

    private static float[] BuildLengthTable()
    {
        var t = new float[256];
        for (var i = 0; i < 256; i++)
        {
            t[i] = SmallFloat.Byte4ToInt((byte)i);
        }

        return t;
    }
}
