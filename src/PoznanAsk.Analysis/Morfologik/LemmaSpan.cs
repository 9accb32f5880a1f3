namespace PoznanAsk.Analysis.Morfologik;

/// <summary>One entry of a <see cref="LookupResult"/>: lemma and tag as spans (copy them to keep them).</summary>
public readonly ref struct LemmaSpan
{
    internal LemmaSpan(ReadOnlySpan<char> lemma, ReadOnlySpan<char> tag, bool hasTag)
    {
        Lemma = lemma;
        Tag = tag;
        HasTag = hasTag;
    }

    /// <summary>The lemma in dictionary case.</summary>
    public ReadOnlySpan<char> Lemma { get; }

    /// <summary>The tag string (empty when <see cref="HasTag"/> is false).</summary>
    public ReadOnlySpan<char> Tag { get; }

    /// <summary>Whether the entry has a tag.</summary>
    public bool HasTag { get; }
}
