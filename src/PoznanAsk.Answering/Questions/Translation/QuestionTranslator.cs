namespace PoznanAsk.Answering.Questions.Translation;

/// <summary>
/// Gives an English question's words the words of the Polish reports, so that "budget expenditures"
/// finds "wydatki budżetu" and "population" finds "ludność". Each word is looked up in the
/// English–Polish dictionary under its possible dictionary forms (<see cref="EnglishForms"/>); of its
/// translations, those the reports use (<see cref="IVocabulary.Knows"/>) become the word's
/// <see cref="Word.Alternatives"/>, in the dictionary's order; a word without them may be a cognate
/// spelt the Polish way (<see cref="Cognates"/>: "interpellations" → "interpelacji"). The word itself stays as typed, so cue
/// words still frame the question ("member" asks about membership) and an English report page still
/// matches it; capitalised words are translated too ("Council" → "rada"), as
/// alternatives beside the name as typed. Never translated: organisation names the registry links,
/// years, numbers, function and question words, and words that translate to the city itself
/// ("city" → "miasto").
/// Immutable and thread-safe.
/// </summary>
internal sealed class QuestionTranslator
{
    /// <summary>At most this many Polish forms stand for one English word.</summary>
    public const int MaxForms = 4;

    private readonly FreeDict _dictionary;
    private readonly IVocabulary _vocabulary;

    /// <summary>Translates with <paramref name="dictionary"/> into the words <paramref name="vocabulary"/> knows.</summary>
    public QuestionTranslator(FreeDict dictionary, IVocabulary vocabulary)
    {
        _dictionary = dictionary;
        _vocabulary = vocabulary;
    }

    /// <summary>The words of an English question with their Polish forms; the words at <paramref name="keep"/> (names, years) stay as they are.</summary>
    public List<Word> Translate(IReadOnlyList<Word> words, IReadOnlySet<int> keep)
    {
        var result = new List<Word>(words.Count);
        foreach (var w in words)
        {
            result.Add(keep.Contains(w.Index) ? w : Translate(w));
        }

        return result;
    }

    private Word Translate(Word w)
    {
        if (w.IsNumber || w.Folded.Length < 3 || Lexicon.FunctionWords.Contains(w.Folded) || Lexicon.QuestionWords.Contains(w.Folded))
        {
            return w;
        }

        var known = new List<string>();
        foreach (var item in TranslationsOf(w.Text.ToLowerInvariant()))
        {
            foreach (var pw in WordSplitter.Split(item))
            {
                if (_vocabulary.IsSubject(pw.Folded))
                {
                    return w;
                }

                if (pw.Folded.Length >= 3 && !Lexicon.FunctionWords.Contains(pw.Folded) && pw.Folded != w.Folded
                    && !known.Contains(pw.Folded) && _vocabulary.Knows(pw.Folded))
                {
                    known.Add(pw.Folded);
                }
            }
        }

        if (known.Count == 0 && !_vocabulary.KnowsExactly(w.Folded))
        {
            // Not in the dictionary (or no translation the reports use): a word of Latin or Greek origin
            // may still be spelt the Polish way ("interpellations" → "interpelacji").
            foreach (var stem in Cognates.StemsOf(w.Folded))
            {
                known.AddRange(_vocabulary.StartingWith(stem, MaxForms).Where(f => !known.Contains(f)));
            }
        }

        return known.Count == 0 ? w : w with { Alternatives = [.. known.Take(MaxForms)] };
    }

    /// <summary>The translations of the first dictionary form of <paramref name="word"/> the dictionary has.</summary>
    private IReadOnlyList<string> TranslationsOf(string word)
    {
        foreach (var form in EnglishForms.Of(word))
        {
            var translations = _dictionary.Translations(form);
            if (translations.Count > 0)
            {
                return translations;
            }
        }

        return [];
    }
}
