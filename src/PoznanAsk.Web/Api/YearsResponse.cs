namespace PoznanAsk.Web.Api;

/// <summary>The report years the service covers.</summary>
/// <param name="Years">Ascending.</param>
public sealed record YearsResponse(IReadOnlyList<int> Years);
