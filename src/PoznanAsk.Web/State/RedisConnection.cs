using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace PoznanAsk.Web.State;

/// <summary>
/// The host's one connection to Redis (StackExchange.Redis multiplexes every request over it). It does not abort
/// when Redis is down at start: the host comes up, readiness says why it is not ready, and the client reconnects
/// on its own. Logs name the endpoints, never the configuration string (it may hold the password).
/// </summary>
internal sealed class RedisConnection : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer;

    public RedisConnection(IOptions<StateOptions> options, ILogger<RedisConnection> logger)
    {
        var redis = options.Value.Redis;
        KeyPrefix = redis.KeyPrefix;
        _multiplexer = new Lazy<ConnectionMultiplexer>(() =>
        {
            var configuration = ConfigurationOptions.Parse(redis.Configuration!);
            configuration.AbortOnConnectFail = false;
            configuration.ConnectTimeout = redis.TimeoutMs;
            configuration.SyncTimeout = redis.TimeoutMs;
            configuration.AsyncTimeout = redis.TimeoutMs;
            configuration.ClientName ??= "poznanask-" + Environment.MachineName;
            Endpoints = string.Join(", ", configuration.EndPoints.Select(e => e.ToString()));
            var multiplexer = ConnectionMultiplexer.Connect(configuration);
            logger.LogInformation("Conversation state in Redis at {Endpoints} (keys {KeyPrefix}…){Connected}",
                Endpoints, KeyPrefix, multiplexer.IsConnected ? string.Empty : ": not connected yet, retrying");
            return multiplexer;
        });
    }

    /// <summary>The prefix of every key.</summary>
    public string KeyPrefix { get; }

    /// <summary>The configured endpoints, for messages.</summary>
    public string Endpoints { get; private set; } = string.Empty;

    /// <summary>The database (connects on first use).</summary>
    public IDatabase Database => _multiplexer.Value.GetDatabase();

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}
