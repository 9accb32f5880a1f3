namespace PoznanAsk.Answering.Questions;

/// <summary>
/// Cue words for intents, scope, time and language, folded (no diacritics) so that "należy" and
/// "nalezy" are one cue. These are words of the question's frame ("ile", "kiedy", "przystąpił"),
/// never organisation names, counts or years: names come from the registry.
/// </summary>
internal static class Lexicon
{
    /// <summary>Greetings and requests for help.</summary>
    public static readonly CueSet Help = new(
        "pomoc*", "help", "hej", "czesc", "witaj*", "dzien dobry", "hello", "hi", "hey", "co umiesz", "co potrafisz",
        "jak korzystac", "jak uzywac", "what can you do", "how to use", "instrukcj*");

    /// <summary>Comparing two years.</summary>
    public static readonly CueSet Diff = new(
        "zmian*", "zmieni*", "rozni*", "porown*", "compar*", "chang*", "differ*", "vs", "versus", "przybyl*", "ubyl*",
        "nowe organizac*", "new organi*", "doszl*", "odeszl*", "wypadl*");

    /// <summary>"When".</summary>
    public static readonly CueSet When = new(
        "kiedy", "when", "od kiedy", "since when", "w ktorym roku", "ktorego roku", "ktorym roku", "which year", "what year", "od ktorego", "since");

    /// <summary>Joining.</summary>
    public static readonly CueSet Join = new(
        "przystap*", "dolacz*", "wstap*", "join*", "przyjet*", "akces*", "became a member", "zostal* czlonk*");

    /// <summary>Leaving.</summary>
    public static readonly CueSet Leave = new(
        "wystap*", "opusci*", "zrezygnow*", "wycofa*", "left", "leave", "quit", "przestal*");

    /// <summary>"How many".</summary>
    public static readonly CueSet Count = new(
        "ile", "ilu", "iloma", "how many", "liczba", "liczbe", "liczby", "number", "count", "policz*", "ilosc*");

    /// <summary>What the city did.</summary>
    public static readonly CueSet Activity = new(
        "robil*", "robi", "zrobil*", "robiono", "dzial*", "aktywn*", "uczestnicz*", "udzial*", "spotkan*", "konferenc*",
        "projekt*", "wydarzen*", "w ramach", "inicjatyw*", "wspolprac*", "activit*", "doing", "what did", "events",
        "meeting*", "conferenc*", "project*", "particip*", "took part", "cooperat*", "zorganizowa*", "realizowa*");

    /// <summary>Membership vocabulary.</summary>
    public static readonly CueSet Membership = new(
        "nalez*", "czlon*", "member*", "belong*", "organizac*", "organisation*", "organization*", "zrzesz*", "sieci",
        "siec", "networks", "stowarzyszen*", "platform*");

    /// <summary>Asking for an enumeration.</summary>
    /// <summary>Words that make a question about the city's own memberships even with other words around.</summary>
    public static readonly CueSet StrongMembership = new("nalez*", "czlon*", "member*", "belong*");

    public static readonly CueSet List = new(
        "jakie", "jakich", "ktore", "ktorych", "lista", "liste", "list*", "wymien*", "wszystk*", "pokaz*", "which", "what",
        "show", "all", "podaj");

    /// <summary>"Now".</summary>
    public static readonly CueSet Now = new(
        "teraz", "obecnie", "aktualnie", "dzis*", "now", "currently", "current", "today", "najnowsz*", "latest",
        "w ostatnim", "ostatni raport", "most recent", "at present");

    /// <summary>Scope: international.</summary>
    public static readonly CueSet International = new(
        "miedzynarod*", "zagranic*", "international*", "foreign", "europejsk*", "swiatow*", "abroad", "european");

    /// <summary>Scope: national.</summary>
    public static readonly CueSet National = new(
        "krajow*", "polsk*", "samorzad*", "national*", "domestic", "polish", "ogolnopolsk*", "local government*");

    /// <summary>Ranges of years: "między 2017 a 2023", "between".</summary>
    public static readonly CueSet Range = new("miedzy", "between", "pomiedzy", "od", "from");

    /// <summary>Words that mark an English question.</summary>
    public static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "the", "of", "does", "did", "which", "what", "how", "many", "member", "members",
        "membership", "memberships", "belong", "belongs", "join", "joined", "when", "organisations", "organizations",
        "organisation", "organization", "international", "national", "city", "list", "show", "compare", "between",
        "and", "change", "changed", "now", "currently", "year", "activities", "with", "for", "has", "have", "been",
        "in", "there", "tell", "me", "about", "who", "its", "part", "please", "since", "many", "network", "any", "where", "help", "hello", "hi", "hey", "did", "do", "belonged",
    };

    /// <summary>Words that mark a Polish question.</summary>
    public static readonly HashSet<string> Polish = new(StringComparer.Ordinal)
    {
        "czy", "jest", "jakie", "jakich", "ktorych", "ktore", "ile", "w", "we", "od", "kiedy", "co", "nalezy", "nalezal",
        "nalezala", "nalezalo", "czlonkiem", "organizacji", "organizacje", "organizacjach", "miasto", "miasta", "roku",
        "r", "sie", "byl", "bylo", "byla", "jak", "przystapil", "przystapilo", "robil", "robilo", "oraz", "lub", "teraz",
        "obecnie", "krajowe", "miedzynarodowe", "wymien", "pokaz", "poznan", "poznania", "poznaniu", "z", "ze", "dla",
        "jaki", "jaka", "gdzie", "mial", "miala", "zmienilo", "zmiany", "czym", "tym", "sa", "byly", "podaj", "prosze",
    };

    /// <summary>Function words of Polish, English and the French of some names; never content.</summary>
    /// <summary>Question words and auxiliaries a detail answer's sentence need not contain.</summary>
    public static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "czy", "ile", "ilu", "iloma", "kiedy", "gdzie", "kto", "jaki", "jaka", "jakie", "jakich", "jakim", "ktory", "ktora",
        "ktore", "ktorych", "ktorzy", "ktorym", "ktorej", "jak", "co", "czego", "czym", "sie", "jest", "sa", "byl", "byla", "bylo",
        "byly", "by", "how", "many", "much", "what", "which", "who", "whom", "when", "where", "is", "was", "were", "are", "did",
        "does", "do", "has", "have", "had", "been", "there", "r", "rok", "roku", "year", "wedlug", "according", "raporcie", "raportu",
    };

    /// <summary>Verbs and nouns that frame a detail question ("ile wyniosły", "jak zmieniła się liczba"): weak evidence for a sentence.</summary>
    public static readonly HashSet<string> FrameVerbs = new(StringComparer.Ordinal)
    {
        "wyniosl", "wyniosla", "wynioslo", "wyniosly", "wynosil", "wynosila", "wynosilo", "wynosily", "liczyl", "liczyla", "liczylo",
        "zmienil", "zmienila", "zmienilo", "zmienily", "zmiana", "zmiany", "miedzy", "pomiedzy", "porownaniu", "liczba", "liczby",
        "liczbe", "vs", "change", "changed", "between", "number", "total", "amount", "wiecej", "mniej", "spadla", "wzrosla", "wzrosl",
    };

    public static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "i", "w", "we", "z", "ze", "do", "na", "o", "od", "po", "za", "dla", "pod", "nad", "przy", "u", "oraz", "a", "ds",
        "the", "of", "and", "for", "in", "on", "to", "a", "an", "at", "by", "de", "la", "le", "et", "du", "des", "der",
        "die", "und", "nr", "im", "r", "rok", "roku",
    };
}
