using System.Text.RegularExpressions;
using PoznanAsk.Answering.Questions;
using PoznanAsk.Answering.Retrieval;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Text;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// Picks the sentences that answer a detail question from the passages retrieval found: a sentence
/// scores by the share of the question's words it holds (names and numbers weigh double), the
/// passage's coverage of the question, its rank, whether it shows the kind of thing the question
/// word asks for (a number for "ile", a year or date for "kiedy", a name for "gdzie"/"kto"/"jaki")
/// and whether it names the year asked. Captions and credits are never answers.
/// </summary>
internal static partial class SentenceRanker
{
    /// <summary>A scored sentence: a span of its passage's text; <see cref="Shows"/>: it shows the kind of thing asked for.</summary>
    public sealed record Candidate(Passage Passage, int Start, int End, double Score, double Share, double Coverage, double OwnShare, bool Shows)
    {
        public string Text => Passage.Text[Start..End];
    }

    /// <summary>Every sentence of the hits, best first.</summary>
    /// <param name="hits">The retrieved passages, best first.</param>
    /// <param name="words">The question's words to find.</param>
    /// <param name="frame">Those of <paramref name="words"/> that frame the question ("zmieniła", "wyniosły", "liczba"): they weigh less.</param>
    /// <param name="asked">What the question word asks for.</param>
    /// <param name="year">The year asked, if any.</param>
    public static IReadOnlyList<Candidate> Rank(IReadOnlyList<PassageHit> hits, IReadOnlyList<Word> words, IReadOnlySet<int> frame, AskedFor asked, int? year)
    {
        var weighted = words.Select(w => (Word: w, Weight: w.IsNumber ? 2.0 : w.IsCapitalised && w.Index > 0 ? 1.5 : frame.Contains(w.Index) ? 0.4 : w.Folded.Length >= 7 ? 1.3 : 1.0)).ToList();
        var total = weighted.Sum(w => w.Weight);
        var yearText = year?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = new List<Candidate>();
        for (var rank = 0; rank < hits.Count; rank++)
        {
            var hit = hits[rank];
            if (hit.Passage.Kind == PassageKind.Caption || IsCredit(hit.Passage.Text))
            {
                continue;
            }

            var first = true;
            IReadOnlyList<Word> previous = [];
            bool[]? previousHas = null;
            var previousText = string.Empty;
            var head = new TableHead();
            foreach (var (start, end) in SentenceSplitter.Split(hit.Passage.Text, lines: true))
            {
                var lead = first ? 0.05 : 0;
                first = false;
                var text = hit.Passage.Text[start..end];
                var sw = WordSplitter.Split(text);
                var context = previous;
                var contextHas = previousHas;
                var contextText = previousText;
                previous = sw;
                previousHas = null;
                previousText = text;
                var row = head.Next(start, text, sw);
                if (sw.Count < 3 || IsCredit(text))
                {
                    continue;
                }

                // Which question words this sentence holds, once per sentence: the next sentence
                // reads the same answers for its context.
                var has = previousHas = Holds(sw, weighted);
                double share, own;
                if (row is not null)
                {
                    // A table row is read with its table's title and column header, as one statement: the
                    // head's words count as the row's own, the rows around it are not its context, and the
                    // verbs that frame a question ("wyniosły", "liczyło") are not expected of it. A row with a label
                    // must still hold a word of the question itself (its label or a figure).
                    row.Has ??= Holds(row.Words, weighted);
                    double rowTotal = 0, inRow = 0, inHead = 0;
                    for (var q = 0; q < weighted.Count; q++)
                    {
                        rowTotal += frame.Contains(weighted[q].Word.Index) ? 0 : weighted[q].Weight;
                        inRow += has[q] ? weighted[q].Weight : 0;
                        inHead += !has[q] && row.Has[q] ? weighted[q].Weight : 0;
                    }

                    share = own = rowTotal == 0 || (inRow == 0 && sw.Any(w => !w.IsNumber)) ? 0 : Math.Min(1, (inRow + inHead) / rowTotal);
                    contextText = row.Text;
                }
                else
                {
                    // The sentence before may name the topic ("Walne Zgromadzenie … odbyło się …") that this
                    // one answers about ("Miasto reprezentował …"): its words count 0.6.
                    contextHas ??= Holds(context, weighted);
                    double matched = 0, ownMatched = 0;
                    for (var q = 0; q < weighted.Count; q++)
                    {
                        matched += has[q] ? weighted[q].Weight : contextHas[q] ? weighted[q].Weight * 0.6 : 0;
                        ownMatched += has[q] ? weighted[q].Weight : 0;
                    }

                    share = total == 0 ? 0 : matched / total;
                    own = total == 0 ? 0 : ownMatched / total;
                }

                // Every table row shows values, so what the question word asks for does not tell rows apart.
                var shows = (row is not null && asked is not AskedFor.Time) || Shows(asked, text, sw, words);
                var phrase = Math.Min(0.15, 0.05 * Adjacent(words, sw));
                var score = (0.7 * share) + (0.2 * hit.Coverage) + (0.1 / (rank + 1)) + lead + phrase
                    + (shows ? (asked is AskedFor.Person or AskedFor.Place or AskedFor.Time ? 0.3 : 0.25) : 0)
                    + (yearText is not null && (text.Contains(yearText, StringComparison.Ordinal) || contextText.Contains(yearText, StringComparison.Ordinal)) ? 0.1 : 0);
                result.Add(new Candidate(hit.Passage, start, end, score, share, hit.Coverage, own, shows));
            }

            if (head.HeadStarts.Count > 0)
            {
                result.RemoveAll(c => c.Passage == hit.Passage && head.HeadStarts.Contains(c.Start));
            }
        }

        return result.OrderByDescending(c => c.Score).ToList();
    }

