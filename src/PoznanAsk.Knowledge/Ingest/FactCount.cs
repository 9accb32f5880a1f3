using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Knowledge.Ingest;

/// <summary>How many membership facts one year and scope have.</summary>
/// <param name="Year">Report year.</param>
/// <param name="Scope">International, national or unknown.</param>
/// <param name="Facts">Number of membership facts.</param>
public sealed record FactCount(int Year, MembershipScope Scope, int Facts);
