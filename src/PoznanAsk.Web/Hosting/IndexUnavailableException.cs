namespace PoznanAsk.Web.Hosting;

/// <summary>No index snapshot can be served yet (a read-only replica whose index is damaged and that keeps retrying):
/// requests that need it are answered 503 with a retry hint and the reason, readiness says the same.</summary>
internal sealed class IndexUnavailableException(string message) : Exception(message);
