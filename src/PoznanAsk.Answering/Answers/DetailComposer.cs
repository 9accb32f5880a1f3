using System.Globalization;
using PoznanAsk.Answering.Questions;
using static PoznanAsk.Answering.Answers.Phrases;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// Answers a question about any detail of any section: leads with the sentence that answers it
/// (chosen by <see cref="SentenceRanker"/> from the question's words and its question word), cited,
/// from the year asked (that year's report first, then a later report that names the year); with two
/// years, one sentence per year. A yes/no question gets "Tak" only when one sentence names every
/// name the question names and holds nearly all its words; otherwise no verdict. When no sentence
/// holds enough of the question, the reports do not say.
/// </summary>
internal static partial class DetailComposer
{
    /// <summary>Least share of the question's (weighted) words the answer sentence must hold.</summary>
    public const double MinShare = 0.45;

    /// <summary>Least coverage of the question by the sentence's passage.</summary>
    public const double MinCoverage = 0.3;

    private const int Hits = 8;

    /// <summary>Most sentences a how/what question gets after its pick (<see cref="More"/>).</summary>
    private const int MaxMore = 2;

    /// <summary>How far below the pick's score another sentence may rank and still be quoted with it.</summary>
    private const double MoreScoreGap = 0.3;
    private const int MaxFollowing = 40;

    /// <summary>Longest quote (characters) that still takes in the sentence after the answer sentence.</summary>
    private const int MaxQuote = 420;

    /// <summary>Most lines (title, column header, another sentence) between a sentence and the table it introduces.</summary>
    private const int TableGap = 4;

    /// <summary>How far (characters) a table's column header may end before a row and be cited with it.</summary>
    private const int NearHeader = 300;

    /// <summary>Longest quote (characters) of a how/what answer, which takes in the rest of its paragraph.</summary>
    private const int MaxDescription = 700;

    /// <summary>Composes the answer; with <paramref name="accept"/>, only from a sentence it accepts.</summary>
    /// <remarks>
    /// With <paramref name="named"/> (the words of the organisation a membership question names), a
    /// yes/no answer is "Tak" when an accepted sentence names it: the report's text, not a list,
    /// names the organisation as one the city is a member of or active in — and the answer says so.
    /// </remarks>
    public static Answer Compose(AnswerContext ctx, AnswerDraft d, Func<string, bool>? accept = null, IReadOnlyList<Word>? named = null)
    {
        var q = d.Question;
        var en = d.En;
        var uncovered = q.Years.FirstOrDefault(y => !ctx.View.Years.Contains(y));
        if (uncovered != 0)
        {
            return ctx.NotFound(d, YearNotCovered(en, uncovered));
        }

        var words = Words(ctx, q);
        if (words.Count == 0)
        {
            return ctx.NotFound(d, null, q.Years.Count > 0 ? q.Years[0] : null);
        }

        var years = q.Years.Distinct().Order().ToList();
        IReadOnlyList<SentenceRanker.Candidate> ranked = [];
        var picks = years.Count >= 2
            ? years.Select(y => Best(ctx, q, words, y, accept, named is null ? MinShare : 0, out _)).OfType<SentenceRanker.Candidate>().ToList()
            : Best(ctx, q, words, years.Count == 1 ? years[0] : null, accept, named is null ? MinShare : 0, out ranked) is { } one ? [one] : [];
        if (picks.Count == 0 || (years.Count >= 2 && picks.Count < 2 && picks.DistinctBy(p => p.Passage.Id).Count() < 1))
        {
            return ctx.NotFound(d, null, years.Count > 0 ? years[0] : null);
        }

        d.Year = years.Count == 1 ? years[0] : picks[0].Passage.Year;
        if (q.Asked == AskedFor.YesNo)
        {
            return named is { Count: > 0 } ? NamedInText(d, named, picks[0]) : YesNo(d, words, ListNaming(words, ranked, picks[0]) ?? picks[0]);
        }

        int? quoted = null;
        foreach (var pick in picks.DistinctBy(p => (p.Passage.Id, p.Start)).Concat(accept is null && picks.Count == 1 ? More(q, ranked, picks[0]) : []))
        {
            Quote(ctx, d, pick, q.Asked, header: quoted != pick.Passage.Year || quoted is null);
            quoted = pick.Passage.Year;
        }

        return d.Build();
    }

