using PoznanAsk.Answering.Answers;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Questions;

/// <summary>
/// Turns a typed question into a <see cref="ParsedQuestion"/>: organisations first (their words are
/// then masked, so "Związek Miast Polskich" is neither a scope word nor Polish-language evidence),
/// then years, scope, language and the intent from cue words.
/// </summary>
internal sealed class QuestionParser
{
    private static readonly CueSet[] FrameSets =
    [
        Lexicon.Help, Lexicon.Diff, Lexicon.When, Lexicon.Join, Lexicon.Count, Lexicon.Activity, Lexicon.Membership,
        Lexicon.List, Lexicon.Now, Lexicon.International, Lexicon.National, Lexicon.Range,
    ];

    private const int MaxFrameCache = 100_000;
    private static readonly HashSet<int> NoMask = [];
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> FrameCache = new(StringComparer.Ordinal);
    private readonly OrganisationLinker _linker;
    private readonly IVocabulary _vocabulary;
    private readonly Translation.QuestionTranslator? _translator;

    /// <summary>Creates the parser; with <paramref name="translator"/>, an English question's words are put into the reports' Polish.</summary>
    public QuestionParser(OrganisationLinker linker, IVocabulary vocabulary, Translation.QuestionTranslator? translator = null)
    {
        _linker = linker;
        _vocabulary = vocabulary;
        _translator = translator;
    }

    /// <summary>The linker used for organisation mentions.</summary>
    public OrganisationLinker Linker => _linker;

    /// <summary>Parses <paramref name="text"/>; <paramref name="locale"/> breaks language ties.</summary>
    public ParsedQuestion Parse(string text, string? locale)
    {
        var words = WordSplitter.Split(text);
        var mentions = _linker.Link(text, words);
        var masked = new HashSet<int>(mentions.SelectMany(m => m.WordIndices));
        var (years, yearPositions) = YearParser.Parse(words);
        var language = LanguageDetector.Detect(text, words, masked, locale, _vocabulary.IsSubject);
        MembershipScope? scope = null;
        var intl = Lexicon.International.In(words, masked);
        var national = Lexicon.National.In(words, masked);
        if (intl != national)
        {
            scope = intl ? MembershipScope.International : MembershipScope.National;
        }

        var now = Lexicon.Now.In(words, masked);
        var content = words.Where(w => !masked.Contains(w.Index) && !yearPositions.Contains(w.Index) && IsContent(w)).ToList();
        var asked = AskedForCues.Of(words, masked);
        var intent = Classify(words, masked, years, scope, mentions, content.Count, asked);
        if (language == "en" && _translator is not null)
        {
            // The words keep their English text (the frame is read from it) and gain the reports' Polish words.
            words = _translator.Translate(words, new HashSet<int>(masked.Concat(yearPositions)));
            content = [.. content.Select(w => words[w.Index])];
        }

        var foreign = words.FirstOrDefault(w => !masked.Contains(w.Index) && !yearPositions.Contains(w.Index) && IsForeign(w, words)).Text;
        return new ParsedQuestion(text, language, intent, years, now, scope, mentions, words, content, foreign, asked);
    }

    /// <summary>
    /// A word naming something the reports are not about: a capitalised word inside the question
    /// that no passage contains as such ("Kraków", "Warsaw"), or an unknown word right after the
    /// opening "czy"/"is"/"does" ("czy krakow należy…"), where the subject of the question stands.
    /// </summary>
    private bool IsForeign(Word w, IReadOnlyList<Word> words)
    {
        if (w.IsNumber || w.Folded.Length < 2 || Lexicon.FunctionWords.Contains(w.Folded) || Lexicon.Polish.Contains(w.Folded)
            || Lexicon.English.Contains(w.Folded) || _vocabulary.IsSubject(w.Folded))
        {
            return false;
        }

        // A cue word written correctly is frame, never a subject; a mistyped one must still be unknown to count.
        if (IsFrame(w, typos: false))
        {
            return false;
        }

        if (w.IsCapitalised && w.Index > 0)
        {
            return !_vocabulary.KnowsExactly(w.Folded);
        }

        return w.Index == 1 && words[0].Folded is "czy" or "is" or "does" or "was" or "did" && !_vocabulary.Knows(w.Folded);
    }

    private bool IsContent(Word w)
    {
        if (w.Folded.Length < 2 || Lexicon.FunctionWords.Contains(w.Folded) || Lexicon.Polish.Contains(w.Folded)
            || Lexicon.English.Contains(w.Folded) || _vocabulary.IsSubject(w.Folded))
        {
            return false;
        }

        return !IsFrame(w, typos: true);
    }

