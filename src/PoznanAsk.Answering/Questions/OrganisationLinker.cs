using PoznanAsk.Analysis;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Questions;

/// <summary>
/// Links organisation mentions in a question to the registry. Each registry name (canonical, aliases,
/// names as written in lists) is scored against the best window of question words: the share of the
/// name's idf weight whose words the window contains, where words meet when the index analyzer gives
/// them a common term, or by <see cref="WordMatcher"/> (inflection, missing diacritics, typos).
/// Abbreviations — from the registry, or the initialism of a name (Unia Metropolii Polskich → UMP) —
/// match a whole question word. A mention needs <see cref="StrongScore"/>; a rival within
/// <see cref="AmbiguityMargin"/> makes it ambiguous.
/// </summary>
internal sealed class OrganisationLinker
{
    /// <summary>Minimum share of a name's weight a mention must cover.</summary>
    public const double StrongScore = 0.6;

    /// <summary>
    /// Share enough for a partial name ("Szlaku Piastowskiego" for "Klaster Turystyczny „Szlak
    /// Piastowski w Wielkopolsce”") when at least two adjacent question words match words no other
    /// organisation's name has: two distinctive words together are strong evidence.
    /// </summary>
    public const double DistinctiveScore = 0.35;

    /// <summary>Rivals this close to the best score make a mention ambiguous.</summary>
    public const double AmbiguityMargin = 0.05;

    private const int MaxCachedRows = 4096;

    private readonly Analyzer? _analyzer;
    private readonly List<NameForm> _names = [];
    private readonly Dictionary<string, List<(string OrgId, string Abbreviation)>> _abbreviations = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, Organisation> _orgs;
    private readonly List<string> _nameWords = [];
    private readonly List<HashSet<string>> _nameWordKeys = [];
    private readonly Dictionary<string, int> _nameWordIds = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, double[]> _rows = new(StringComparer.Ordinal);

    /// <summary>Prepares the registry for linking.</summary>
    /// <param name="organisations">The registry.</param>
    /// <param name="namesAsWritten">Further (organisation id, name) pairs, e.g. list items as written.</param>
    /// <param name="analyzer">The index analyzer, or null to match on surface forms only.</param>
    public OrganisationLinker(IReadOnlyList<Organisation> organisations, IEnumerable<(string OrganisationId, string Name)> namesAsWritten, Analyzer? analyzer)
    {
        _analyzer = analyzer;
        _orgs = organisations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        var all = organisations.SelectMany(o => new[] { o.CanonicalName }.Concat(o.Aliases.Select(a => a.Name)).Select(n => (o.Id, n)))
            .Concat(namesAsWritten.Where(p => _orgs.ContainsKey(p.OrganisationId)));
        foreach (var (id, name) in all)
        {
            if (!string.IsNullOrWhiteSpace(name) && seen.Add((id, TextFolding.Fold(name))))
            {
                AddName(id, name);
            }
        }

        foreach (var o in organisations)
        {
            foreach (var abbreviation in o.Abbreviations)
            {
                AddAbbreviation(o.Id, abbreviation);
            }
        }

        Weigh(organisations.Count);
    }

    /// <summary>All organisations by id.</summary>
    public IReadOnlyDictionary<string, Organisation> Organisations => _orgs;

    /// <summary>Finds the organisations mentioned in <paramref name="question"/>, best first, not overlapping.</summary>
    public IReadOnlyList<OrganisationMention> Link(string question, IReadOnlyList<Word> words)
    {
        var candidates = Candidates(question, words);
        var result = new List<OrganisationMention>();
        var taken = new HashSet<int>();
        foreach (var c in candidates.Where(c => (c.Score >= StrongScore || (c.Distinctive >= 2 && c.Score >= DistinctiveScore)) && SpansTheName(c.WordIndices, words)).OrderByDescending(c => c.Score).ThenBy(c => c.Start))
        {
            if (c.WordIndices.Any(taken.Contains) || result.Any(r => r.Organisation.Id == c.OrgId))
            {
                continue;
            }

            var rivals = candidates
                .Where(o => o.OrgId != c.OrgId && o.Score >= StrongScore && o.Score >= c.Score - AmbiguityMargin && o.WordIndices.Intersect(c.WordIndices).Any())
                .Select(o => _orgs[o.OrgId]).DistinctBy(o => o.Id).ToList();
            foreach (var i in c.WordIndices)
            {
                taken.Add(i);
            }

            result.Add(new OrganisationMention(_orgs[c.OrgId], c.Name, c.Start, c.End, c.Score, c.WordIndices, rivals));
        }

        return result.OrderBy(m => m.Start).ToList();
    }

    private static readonly CueSet[] Frame =
    [
        Lexicon.Membership, Lexicon.Now, Lexicon.International, Lexicon.National, Lexicon.When, Lexicon.Join, Lexicon.Leave,
        Lexicon.Activity, Lexicon.Count, Lexicon.List, Lexicon.Range, Lexicon.Diff,
    ];

