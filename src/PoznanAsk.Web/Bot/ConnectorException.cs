namespace PoznanAsk.Web.Bot;

/// <summary>A Connector API or token call failed for good (after retries, or with a status never retried).</summary>
internal sealed class ConnectorException(string message, int statusCode) : Exception(message)
{
    /// <summary>The HTTP status, 0 for a network failure.</summary>
    public int StatusCode { get; } = statusCode;
}
