namespace PoznanAsk.Web.Options;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c>, <c>X-Forwarded-Proto</c> and <c>X-Forwarded-Host</c> the host
/// believes (configuration section <c>Proxy</c>). A request from any other address keeps its own client address,
/// scheme and host, whatever headers it carries. Default: the loopback proxy the deployment guide describes
/// (127.0.0.1, ::1); listing proxies replaces that default. Forwarded hosts must also match <c>AllowedHosts</c>.
/// </summary>
public sealed class ProxyOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Proxy";

    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.5</c>. Empty (and no networks) = loopback only.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies in a row are unwrapped from <c>X-Forwarded-For</c>. Default 1.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;
}