    /// <summary>
    /// The head (title and column header, <see cref="TableRows.HeadLines"/> lines at most) of the table
    /// the current line belongs to, tracked line by line: null for a line that is not a table row.
    /// </summary>
    private sealed class TableHead
    {
        private readonly Queue<(int Start, string Text, IReadOnlyList<Word> Words)> _recent = new();
        private Head? _head;
        private bool _inHeader;

        /// <summary>Where the head lines of the tables seen so far start: a head holds no values and answers nothing.</summary>
        public HashSet<int> HeadStarts { get; } = [];

        public Head? Next(int start, string line, IReadOnlyList<Word> words)
        {
            var header = _inHeader;
            _inHeader = false;
            if (header && _head is not null && TableRows.IsHeaderContinuation(line))
            {
                HeadStarts.Add(start);
                _head = new Head($"{_head.Text} {line}", [.. _head.Words, .. words]);
                _inHeader = true;
                return null;
            }

            if (TableRows.IsRow(line))
            {
                if (_head is null)
                {
                    HeadStarts.UnionWith(_recent.Select(r => r.Start));
                    _head = new Head(string.Join(" ", _recent.Select(r => r.Text)), _recent.SelectMany(r => r.Words).ToList());
                }

                _recent.Clear();
                if (TableRows.IsHeaderRow(line))
                {
                    // A pipe table's column header ("Liczba sesji | Liczba interpelacji |") is part of the head.
                    HeadStarts.Add(start);
                    _head = new Head($"{_head.Text} {line}", [.. _head.Words, .. words]);
                    _inHeader = true;
                    return null;
                }

                return _head;
            }

            _head = null;
            if (line.EndsWith('.'))
            {
                _recent.Clear();
                return null;
            }

            _recent.Enqueue((start, line, words));
            if (_recent.Count > TableRows.HeadLines)
            {
                _recent.Dequeue();
            }

            return null;
        }
    }

