using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using PoznanAsk.Web.Options;

namespace PoznanAsk.Web.Hosting;

/// <summary>
/// <c>X-Forwarded-*</c> from the configured proxies only (<see cref="ProxyOptions"/>): behind the TLS proxy the
/// request is https (so Direct Line stream URLs are <c>wss://</c>), its client is the real visitor (so rate limits
/// are per visitor, not one bucket for the proxy) and a forwarded host must be one of <c>AllowedHosts</c>.
/// </summary>
internal static class ForwardedHeaders
{
    public static IServiceCollection AddPoznanAskForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.SectionName).ValidateDataAnnotations()
            .Validate(p => p.KnownProxies.All(a => IPAddress.TryParse(a, out _)), "Proxy:KnownProxies must list IP addresses (e.g. 10.0.0.5).")
            .Validate(p => p.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "Proxy:KnownNetworks must list networks in CIDR notation (e.g. 10.0.0.0/24).")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>, IOptions<HostFilteringOptions>>((forwarded, proxy, hosts) =>
        {
            forwarded.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedHost;
            forwarded.ForwardLimit = proxy.Value.ForwardLimit;
            if (proxy.Value.KnownProxies.Count > 0 || proxy.Value.KnownNetworks.Count > 0)
            {
                forwarded.KnownProxies.Clear();
                forwarded.KnownIPNetworks.Clear();
                foreach (var address in proxy.Value.KnownProxies)
                {
                    forwarded.KnownProxies.Add(IPAddress.Parse(address));
                }

                foreach (var network in proxy.Value.KnownNetworks)
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            }
            // Otherwise ASP.NET Core's defaults: 127.0.0.0/8 and ::1.

            // A forwarded Host passes only when it is one of AllowedHosts (when those are restricted).
            var allowed = hosts.Value.AllowedHosts.Where(h => h != "*").ToList();
            forwarded.AllowedHosts = allowed;
        });
        return services;
    }
}
