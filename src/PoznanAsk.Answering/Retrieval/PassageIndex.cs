using PoznanAsk.Analysis;
using PoznanAsk.Answering.Questions;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Retrieval;

/// <summary>
/// An in-memory BM25 index over the knowledge base's passages (paragraphs and lists; list items are
/// inside their list), for answering: terms are folded words plus the folded terms of the index
/// analyzer, and a question word also reaches inflected and mistyped forms of itself in the
/// vocabulary (<see cref="WordMatcher"/>), which a stemmer alone misses ("Związku"/"Związek").
/// Built once per knowledge base and immutable afterwards, so it is safe to share across threads.
/// </summary>
internal sealed class PassageIndex : IVocabulary
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private readonly List<Passage> _docs = [];
    private readonly List<int> _lengths = [];
    private readonly Dictionary<string, List<(int Doc, int Tf)>> _postings = new(StringComparer.Ordinal);
    private readonly string[] _sortedTerms;
    private readonly IReadOnlyList<string> _subject;
    private readonly Analyzer? _analyzer;
    private readonly double _avgLength;

    /// <summary>Indexes <paramref name="passages"/>.</summary>
    public PassageIndex(IEnumerable<Passage> passages, Analyzer? analyzer, IReadOnlyList<string> subjectWords)
    {
        _analyzer = analyzer;
        _subject = subjectWords;
        foreach (var p in passages.Where(p => p.Kind != PassageKind.ListItem))
        {
            var doc = _docs.Count;
            _docs.Add(p);
            var tf = new Dictionary<string, int>(StringComparer.Ordinal);
            var words = WordSplitter.Split(p.Text);
            var keys = TermKeys.For(p.Text, words, analyzer);
            for (var i = 0; i < words.Count; i++)
            {
                tf[words[i].Folded] = tf.GetValueOrDefault(words[i].Folded) + 1;
                foreach (var k in keys[i].Where(k => k != words[i].Folded))
                {
                    tf["~" + k] = tf.GetValueOrDefault("~" + k) + 1;
                }
            }

            _lengths.Add(words.Count);
            foreach (var (term, n) in tf)
            {
                if (!_postings.TryGetValue(term, out var list))
                {
                    _postings[term] = list = [];
                }

                list.Add((doc, n));
            }
        }

        _avgLength = _lengths.Count == 0 ? 1 : Math.Max(1, _lengths.Average());
        _sortedTerms = _postings.Keys.Where(k => k[0] != '~').Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Number of indexed passages.</summary>
    public int Count => _docs.Count;

    /// <inheritdoc />
    public bool Knows(string folded) => Expand(folded, []).Count > 0;

    /// <inheritdoc />
    public bool KnowsExactly(string folded) => _postings.ContainsKey(folded);

    /// <inheritdoc />
    public bool IsSubject(string folded) => _subject.Any(s => WordMatcher.Similarity(folded, s) > 0);

    /// <summary>The best passages for the question's words, optionally only of one year.</summary>
    public IReadOnlyList<PassageHit> Search(string text, IReadOnlyList<Word> words, int? year, int top)
    {
        var keys = TermKeys.For(text, words, _analyzer);
        var groups = new List<(double Idf, List<(string Term, double Sim)> Terms)>();
        double unknownIdf = 0;
        for (var wi = 0; wi < words.Count; wi++)
        {
            var w = words[wi];
            if (Lexicon.FunctionWords.Contains(w.Folded) || w.Folded.Length < 2)
            {
                continue;
            }

            var terms = Expand(w.Folded, keys[wi]);
            if (terms.Count == 0)
            {
                // A word no passage contains still counts against coverage: "budżet na kulturę"
                // is not answered by a passage about budgets alone.
                unknownIdf += Math.Log(1 + ((_docs.Count + 0.5) / 0.5));
                continue;
            }

            var df = terms.Max(t => _postings[t.Term].Count);
            groups.Add((Math.Log(1 + ((_docs.Count - df + 0.5) / (df + 0.5))), terms));
        }

        var totalIdf = groups.Sum(g => g.Idf) + unknownIdf;
        if (groups.Count == 0 || totalIdf <= 0)
        {
            return [];
        }

        var buffers = ScoreBuffers.For(_docs.Count);
        var touched = buffers.Touched;
        var groupTouched = buffers.GroupTouched;
        touched.Clear();
        foreach (var (idf, terms) in groups)
        {
            groupTouched.Clear();
            foreach (var (term, sim) in terms)
            {
                foreach (var (doc, tf) in _postings[term])
                {
                    if (year is not null && _docs[doc].Year != year)
                    {
                        continue;
                    }

                    var norm = tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * _lengths[doc] / _avgLength))));
                    var s = idf * norm * sim;
                    if (s > buffers.Best[doc])
                    {
                        if (buffers.Best[doc] == 0)
                        {
                            groupTouched.Add(doc);
                        }

                        buffers.Best[doc] = s;
                    }
                }
            }

            foreach (var doc in groupTouched)
            {
                if (buffers.Covered[doc] == 0)
                {
                    touched.Add(doc);
                }

                buffers.Score[doc] += buffers.Best[doc];
                buffers.Covered[doc] += idf;
                buffers.Best[doc] = 0;
            }
        }

        var result = touched
            .Select(d => (Doc: d, Score: buffers.Score[d], Covered: buffers.Covered[d]))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Doc).Take(top)
            .Select(x => new PassageHit(_docs[x.Doc], x.Score, x.Covered / totalIdf)).ToList();
        foreach (var d in touched)
        {
            buffers.Score[d] = 0;
            buffers.Covered[d] = 0;
        }

        return result;
    }

    private List<(string Term, double Sim)> Expand(string folded, string[] analyzerKeys)
    {
        var result = new List<(string, double)>();
        if (Lexicon.FunctionWords.Contains(folded) || folded.Length < 2)
        {
            return result;
        }

        if (_postings.ContainsKey(folded))
        {
            result.Add((folded, WordMatcher.Exact));
        }

        foreach (var k in analyzerKeys)
        {
            if (k.Length > 2 && _postings.ContainsKey("~" + k))
            {
                result.Add(("~" + k, WordMatcher.SameTerm));
            }
        }

        if (folded.Length >= 4 && !char.IsDigit(folded[0]))
        {
            // Inflected forms share at least 4 letters (WordMatcher); typos inside them are rare
            // enough not to pay for scanning every word that merely starts alike.
            var prefix = folded[..4];
            var i = Array.BinarySearch(_sortedTerms, prefix, StringComparer.Ordinal);
            for (i = i < 0 ? ~i : i; i < _sortedTerms.Length && _sortedTerms[i].StartsWith(prefix, StringComparison.Ordinal); i++)
            {
                var t = _sortedTerms[i];
                if (t != folded)
                {
                    var sim = WordMatcher.Similarity(folded, t);
                    if (sim > 0)
                    {
                        result.Add((t, sim * 0.9));
                    }
                }
            }
        }

        return result;
    }
}
