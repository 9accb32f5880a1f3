namespace PoznanAsk.Answering.Questions;

/// <summary>A word of a question or a name: its text, folded form and offsets (end exclusive).</summary>
/// <param name="Text">The word as written.</param>
/// <param name="Folded">Lower-cased, without diacritics.</param>
/// <param name="Start">Start offset in the text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Index">Ordinal of the word in the text.</param>
/// <param name="Alternatives">
/// Other folded forms that stand for the same word: the further Polish translations of an English
/// question word that the reports use (<see cref="Translation.QuestionTranslator"/>); null for most words.
/// </param>
internal readonly record struct Word(string Text, string Folded, int Start, int End, int Index, IReadOnlyList<string>? Alternatives = null)
{
    /// <summary>The folded form, then the alternatives.</summary>
    public IEnumerable<string> Forms => Alternatives is null ? [Folded] : [Folded, .. Alternatives];

    /// <summary>True when the word is written with an upper-case first letter.</summary>
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>True when every letter is upper case and there are at least two.</summary>
    public bool IsAllCaps => Text.Length >= 2 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>True when the word is all digits.</summary>
    public bool IsNumber => Text.All(char.IsAsciiDigit);
}
