namespace PoznanAsk.Search.Querying.Parsing;

/// <summary>Lexical tokens of Lucene's classic query syntax.</summary>
internal enum TokenKind
{
    Term,
    Quoted,
    LParen,
    RParen,
    Colon,
    Caret,
    Tilde,
    Plus,
    Minus,
    Not,
    And,
    Or,
    RangeStart,
    RangeEnd,
    End,
}
