using System.ComponentModel.DataAnnotations;

namespace PoznanAsk.Web.Options;

/// <summary>
/// Request, rate and memory limits (configuration section <c>Limits</c>). Defaults suit one small
/// server; every cap exists so that memory stays bounded whatever clients do.
/// </summary>
public sealed class LimitsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Limits";

    /// <summary>Largest request body in bytes (Kestrel limit and our own readers). Default 256 KiB,
    /// the size real Direct Line accepts.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Longest URL (path and query, characters) answered with a ProblemDetails 414; Kestrel's own,
    /// bodiless limit is twice this. Default 8 KiB.</summary>
    [Range(256, 1024 * 1024)]
    public int MaxUrlBytes { get; set; } = 8 * 1024;

    /// <summary>Largest total of request headers answered with a ProblemDetails 431; Kestrel's own, bodiless
    /// limit is twice this. Default 32 KiB.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxHeaderBytes { get; set; } = 32 * 1024;

    /// <summary>A request body slower than <see cref="MinRequestBodyBytesPerSecond"/> after this many seconds is
    /// cut off with 408 (Kestrel's MinRequestBodyDataRate; more than 1). Default 5.</summary>
    [Range(2, 600)]
    public int RequestBodyGraceSeconds { get; set; } = 5;

    /// <summary>The slowest acceptable request body, bytes per second. Default 240.</summary>
    [Range(1, 1_000_000)]
    public int MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary>Requests per second per client address on API routes (token bucket refill); 0 disables
    /// rate limiting. Default 20.</summary>
    [Range(0, 1_000_000)]
    public int PermitsPerSecond { get; set; } = 20;

    /// <summary>Burst size of the per-client bucket. Default 100.</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 100;

    /// <summary>Web chat tokens per minute per client address. Default 30.</summary>
    [Range(1, 100_000)]
    public int TokensPerMinute { get; set; } = 30;

    /// <summary>Turns waiting to be answered before new ones are refused with 503. Default 1000.</summary>
    [Range(1, 1_000_000)]
    public int MaxQueuedTurns { get; set; } = 1000;

    /// <summary>Turns answered at the same time. Default 8.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentTurns { get; set; } = 8;

    /// <summary>Lifetime of a Direct Line token in minutes (directlinejs refreshes every 15). Default 30.</summary>
    [Range(16, 24 * 60)]
    public int DirectLineTokenMinutes { get; set; } = 30;

    /// <summary>A Direct Line conversation idle this long (minutes) is dropped. Default 30.</summary>
    [Range(1, 7 * 24 * 60)]
    public int DirectLineIdleMinutes { get; set; } = 30;

    /// <summary>Most Direct Line conversations kept; the least recently used goes first. Default 1000.</summary>
    [Range(1, 1_000_000)]
    public int MaxDirectLineConversations { get; set; } = 1000;

    /// <summary>Most activities kept per Direct Line conversation; older ones are dropped. Default 200.</summary>
    [Range(4, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 200;

    /// <summary>Largest activity a Direct Line client may post, in bytes. Default 64 KiB.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxDirectLineActivityBytes { get; set; } = 64 * 1024;

    /// <summary>Most conversation references, welcome marks and feedback entries remembered for
    /// <c>/api/messages</c> conversations. Default 10000.</summary>
    [Range(1, 10_000_000)]
    public int MaxBotConversations { get; set; } = 10_000;
}
