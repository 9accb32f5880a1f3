namespace PoznanAsk.Web.State;

/// <summary>The conversation-state store cannot be reached (Redis down or too slow): the request is answered 503
/// with a retry hint, readiness turns unhealthy, and nothing is half-written (every change is one script).</summary>
internal sealed class StateStoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
