using PoznanAsk.Answering.Questions;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Retrieval;

/// <summary>
/// The words the passages use, as a sorted list of folded forms with their written (lower-cased)
/// forms: the question parser's <see cref="IVocabulary"/>, and the source of a question word's
/// inflected and mistyped variants (<see cref="WordMatcher"/>) that retrieval adds to the query.
/// A word list, not an index: no postings, no scores. Immutable after construction.
/// </summary>
internal sealed class PassageVocabulary : IVocabulary
{
    private const int MaxWrittenForms = 4;
    private readonly string[] _sorted;
    private readonly Dictionary<string, List<string>> _written = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _subject;

    /// <summary>Collects the words of <paramref name="passages"/> (list items are inside their lists).</summary>
    public PassageVocabulary(IEnumerable<Passage> passages, IReadOnlyList<string> subjectWords)
    {
        _subject = subjectWords;
        foreach (var p in passages.Where(p => p.Kind != PassageKind.ListItem))
        {
            foreach (var w in WordSplitter.Split(p.Text))
            {
                if (!_written.TryGetValue(w.Folded, out var forms))
                {
                    _written[w.Folded] = forms = [];
                }

                var lower = w.Text.ToLowerInvariant();
                if (forms.Count < MaxWrittenForms && !forms.Contains(lower))
                {
                    forms.Add(lower);
                }
            }
        }

        _sorted = _written.Keys.Order(StringComparer.Ordinal).ToArray();
    }

    /// <inheritdoc />
    public bool Knows(string folded) =>
        !Lexicon.FunctionWords.Contains(folded) && folded.Length >= 2 && (KnowsExactly(folded) || Variants(folded).Count > 0);

    /// <inheritdoc />
    public bool KnowsExactly(string folded) => _written.ContainsKey(folded);

    /// <inheritdoc />
    public IReadOnlyList<string> StartingWith(string prefix, int max) =>
        [.. WithPrefix(prefix).OrderBy(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Take(max)];

    /// <inheritdoc />
    public bool IsSubject(string folded) => _subject.Any(s => WordMatcher.Similarity(folded, s) > 0);

    /// <summary>How the passages write a folded word (lower-cased, with diacritics), or none.</summary>
    public IReadOnlyList<string> WrittenForms(string folded) => _written.TryGetValue(folded, out var forms) ? forms : [];

    /// <summary>
    /// Other folded words of the passages that are inflected or mistyped forms of <paramref name="folded"/>
    /// (sharing its first 4 letters; typos inside them are rare enough not to scan every word).
    /// </summary>
    public IReadOnlyList<string> Variants(string folded)
    {
        var result = new List<string>();
        if (Lexicon.FunctionWords.Contains(folded) || folded.Length < 4 || char.IsDigit(folded[0]))
        {
            return result;
        }

        foreach (var word in WithPrefix(folded[..4]))
        {
            if (word != folded && WordMatcher.Similarity(folded, word) > 0)
            {
                result.Add(word);
            }
        }

        return result;
    }

    /// <summary>The passages' folded words that start with <paramref name="prefix"/>, in sorted order (a binary search, then a scan).</summary>
    private IEnumerable<string> WithPrefix(string prefix)
    {
        var i = Array.BinarySearch(_sorted, prefix, StringComparer.Ordinal);
        for (i = i < 0 ? ~i : i; i < _sorted.Length && _sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return _sorted[i];
        }
    }
}