    /// <summary>A table's head: its text, its words, and which question words they hold (filled on first use).</summary>
    private sealed record Head(string Text, List<Word> Words)
    {
        public bool[]? Has { get; set; }
    }

    /// <summary>Whether a sentence shows the kind of thing asked for.</summary>
    public static bool Shows(AskedFor asked, string text, IReadOnlyList<Word> sentence, IReadOnlyList<Word> question) => asked switch
    {
        AskedFor.Number => Amount().IsMatch(text),
        AskedFor.Time => YearOrDate().IsMatch(text),
        AskedFor.Place => sentence.Skip(1).Any(s => New(s, question) && sentence[s.Index - 1].Folded is "w" or "we" or "na" or "do" or "z" or "in" or "at" or "to"),
        AskedFor.Person => sentence.Skip(1).Any(s => New(s, question) && s.Index + 1 < sentence.Count && sentence[s.Index + 1].IsCapitalised),
        AskedFor.Name => sentence.Any(s => s.Index > 0 && New(s, question)) || text.Contains('„') || text.Contains('“'),
        _ => false,
    };

    // Pairs of the question's neighbouring words found next to each other in the sentence ("dochody budżetu").
    private static int Adjacent(IReadOnlyList<Word> question, IReadOnlyList<Word> sentence)
    {
        var n = 0;
        for (var i = 0; i + 1 < question.Count; i++)
        {
            if (question[i + 1].Index - question[i].Index > 2)
            {
                continue;
            }

            for (var s = 0; s < sentence.Count; s++)
            {
                // One of the two words after it (a word's Index is its position in the sentence).
                if (WordMatcher.Matches(question[i], sentence[s])
                    && ((s + 1 < sentence.Count && WordMatcher.Matches(question[i + 1], sentence[s + 1]))
                        || (s + 2 < sentence.Count && WordMatcher.Matches(question[i + 1], sentence[s + 2]))))
                {
                    n++;
                    break;
                }
            }
        }

        return n;
    }

    // For each question word, whether the sentence holds it (inflected or mistyped).
    private static bool[] Holds(IReadOnlyList<Word> sentence, List<(Word Word, double Weight)> weighted)
    {
        var has = new bool[weighted.Count];
        for (var q = 0; q < weighted.Count; q++)
        {
            has[q] = Has(sentence, weighted[q].Word);
        }

        return has;
    }

    private static bool Has(IReadOnlyList<Word> sentence, Word question)
    {
        for (var s = 0; s < sentence.Count; s++)
        {
            if (WordMatcher.Matches(question, sentence[s]))
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised word the question does not already name.
    private static bool New(Word s, IReadOnlyList<Word> question) => s.IsCapitalised && !question.Any(q => WordMatcher.Similarity(q.Folded, s.Folded) > 0);

    /// <summary>A photo credit or source line ("fot. …", "arch. UMP", "Źródło: …"), not content.</summary>
    public static bool IsCredit(string text)
    {
        var t = text.TrimStart();
        return (t.Length < 120 || t.StartsWith('#')) && Credit().IsMatch(t);
    }

    // A number that is not only a year: "753", "1,4 mln", "8%", "100 tys.".
    [GeneratedRegex(@"(?<![\d/])(?!(?:19|20)\d\d(?![\d,%]))\d[\d\s  ]*(?:[,.]\d+)?\s*(?:%|proc|tys|mln|mld|zł|km|os|PLN)?", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b|\b\d{1,2}\s+(?:stycz|lut|mar|kwie|maj|czerw|lip|sierp|wrze|paźdz|pazdz|listop|grud|jan|feb|apr|jun|jul|aug|sep|oct|nov|dec)", RegexOptions.IgnoreCase)]
    private static partial Regex YearOrDate();

    [GeneratedRegex(@"^(?:fot\.|fot:|foto|arch\.|archiwum|źródło:|zrodlo:|source:|photo|©|#\s*(?:source|year|kind|url|title):)", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();
}
