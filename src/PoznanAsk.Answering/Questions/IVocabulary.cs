namespace PoznanAsk.Answering.Questions;

/// <summary>Which words the reports use, and which name the city the reports are about.</summary>
internal interface IVocabulary
{
    /// <summary>True when some passage contains the folded word or an inflected/typo form of it.</summary>
    bool Knows(string folded);

    /// <summary>True when some passage contains exactly this folded word (or a word the analyzer reduces to the same term).</summary>
    bool KnowsExactly(string folded);

    /// <summary>Up to <paramref name="max"/> folded words of the passages that start with <paramref name="prefix"/>, shortest first.</summary>
    IReadOnlyList<string> StartingWith(string prefix, int max);

    /// <summary>True when the word names the reports' subject (the city), in any inflected form.</summary>
    bool IsSubject(string folded);
}
