namespace PoznanAsk.Search.Querying.Parsing;

/// <summary>
/// One lexical token. For a term, <see cref="Text"/> has escapes resolved and <see cref="Raw"/> keeps
/// them (to tell escaped from real wildcards); for ^ and ~ it holds the number that followed (or empty).
/// </summary>
internal readonly record struct QueryToken(TokenKind Kind, int Position, int Length, string Text, string Raw);
