using System.ComponentModel.DataAnnotations;

namespace PoznanAsk.Answering.Service;

/// <summary>
/// Results kept per index snapshot (<see cref="SnapshotCache{TKey, TValue}"/>): answers keyed by the question, its
/// locale and the conversation's follow-up context; searches keyed by the query, filters and size. A new
/// snapshot (re-index, refresh) starts empty, so a cached result is always the one the current index gives.
/// </summary>
public sealed class CacheOptions
{
    /// <summary>The configuration section (<c>Cache</c>).</summary>
    public const string SectionName = "Cache";

    /// <summary>Default of <see cref="AnswerEntries"/> and <see cref="SearchEntries"/>.</summary>
    public const int DefaultEntries = 1024;

    /// <summary>Answers kept per generation (at most twice this many in memory, a few KB each; default 1024; 0 turns the cache off).</summary>
    [Range(0, 100_000)]
    public int AnswerEntries { get; set; } = DefaultEntries;

    /// <summary>Search results kept per generation (at most twice this many; default 1024; 0 turns the cache off).</summary>
    [Range(0, 100_000)]
    public int SearchEntries { get; set; } = DefaultEntries;

    /// <summary>No caching: every answer and search is computed (tests of the engine, benchmarks of the miss path).</summary>
    public static CacheOptions Off => new() { AnswerEntries = 0, SearchEntries = 0 };
}
