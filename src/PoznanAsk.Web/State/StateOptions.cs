using System.ComponentModel.DataAnnotations;

namespace PoznanAsk.Web.State;

/// <summary>
/// Where the conversation state is kept (configuration section <c>State</c>): Direct Line conversations and their
/// watermarks, conversation references, welcome marks, feedback and follow-up context. Validated at start by
/// <see cref="StateOptionsValidator"/>.
/// </summary>
public sealed class StateOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "State";

    /// <summary><see cref="StateKind.Sqlite"/> (default: one instance, a file in the data folder) or
    /// <see cref="StateKind.Redis"/> (replicas behind one proxy share it).</summary>
    public StateKind Kind { get; set; } = StateKind.Sqlite;

    /// <summary>The Redis connection, used when <see cref="Kind"/> is <see cref="StateKind.Redis"/>.</summary>
    public RedisStateOptions Redis { get; set; } = new();
}

/// <summary>The Redis connection of the shared state store (section <c>State:Redis</c>).</summary>
public sealed class RedisStateOptions
{
    /// <summary>Default <see cref="KeyPrefix"/>.</summary>
    public const string DefaultKeyPrefix = "poznanask:";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>redis.internal:6379,password=…,ssl=true</c>.
    /// Required with <see cref="StateKind.Redis"/>. Never logged (it may hold the password).</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key this host writes, so one Redis can hold several deployments. Default <c>poznanask:</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    [MaxLength(64)]
    public string KeyPrefix { get; set; } = DefaultKeyPrefix;

    /// <summary>How long to wait for Redis to connect, answer a command or a ping, in milliseconds. Default 5000.</summary>
    [Range(100, 60_000)]
    public int TimeoutMs { get; set; } = 5000;
}
