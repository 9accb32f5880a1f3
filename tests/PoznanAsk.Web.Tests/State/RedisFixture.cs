using Microsoft.Extensions.Logging.Abstractions;
using PoznanAsk.Testing;
using PoznanAsk.Web.State;

namespace PoznanAsk.Web.Tests.State;

/// <summary>One real redis-server per test class, started on first use; every store gets a key prefix of its own.</summary>
public sealed class RedisFixture : IDisposable
{
    private readonly Lazy<RedisServer> _server = new(RedisServer.Start);

    internal RedisServer Server => _server.Value;

    /// <summary>A connection to the fixture's server under <paramref name="keyPrefix"/>.</summary>
    internal RedisConnection Connect(string keyPrefix, string? configuration = null, int timeoutMs = 5000) =>
        new(Microsoft.Extensions.Options.Options.Create(new StateOptions
        {
            Kind = StateKind.Redis,
            Redis = new RedisStateOptions { Configuration = configuration ?? Server.Configuration, KeyPrefix = keyPrefix, TimeoutMs = timeoutMs },
        }), NullLogger<RedisConnection>.Instance);

    public void Dispose()
    {
        if (_server.IsValueCreated)
        {
            _server.Value.Dispose();
        }
    }
}
