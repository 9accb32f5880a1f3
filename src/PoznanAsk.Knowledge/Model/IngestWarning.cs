namespace PoznanAsk.Knowledge.Model;

/// <summary>A data-quality or input problem found while ingesting; shown by <c>poznanask index</c>.</summary>
/// <param name="Source">The file concerned.</param>
/// <param name="Code">A stable machine-readable code (e.g. <c>count-mismatch</c>, <c>year-ambiguous</c>, <c>encoding</c>).</param>
/// <param name="Message">A plain Polish or English sentence saying what is wrong and what was done.</param>
public sealed record IngestWarning(string Source, string Code, string Message);
