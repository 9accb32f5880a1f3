namespace PoznanAsk.Analysis;

/// <summary>
/// One analysed token: the indexed term, where the original word lies in the input text
/// (UTF-16 offsets, end exclusive), and how far it moves the position counter (1 normally,
/// more after removed stop words, 0 for a synonym stacked on the previous token).
/// </summary>
/// <param name="Term">The term as indexed (lower-cased, stemmed, folded… as the chain decides).</param>
/// <param name="Start">Start offset of the original word in the analysed text.</param>
/// <param name="End">End offset (exclusive) of the original word in the analysed text.</param>
/// <param name="PositionIncrement">Positions advanced by this token (0 = same position as the previous).</param>
/// <param name="Type">The tokenizer's class for the word.</param>
public readonly record struct Token(string Term, int Start, int End, int PositionIncrement, TokenType Type);
