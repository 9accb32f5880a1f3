namespace PoznanAsk.Answering.Questions;

/// <summary>What kind of thing a question's question word asks for; it picks the answer sentence.</summary>
internal enum AskedFor
{
    /// <summary>No question word ("budżet 2020 dochody"): the sentence that matches best.</summary>
    Anything,

    /// <summary>"ile", "ilu", "how many", "jaki odsetek": a number.</summary>
    Number,

    /// <summary>"kiedy", "w którym roku", "when": a date or year.</summary>
    Time,

    /// <summary>"gdzie", "w jakim mieście", "where": a place.</summary>
    Place,

    /// <summary>"kto", "who", "jak się nazywa": a person or body.</summary>
    Person,

    /// <summary>"jaki", "który", "what", "which": a name.</summary>
    Name,

    /// <summary>"czy", "is", "did": a yes/no verdict.</summary>
    YesNo,

    /// <summary>"jak", "czego", "na czym", "w jaki sposób": a description.</summary>
    Description,
}

/// <summary>Reads <see cref="AskedFor"/> from a question's words (folded cues, most specific first).</summary>
internal static class AskedForCues
{
    private static readonly (CueSet Cues, AskedFor Asked)[] Order =
    [
        (new CueSet("o ile", "jaki odsetek", "jaki procent", "jaka czesc", "jaki udzial", "what share", "what percentage", "what proportion", "how much", "how many", "by how many", "jaka kwot*", "ile", "ilu", "iloma", "ilosc*", "liczba", "liczbe", "number of"), AskedFor.Number),
        (new CueSet("w ktorym roku", "ktorego roku", "od kiedy", "od ktorego roku", "kiedy", "when", "what year", "which year", "since when", "in what year"), AskedFor.Time),
        (new CueSet("gdzie", "where", "w jakim miescie", "w ktorym miescie", "in which city", "in what city", "dokad", "skad"), AskedFor.Place),
        (new CueSet("kto", "who", "whom", "jak nazywa*", "jak sie nazywa*", "what is the name", "what was the name", "czyj*"), AskedFor.Person),
        (new CueSet("w jaki sposob", "jak", "czego", "na czym", "czym", "o czym", "co", "how", "what did", "what was discussed"), AskedFor.Description),
        (new CueSet("jaki", "jaka", "jakie", "jakich", "jakim", "ktory", "ktora", "ktore", "ktorych", "ktorzy", "ktorym", "what", "which", "wymien*", "podaj"), AskedFor.Name),
    ];

    /// <summary>The kind of thing asked for; "czy"/"is" first makes it <see cref="AskedFor.YesNo"/>.</summary>
    public static AskedFor Of(IReadOnlyList<Word> words, IReadOnlySet<int> masked)
    {
        if (words.Count == 0)
        {
            return AskedFor.Anything;
        }

        // ("do" is also the Polish "do": "Do ilu organizacji…?" is not a yes/no question.)
        if (words[0].Folded is "czy" or "is" or "was" or "were" or "are" or "did" or "does" || (words[0].Folded is "do" or "has" or "have" && words.Count > 1 && words[1].Folded is "you" or "the" or "poznan" or "city"))
        {
            return AskedFor.YesNo;
        }

        // The earliest question word decides ("Jak nazywa się…" is a name, "Jak zmieniła się…" a description).
        var best = (Position: int.MaxValue, Asked: AskedFor.Anything);
        foreach (var (cues, asked) in Order)
        {
            foreach (var p in cues.Positions(words, masked))
            {
                if (p < best.Position)
                {
                    best = (p, asked);
                }
            }
        }

        return best.Asked;
    }
}
