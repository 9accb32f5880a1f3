namespace PoznanAsk.Knowledge.Registry;

/// <summary>One line of the curated alias file: <see cref="Alias"/> is the same organisation as <see cref="Canonical"/>.</summary>
/// <param name="Alias">A name (e.g. the old name before a rename).</param>
/// <param name="Canonical">The name to show for the organisation, when the reports write it.</param>
/// <param name="Reason">Why (a rename the text cannot reveal, with its source).</param>
/// <param name="Line">Line number in the file, for explanations and errors.</param>
public sealed record CuratedAlias(string Alias, string Canonical, string Reason, int Line);