    /// <summary>Whether one word is a cue of any frame set; memoised per folded form (capitalisation matters for typos).</summary>
    private static bool IsFrame(Word w, bool typos)
    {
        var allowTypos = typos && !(w.IsCapitalised && w.Index > 0);
        var key = (allowTypos ? "t:" : "s:") + w.Folded;
        if (FrameCache.TryGetValue(key, out var known))
        {
            return known;
        }

        var single = new[] { w with { Index = 0, Text = w.Folded } };
        var result = FrameSets.Any(s => s.In(single, NoMask, allowTypos));
        if (FrameCache.Count < MaxFrameCache)
        {
            FrameCache[key] = result;
        }

        return result;
    }

    /// <summary>Question words whose answer is one detail of a sentence, not a list of facts.</summary>
    public static bool IsDetail(AskedFor asked) => asked is AskedFor.Place or AskedFor.Time or AskedFor.Number or AskedFor.Person;

    private static string Classify(IReadOnlyList<Word> words, HashSet<int> masked, IReadOnlyList<int> years, MembershipScope? scope, IReadOnlyList<OrganisationMention> mentions, int contentWords, AskedFor asked)
    {
        bool Has(CueSet s) => s.In(words, masked);
        var hasOrg = mentions.Count > 0;
        var unmaskedCount = words.Count(w => !masked.Contains(w.Index));
        if (words.Count == 0)
        {
            return Intents.Help;
        }

        // "organizacji pozarządowych", "sieci tramwajowej": a weak membership word makes a membership
        // question only when nothing but frame words is around it.
        var strong = Has(Lexicon.StrongMembership);
        var membership = strong || (Has(Lexicon.Membership) && contentWords == 0);
        var activity = Has(Lexicon.Activity);
        var count = Has(Lexicon.Count);
        if (Has(Lexicon.Help) && !hasOrg && !membership && !activity && !count && years.Count == 0 && words.Count <= 6)
        {
            return Intents.Help;
        }

        // "Podaj liczbę organizacji w 2017 i 2023" asks for two counts, not for the changes.
        var aboutMemberships = membership || (scope is not null && contentWords == 0);
        if (!hasOrg && (Has(Lexicon.Diff) || (years.Count >= 2 && !count && (membership || Has(Lexicon.List) || Has(Lexicon.Join) || Has(Lexicon.Range) || scope is not null))))
        {
            // A change of anything else (tram lines, budget) is read from sentences of the two years.
            return aboutMemberships || contentWords == 0 || (contentWords <= 2 && words.Any(w => w.Folded.StartsWith("organi", StringComparison.Ordinal))) ? Intents.Diff : Intents.Search;
        }

        if (Has(Lexicon.When) && (Has(Lexicon.Join) || Has(Lexicon.Leave) || (hasOrg && strong)))
        {
            return Intents.WhenJoined;
        }

        if (count && aboutMemberships && !hasOrg)
        {
            return Intents.CountMemberships;
        }

        // Naming an organisation does not make a membership question: "W jakim mieście odbyło się
        // spotkanie EUROCITIES?" wants a place, "Ile miast zrzesza Unia…?" a number.
        // (An activity question whose answer is a detail: AnswerComposer reads it from sentences.)
        if (hasOrg && !strong && IsDetail(asked))
        {
            return Intents.Activity;
        }

        if (activity && (hasOrg || membership || scope is not null))
        {
            return Intents.Activity;
        }

        if (hasOrg && Has(Lexicon.Join))
        {
            return Intents.WhenJoined;
        }

        // "Jak Poznań promował się na Walnym Zebraniu Członków EUROCITIES?" asks how, not whether: a
        // membership word there names the meeting, not a membership to confirm.
        if (hasOrg && asked == AskedFor.Description)
        {
            return Intents.Activity;
        }

        // "Jakie gminy należą do Stowarzyszenia …?" asks for the organisation's members, not the city's membership.
        if (hasOrg && asked == AskedFor.Name && !words.Any(w => w.Folded.StartsWith("organi", StringComparison.Ordinal)))
        {
            return Intents.Activity;
        }

        if (hasOrg && (membership || unmaskedCount <= 4 || words[0].Folded is "czy" or "is" or "does" or "was" or "are"))
        {
            return Intents.IsMember;
        }

        // "Czy Poznań należy do NATO?": a yes/no membership question whose organisation is unknown.
        if (!hasOrg && membership && words[0].Folded is "czy" or "is" or "does" or "was" or "are")
        {
            return Intents.IsMember;
        }

        // Without a membership word, a scope word makes a list question only when nothing else is
        // asked ("jakie krajowe?"), not in "jakie były wyniki wyborów samorządowych?".
        if (!hasOrg && (membership || (scope is not null && contentWords == 0 && (Has(Lexicon.List) || unmaskedCount <= 3))))
        {
            return Intents.ListMemberships;
        }

        // An organisation named in a question that is not about membership ("Jaką rolę pełnił
        // Poznań w Związku Miast Polskich?") asks what the city did there.
        return hasOrg ? Intents.Activity : Intents.Search;
    }
}
