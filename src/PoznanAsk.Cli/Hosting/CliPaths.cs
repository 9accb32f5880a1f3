namespace PoznanAsk.Cli.Hosting;

/// <summary>
/// The folders the CLI works with, resolved to absolute paths. Relative paths in
/// <c>appsettings.json</c> are relative to the folder holding it (the content root); paths given on
/// the command line are relative to the current directory.
/// </summary>
/// <param name="ContentRoot">The folder holding <c>appsettings.json</c>.</param>
/// <param name="ReportsPath">The reports folder (<c>PoznanAsk:ReportsPath</c>, <c>--reports</c>).</param>
/// <param name="IndexPath">The index folder (<c>PoznanAsk:IndexPath</c>, <c>--index</c>).</param>
/// <param name="ResourcesPath">Downloaded analysis resources (<c>PoznanAsk:ResourcesPath</c>).</param>
internal sealed record CliPaths(string ContentRoot, string ReportsPath, string IndexPath, string ResourcesPath);