    /// <summary>
    /// The best-ranked sentence of <paramref name="year"/>'s report that <paramref name="accept"/> accepts,
    /// null when none: no share threshold, so <paramref name="accept"/> must be strict (e.g. a membership
    /// sentence that states a count).
    /// </summary>
    public static SentenceRanker.Candidate? Sentence(AnswerContext ctx, ParsedQuestion q, int year, Func<string, bool> accept)
    {
        var words = Words(ctx, q);
        if (words.Count == 0)
        {
            return null;
        }

        var frame = words.Where(w => Lexicon.FrameVerbs.Contains(w.Folded)).Select(w => w.Index).ToHashSet();
        return SentenceRanker.Rank(ctx.Passages.Search(words, year, Hits), words, frame, q.Asked, year)
            .FirstOrDefault(c => c.Passage.Year == year && accept(c.Text));
    }

    /// <summary>The question's words that a sentence must hold: not question words, years or the city's own name.</summary>
    public static IReadOnlyList<Word> Words(AnswerContext ctx, ParsedQuestion q)
    {
        var years = q.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        return q.Words.Where(w => w.Folded.Length >= 2 && !years.Contains(w.Text) && !Lexicon.FunctionWords.Contains(w.Folded)
            && !Lexicon.QuestionWords.Contains(w.Folded) && !ctx.Passages.Vocabulary.IsSubject(w.Folded)).ToList();
    }

    /// <summary>
    /// A question that asks how or what happened ("Jak wyglądała współpraca z Brnem?", "Jakie tematy
    /// poruszano …?") is answered by more than one sentence: after the pick, up to <see cref="MaxMore"/>
    /// other sentences of the same year that hold nearly as much of the question, best first.
    /// </summary>
    private static IEnumerable<SentenceRanker.Candidate> More(ParsedQuestion q, IReadOnlyList<SentenceRanker.Candidate> ranked, SentenceRanker.Candidate pick)
    {
        if (q.Asked is not (AskedFor.Description or AskedFor.Name) || ranked.Count < 2 || IntroducesList(pick) || pick.Passage.Kind == Knowledge.Model.PassageKind.List)
        {
            return [];
        }

        var least = Math.Max(MinShare * 0.7, pick.OwnShare * 0.6);
        return ranked.Where(c => c != pick && c.Passage.Year == pick.Passage.Year && c.OwnShare >= least && c.Score >= pick.Score - MoreScoreGap
                && !(c.Passage.Id == pick.Passage.Id && c.Start < pick.End + MaxQuote && c.End > pick.Start))
            .DistinctBy(c => c.Passage.Id)
            .Take(MaxMore);
    }

    private static SentenceRanker.Candidate? Best(AnswerContext ctx, ParsedQuestion q, IReadOnlyList<Word> words, int? year, Func<string, bool>? accept, double minShare, out IReadOnlyList<SentenceRanker.Candidate> ranked)
    {
        var asked = q.Asked;
        var frame = words.Where(w => Lexicon.FrameVerbs.Contains(w.Folded)).Select(w => w.Index).ToHashSet();
        // A strict accept without a share threshold (a membership sentence naming the organisation) needs no passage coverage either.
        var coverage = accept is not null && minShare == 0 ? 0 : MinCoverage;
        // A number asked for is answered by a sentence that shows one, or by a list it introduces (counted).
        bool Good(SentenceRanker.Candidate c) => (c.OwnShare >= minShare || (c.Share >= 0.6 && c.OwnShare >= 0.2)) && c.Coverage >= coverage && (accept is null || accept(c.Text))
            && (asked != AskedFor.Number || c.Shows || IntroducesList(c)) && !OtherOrdinal(q.Words, c.Text);
        ranked = SentenceRanker.Rank(ctx.Passages.Search(words, year, Hits), words, frame, asked, year);
        if (ranked.FirstOrDefault(Good) is { } first && (accept is not null || first.Score >= ranked[0].Score - 0.1))
        {
            // A list asked for: of the sentences that hold as much of the question, the one that introduces a list (a report often
            // says "… dla 15 instytucji kultury." twice: once alone, once before "Należą do nich:" and the list).
            // Table rows that tie at the top hold the question's words in their shared header only: the question is about the
            // table as a whole, answered by the sentence of the passage that introduces it.
            if (asked == AskedFor.Name && Knowledge.Text.TableRows.IsRow(first.Text)
                && ranked.Count(c => c.Passage == first.Passage && Math.Abs(c.Score - first.Score) < 1e-9) >= 2)
            {
                return ranked.FirstOrDefault(c => c.Passage == first.Passage && Good(c) && !Knowledge.Text.TableRows.IsRow(c.Text) && IntroducesList(c)) ?? first;
            }

            return asked == AskedFor.Name && !IntroducesList(first)
                ? ranked.FirstOrDefault(c => c.Share >= first.Share && c.OwnShare >= first.OwnShare && Good(c) && IntroducesList(c)) ?? first
                : first;
        }

        // Without a year the search over every report is the one just ranked: do not run it twice.
        var all = ranked = year is null ? ranked : SentenceRanker.Rank(ctx.Passages.Search(words, null, Hits), words, frame, asked, year);
        if (year is { } y)
        {
            // A later report that states the year asked ("w 2020 r." in the 2021 report).
            var text = y.ToString(CultureInfo.InvariantCulture);
            return all.FirstOrDefault(c => Good(c) && c.Passage.Year > y && c.Text.Contains(text, StringComparison.Ordinal));
        }

        if (all.FirstOrDefault() is not { } best || !Good(best))
        {
            return null;
        }

        // No year asked: among equally good sentences, the latest report's.
        return all.Where(c => Good(c) && c.Score >= best.Score - 0.05).OrderByDescending(c => c.Passage.Year ?? 0).ThenByDescending(c => c.Score).First();
    }