    /// <summary>
    /// A name the question writes must be the organisation's name, not a different one sharing words
    /// with it: the word right after the matched words does not go on naming something else ("Unia Metropolii <b>Europejskich</b>",
    /// "Związek <b>Powiatów</b> Polskich", "Metropolia <b>Warszawa</b>"). That keeps "Tak" for the organisation asked about.
    /// </summary>
    internal static bool SpansTheName(IReadOnlyList<int> indices, IReadOnlyList<Word> words)
    {
        if (indices.Count == 0)
        {
            return false;
        }

        var sorted = indices.Order().ToList();
        var typedAsName = sorted.Any(i => words[i].IsCapitalised || words[i].IsAllCaps);
        var noMask = new HashSet<int>();
        bool Other(Word w) => typedAsName
            ? (w.IsCapitalised || w.IsAllCaps) && !w.IsNumber && !Lexicon.LegalForms.In([w with { Index = 0, Text = w.Folded }], noMask, typos: false)
            : !IsFrame(w);

        // An unmatched word inside the matched span ("Związek Powiatów Polskich") or right after it
        // ("Unia Metropolii Europejskich") names something else.
        for (var i = sorted[0] + 1; i < sorted[^1]; i++)
        {
            // (The matcher may have taken the same word's other occurrence: "Poznań należy do Fundacji Poznań".)
            if (!sorted.Contains(i) && Other(words[i]) && !sorted.Any(j => words[j].Folded == words[i].Folded))
            {
                return false;
            }
        }

        return sorted[^1] + 1 >= words.Count || !Other(words[sorted[^1] + 1]);
    }

    private static bool IsFrame(Word w)
    {
        var single = new[] { w with { Index = 0, Text = w.Folded } };
        return w.IsNumber || w.Folded.Length < 3 || Lexicon.FunctionWords.Contains(w.Folded) || Lexicon.QuestionWords.Contains(w.Folded)
            || Lexicon.Polish.Contains(w.Folded) || Lexicon.English.Contains(w.Folded) || Frame.Any(f => f.In(single, new HashSet<int>(), typos: false));
    }

    /// <summary>Weaker matches (below <see cref="StrongScore"/>), for "did you mean" suggestions.</summary>
    public IReadOnlyList<Organisation> Near(string question, IReadOnlyList<Word> words, double minScore = 0.3) =>
        Candidates(question, words).Where(c => c.Score >= minScore).OrderByDescending(c => c.Score)
            .Select(c => _orgs[c.OrgId]).DistinctBy(o => o.Id).Take(3).ToList();

    private List<Candidate> Candidates(string question, IReadOnlyList<Word> words)
    {
        var keys = TermKeys.For(question, words, _analyzer);
        var result = new List<Candidate>();
        foreach (var w in words)
        {
            if (w.Folded.Length >= 2 && !w.IsNumber && _abbreviations.TryGetValue(w.Folded, out var owners)
                && (w.IsAllCaps || !Lexicon.FunctionWords.Contains(w.Folded) && !Lexicon.English.Contains(w.Folded) && !Lexicon.Polish.Contains(w.Folded)))
            {
                result.AddRange(owners.Select(o => new Candidate(o.OrgId, o.Abbreviation, 1.0, w.Start, w.End, [w.Index], 1)));
            }
        }

        var sims = Similarities(words, keys);
        var v = _nameWords.Count;
        var resembled = new bool[v];
        for (var i = 0; i < sims.Length; i++)
        {
            resembled[i % v] |= sims[i] > 0;
        }

        foreach (var name in _names)
        {
            // A name none of whose words any question word resembles has no window (BestWindow's null).
            if (!Array.Exists(name.Ids, id => resembled[id]))
            {
                continue;
            }

            var best = BestWindow(name, words, sims, v);
            if (best is not null)
            {
                result.Add(best);
            }
        }

        return result;
    }

    private static Candidate? BestWindow(NameForm name, IReadOnlyList<Word> words, double[] sims, int v)
    {
        if (name.TotalWeight <= 0)
        {
            return null;
        }

        Candidate? best = null;
        var used = new bool[name.Words.Length];
        var matched = new List<int>();
        for (var s = 0; s < words.Count; s++)
        {
            Array.Clear(used);
            double acc = 0;
            var gap = 0;
            var distinctive = 0;
            matched.Clear();
            for (var t = s; t < words.Count && gap <= 1; t++)
            {
                var (j, sim) = BestNameWord(name, used, sims, (t * v));
                if (j < 0)
                {
                    if (matched.Count == 0)
                    {
                        break;
                    }

                    // "Union of the Baltic Cities": function words between name words are not gaps.
                    gap += Lexicon.FunctionWords.Contains(words[t].Folded) ? 0 : 1;
                    continue;
                }

                used[j] = true;
                acc += name.Weights[j] * sim;
                distinctive = name.Unique[j] && (gap == 0 || distinctive == 0) ? distinctive + 1 : distinctive;
                matched.Add(t);
                gap = 0;
            }

            if (matched.Count == 0)
            {
                continue;
            }

            var score = acc / name.TotalWeight;
            if (best is null || score > best.Score)
            {
                best = new Candidate(name.OrganisationId, name.Name, score, words[matched[0]].Start, words[matched[^1]].End, new List<int>(matched), distinctive);
            }
        }

        return best;
    }