    /// <summary>
    /// Whether the sentence gives a different ordinal to what the question numbers: "IX kadencji" asked,
    /// "VIII kadencji" stated; "I miejsce" asked, "II miejsce" stated. A sentence without an ordinal
    /// there says nothing against the question.
    /// </summary>
    private static bool OtherOrdinal(IReadOnlyList<Word> question, string sentence)
    {
        List<Word>? words = null;
        for (var i = 0; i < question.Count; i++)
        {
            if (!IsRoman(question[i].Text) || (i + 1 >= question.Count && i == 0))
            {
                continue;
            }

            var neighbour = i + 1 < question.Count ? question[i + 1] : question[i - 1];
            var after = i + 1 < question.Count;
            words ??= [.. WordSplitter.Split(sentence)];
            for (var s = 0; s < words.Count; s++)
            {
                var at = after ? s - 1 : s + 1;
                if (at >= 0 && at < words.Count && IsRoman(words[at].Text) && words[at].Text != question[i].Text && WordMatcher.Matches(neighbour, words[s]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsRoman(string text) => text.Length is >= 1 and <= 6 && text.All(ch => ch is 'I' or 'V' or 'X' or 'L' or 'C');

    // The sentence ends with ':' or the next one of its passage does ("Należą do nich:").
    private static bool IntroducesList(SentenceRanker.Candidate c)
    {
        if (c.Text.EndsWith(':') || (!Knowledge.Text.TableRows.IsRow(c.Text) && Knowledge.Text.TableRows.Labels(c.Passage.Text, c.End, TableGap).Count >= 2))
        {
            return true;
        }

        var next = Knowledge.Text.SentenceSplitter.Split(c.Passage.Text, lines: true).FirstOrDefault(s => s.Start >= c.End);
        return next != default && c.Passage.Text[next.Start..next.End].EndsWith(':');
    }

    private static void Quote(AnswerContext ctx, AnswerDraft d, SentenceRanker.Candidate pick, AskedFor asked, bool header = true)
    {
        var p = pick.Passage;
        var end = pick.End;
        var listAsked = asked is AskedFor.Name or AskedFor.Anything or AskedFor.Number;
        // A lead-in ("… następujące gminy:"), a list asked for, or a sentence a lead-in follows ("… dla 15
        // instytucji kultury." + "Należą do nich:"): quote what follows, in one citation.
        var next = Knowledge.Text.SentenceSplitter.Split(p.Text, lines: true).FirstOrDefault(s => s.Start >= pick.End);
        var leadNext = listAsked && next != default && p.Text[next.Start..next.End].EndsWith(':');
        if (pick.Text.EndsWith(':') || leadNext || (asked is AskedFor.Name or AskedFor.Anything && p.Kind == Knowledge.Model.PassageKind.List))
        {
            var following = Knowledge.Text.SentenceSplitter.Split(p.Text, lines: true).Where(s => s.Start >= pick.End).Take(MaxFollowing).ToList();
            if (following.Count > 0)
            {
                end = following[^1].End;
            }
        }
        else if (Following(p.Text, pick, asked) is { } after)
        {
            end = after;
        }

        var n = d.Citations.Cite(p, pick.Start, end);
        var year = p.Year?.ToString(CultureInfo.InvariantCulture);
        // A table row is read with its table's title and column header.
        var table = Knowledge.Text.TableRows.IsRow(pick.Text) && Knowledge.Text.TableRows.HeadOf(p.Text, pick.Start) is { } head
            ? d.En ? $" (table {Q(true, Collapse(p.Text[head.Start..head.End]))})" : $" (tabela {Q(false, Collapse(p.Text[head.Start..head.End]))})"
            : string.Empty;
        if (header || table.Length > 0)
        {
            d.Line(year is null
                ? (d.En ? $"The reports say{table}:" : $"Raporty podają{table}:")
                : d.En ? $"According to {Report(true, p.Year!.Value)}{table}:" : $"Według raportu za {year} r.{table}:");
        }

        d.Line($"> {Q(d.En, p.Text[pick.Start..end])} [{n}]");
        if (Knowledge.Text.TableRows.IsRow(pick.Text) && Knowledge.Text.TableRows.ColumnsOf(p.Text, pick.Start) is { } columns)
        {
            Columns(ctx, d, p, pick.Start, columns);
        }

        d.Line();
        if (!listAsked)
        {
            return;
        }

        var items = ItemLines.Of(p.Text, pick.Start, pick.End, end, out var inline);
        if (items.Count < 2 && asked != AskedFor.Number && !Knowledge.Text.TableRows.IsRow(pick.Text) && Knowledge.Text.TableRows.Labels(p.Text, pick.End, TableGap) is { Count: >= 2 } labels)
        {
            // A table right after the sentence lists the names its rows are about.
            var t = d.Citations.Cite(p, labels[0].Start, labels[^1].End);
            d.Line(d.En ? $"The table that follows lists ({labels.Count}) [{t}]:" : $"Tabela, która następuje, wymienia ({labels.Count}) [{t}]:");
            ItemLines.Write(ctx, d, labels.Select(l => p.Text[l.Start..l.End]).ToList(), inline: true);
            return;
        }

        if (items.Count < 2)
        {
            return;
        }

        if (asked == AskedFor.Number)
        {
            // A count the report does not state: the list's items, counted, and said so.
            if (ItemLines.StatedCount(pick.Text) is null)
            {
                d.Facts.Add(new AnswerFact("counted", null, null, p.Year ?? 0, "unknown", n, items.Count));
                d.Line(d.En
                    ? $"The report states no number; the list it gives has **{items.Count}** items (counted) [{n}]."
                    : $"Raport nie podaje tej liczby wprost; lista, którą przytacza, ma **{items.Count}** pozycji (policzone) [{n}].").Line();
            }

            return;
        }

        ItemLines.Write(ctx, d, items, inline);
    }

    /// <summary>
    /// A table row's figures under their column labels ("Kolumny tabeli [2]: 2017 – 6420; **2018 – 6240**"),
    /// the header cited when it is near the row (one citation spans both), else quoted; the columns the
    /// question asks for in bold: its years, or the label holding most of its words (the word after the
    /// question word, "Ile **interpelacji** zgłosili radni", counts double).
    /// </summary>
    private static void Columns(AnswerContext ctx, AnswerDraft d, Knowledge.Model.Passage p, int rowStart, Knowledge.Text.ColumnReading reading)
    {
        var words = Words(ctx, d.Question).Where(w => !w.IsNumber).ToList();
        var years = d.Question.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        var asked = words.MinBy(w => w.Index);
        double Weight(string label) => years.Contains(label) ? 10
            : WordSplitter.Split(label).Sum(l => words.Where(w => WordMatcher.Matches(w, l)).Sum(w => w == asked ? 2.0 : 1.0));
        var best = reading.Columns.Max(c => Weight(c.Label));
        var cells = string.Join("; ", reading.Columns.Select(c => best > 0 && Weight(c.Label) == best ? $"**{c.Label} – {c.Value}**" : $"{c.Label} – {c.Value}"));
        var header = p.Text[reading.HeaderStart..reading.HeaderEnd];
        var source = rowStart - reading.HeaderEnd <= NearHeader ? $"[{d.Citations.Cite(p, reading.HeaderStart, reading.HeaderEnd)}]" : Q(d.En, header);
        d.Line(d.En ? $"Table columns {source}: {cells}" : $"Kolumny tabeli {source}: {cells}");
    }

    /// <summary>
    /// Where the sentence after the pick ends, when the pick only names the topic and that sentence
    /// goes on about it ("Ambasador Estonii spotkał się z …" → "Rozmawiano m.in. o …"; "Wizyta …" →
    /// "W jej trakcie goście zwiedzili …"): it is in the same passage and the quote stays short.
    /// </summary>
    /// <remarks>A how/what question (<see cref="AskedFor.Description"/>) takes in the rest of the paragraph the same way, within <see cref="MaxDescription"/>.</remarks>
    private static int? Following(string text, SentenceRanker.Candidate pick, AskedFor asked)
    {
        int? end = null;
        var limit = asked == AskedFor.Description ? MaxDescription : MaxQuote;
        foreach (var next in Knowledge.Text.SentenceSplitter.Split(text).Where(s => s.Start >= pick.End))
        {
            if (next.End - pick.Start > limit || text[next.Start..next.End].EndsWith(':') || text.AsSpan(pick.End, next.Start - pick.End).Contains("\n\n", StringComparison.Ordinal))
            {
                break;
            }

            end = next.End;
            if (asked != AskedFor.Description)
            {
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// For a yes/no question, the intro of a list that names the question's names, among the sentences of
    /// the pick's year that rank nearly as well ("Porozumienia międzygminne … zawarte zostały z 18 gminami:"
    /// just below a sentence that only talks about the agreements): the list is the evidence.
    /// </summary>
    private static SentenceRanker.Candidate? ListNaming(IReadOnlyList<Word> words, IReadOnlyList<SentenceRanker.Candidate> ranked, SentenceRanker.Candidate pick)
    {
        var names = Names(words);
        return names.Count == 0
            ? null
            : ranked.Where(c => c.Passage.Year == pick.Passage.Year && c.Score >= pick.Score - MoreScoreGap && c.Share >= MinShare)
                .FirstOrDefault(c => ListAround(c) is { } list && list.Items.Any(i => Names(WordSplitter.Split(c.Passage.Text[i.Start..i.End]), names)));
    }

    // The names a yes/no question asks about: its capitalised words (not the first) and abbreviations.
    private static List<Word> Names(IReadOnlyList<Word> words) => words.Where(w => (w.IsCapitalised && w.Index > 0) || w.IsAllCaps).ToList();

    private static Answer YesNo(AnswerDraft d, IReadOnlyList<Word> words, SentenceRanker.Candidate pick)
    {
        var names = Names(words);
        var sentence = WordSplitter.Split(pick.Text);
        var negated = sentence.Any(s => s.Folded is "nie" or "not" or "no" or "brak");
        if (names.Count > 0 && Names(sentence, names) && pick.Share >= 0.75 && !negated)
        {
            var n = d.Citations.Cite(pick.Passage, pick.Start, pick.End);
            d.Line(d.En
                ? $"**Yes**, according to {Of(true, pick.Passage.Year)}: {Q(true, pick.Text)} [{n}]"
                : $"**Tak**, według {Of(false, pick.Passage.Year)}: {Q(false, pick.Text)} [{n}]");
            return d.Build();
        }

        if (names.Count > 0 && ListAround(pick) is { } list && pick.Share >= MinShare)
        {
            var text = pick.Passage.Text;
            var item = list.Items.FirstOrDefault(i => Names(WordSplitter.Split(text[i.Start..i.End]), names));
            var intro = d.Citations.Cite(pick.Passage, list.Intro.Start, list.Intro.End);
            if (item != default)
            {
                var m = d.Citations.Cite(pick.Passage, item.Start, item.End);
                d.Line(d.En
                    ? $"**Yes.** {Q(true, text[item.Start..item.End])}{AnswerDraft.Marker(m, intro)} is on the list {Of(true, pick.Passage.Year)} introduced by {Q(true, text[list.Intro.Start..list.Intro.End])} [{intro}]"
                    : $"**Tak.** {Q(false, text[item.Start..item.End])}{AnswerDraft.Marker(m, intro)} jest na liście w {Of(false, pick.Passage.Year)}, którą wprowadza zdanie: {Q(false, text[list.Intro.Start..list.Intro.End])} [{intro}]");
                return d.Build();
            }

            // A no needs the whole list: the intro states how many, and exactly that many follow; and
            // the names must be in the list's language (an English name may stand for a Polish item).
            if (list.Stated == list.Items.Count && !d.En)
            {
                // The list itself is cited too (one citation with the intro when it follows it).
                var all = AnswerDraft.Marker(d.Citations.Cite(pick.Passage, list.Items[0].Start, list.Items[^1].End), intro);
                d.Line(d.En
                    ? $"**No.** The complete list {Of(true, pick.Passage.Year)} ({list.Stated} items){all} does not name it: {Q(true, text[list.Intro.Start..list.Intro.End])} [{intro}]"
                    : $"**Nie.** Pełna lista w {Of(false, pick.Passage.Year)} ({list.Stated} pozycji){all} tego nie wymienia: {Q(false, text[list.Intro.Start..list.Intro.End])} [{intro}]");
                return d.Build();
            }
        }

        d.Found = false;
        d.Line(d.En ? "The reports do not say this in so many words. The closest passage:" : "Raporty nie mówią tego wprost. Najbliższy fragment:");
        var c = d.Citations.Cite(pick.Passage, pick.Start, pick.End);
        d.Line($"> {Q(d.En, pick.Text)} [{c}]");
        return d.Build();
    }

    private static Answer NamedInText(AnswerDraft d, IReadOnlyList<Word> named, SentenceRanker.Candidate pick)
    {
        if (!Names(WordSplitter.Split(pick.Text), named))
        {
            d.Found = false;
            return d.Line(d.En ? "The reports do not say." : Phrases.NotFound(false)).Build();
        }

        var n = d.Citations.Cite(pick.Passage, pick.Start, pick.End);
        d.Line(d.En
            ? $"**Yes** — {Of(true, pick.Passage.Year)} gives no list here, but its text names the organisation as one the city took part in: {Q(true, pick.Text)} [{n}]"
            : $"**Tak** — {(pick.Passage.Year is { } y ? Report(false, y) : "raporty")} nie podaje tu listy, ale jego tekst wymienia tę organizację jako miejsce działalności miasta: {Q(false, pick.Text)} [{n}]");
        return d.Build();
    }

    private static string Collapse(string text) => string.Join(" · ", text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('|', ' ')));

    private static string Of(bool en, int? year) => year is null ? (en ? "the reports" : "raportach") : en ? Report(true, year.Value) : $"raporcie za {year} r.";

    private static bool Names(IReadOnlyList<Word> sentence, IReadOnlyList<Word> names) =>
        names.All(nw => sentence.Any(s => WordMatcher.Similarity(nw.Folded, s.Folded) >= WordMatcher.Typo));

    /// <summary>The list a sentence introduces or belongs to: its intro (ending with ':'), the items after it and the count the intro states.</summary>
    private static ListContext? ListAround(SentenceRanker.Candidate pick)
    {
        var text = pick.Passage.Text;
        var units = Knowledge.Text.SentenceSplitter.Split(text, lines: true);
        var intro = units.LastOrDefault(u => u.Start <= pick.Start && text[u.Start..u.End].EndsWith(':'));
        if (intro == default)
        {
            // A table right after the sentence: its rows' names are the list, the sentence its intro ("dla 14 miejskich instytucji kultury").
            var labels = Knowledge.Text.TableRows.IsRow(pick.Text) ? [] : Knowledge.Text.TableRows.Labels(text, pick.End, TableGap);
            return labels.Count < 2 ? null : new ListContext((pick.Start, pick.End), labels, ItemLines.StatedCount(pick.Text));
        }

        var items = units.Where(u => u.Start >= intro.End).ToList();
        return items.Count == 0 ? null : new ListContext(intro, items, ItemLines.StatedCount(text[intro.Start..intro.End]));
    }

    private sealed record ListContext((int Start, int End) Intro, IReadOnlyList<(int Start, int End)> Items, int? Stated);
}