    private static (int Index, double Similarity) BestNameWord(NameForm name, bool[] used, double[] sims, int row)
    {
        var bestJ = -1;
        double bestSim = 0;
        for (var j = 0; j < name.Ids.Length; j++)
        {
            var sim = used[j] ? 0 : sims[row + name.Ids[j]];
            if (sim > bestSim)
            {
                bestSim = sim;
                bestJ = j;
            }
        }

        return (bestJ, bestSim);
    }

    private void AddName(string orgId, string name)
    {
        var words = WordSplitter.Split(name);
        var keys = TermKeys.For(name, words, _analyzer);
        var content = Enumerable.Range(0, words.Count).Where(i => !Lexicon.FunctionWords.Contains(words[i].Folded)).ToList();
        if (content.Count == 0)
        {
            content = Enumerable.Range(0, words.Count).ToList();
        }

        if (content.Count == 0)
        {
            return;
        }

        var form = new NameForm(orgId, name, content.Select(i => words[i].Folded).ToArray(), content.Select(i => keys[i]).ToArray());
        form.Ids = content.Select(i => NameWordId(words[i].Folded, keys[i])).ToArray();
        _names.Add(form);
        var initialism = Initialism(words);
        if (initialism is not null)
        {
            AddAbbreviation(orgId, initialism);
        }
    }

    private int NameWordId(string folded, string[] keys)
    {
        if (!_nameWordIds.TryGetValue(folded, out var id))
        {
            id = _nameWords.Count;
            _nameWordIds[folded] = id;
            _nameWords.Add(folded);
            _nameWordKeys.Add(new HashSet<string>(StringComparer.Ordinal));
        }

        _nameWordKeys[id].UnionWith(keys.Where(k => k.Length > 2));
        return id;
    }

    /// <summary>
    /// Similarity of every question word to every distinct name word, computed once per question
    /// (names share words, so this is far less work than comparing per name and window).
    /// </summary>
    private double[] Similarities(IReadOnlyList<Word> words, string[][] keys)
    {
        var v = _nameWords.Count;
        var sims = new double[words.Count * v];
        for (var q = 0; q < words.Count; q++)
        {
            SimilarityRow(words[q].Folded, keys[q]).CopyTo(sims, q * v);
        }

        return sims;
    }

    /// <summary>
    /// One question word's similarity to every name word. It depends only on the word and its
    /// analyzer keys, so it is kept per linker (one per snapshot) for the words questions use;
    /// bounded, so that a stream of typos cannot grow it without limit.
    /// </summary>
    private double[] SimilarityRow(string folded, string[] keys)
    {
        var key = keys.Length == 0 ? folded : folded + "\u0001" + string.Join('\u0001', keys);
        if (_rows.TryGetValue(key, out var row))
        {
            return row;
        }

        var v = _nameWords.Count;
        row = new double[v];
        for (var j = 0; j < v; j++)
        {
            var sim = WordMatcher.Similarity(folded, _nameWords[j]);
            if (sim < WordMatcher.SameTerm && keys.Length > 0 && _nameWordKeys[j].Overlaps(keys))
            {
                sim = WordMatcher.SameTerm;
            }

            row[j] = sim;
        }

        if (_rows.Count < MaxCachedRows)
        {
            _rows.TryAdd(key, row);
        }

        return row;
    }

    private void AddAbbreviation(string orgId, string abbreviation)
    {
        var key = TextFolding.Fold(abbreviation.Trim());
        if (key.Length < 2)
        {
            return;
        }

        if (!_abbreviations.TryGetValue(key, out var list))
        {
            _abbreviations[key] = list = [];
        }

        if (!list.Any(e => e.OrgId == orgId))
        {
            list.Add((orgId, abbreviation.Trim()));
        }
    }

    /// <summary>Initials of the capitalised words ("Open &amp; Agile Smart Cities" → OASC); null below 3 letters.</summary>
    internal static string? Initialism(IReadOnlyList<Word> words)
    {
        var letters = words.Where(w => w.IsCapitalised && !w.IsNumber).Select(w => char.ToUpperInvariant(w.Text[0])).ToArray();
        return letters.Length >= 3 ? new string(letters) : null;
    }

    private void Weigh(int organisationCount)
    {
        var df = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var n in _names)
        {
            foreach (var w in n.Words)
            {
                if (!df.TryGetValue(w, out var set))
                {
                    df[w] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(n.OrganisationId);
            }
        }

        var total = Math.Max(organisationCount, 1);
        foreach (var n in _names)
        {
            n.Weights = n.Words.Select(w => Math.Log(1 + ((double)total / df[w].Count))).ToArray();
            n.Unique = n.Words.Select(w => df[w].Count == 1).ToArray();
            n.TotalWeight = n.Weights.Sum();
        }
    }

    private sealed record Candidate(string OrgId, string Name, double Score, int Start, int End, IReadOnlyList<int> WordIndices, int Distinctive);
}
