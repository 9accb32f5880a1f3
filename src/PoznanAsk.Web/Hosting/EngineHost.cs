using PoznanAsk.Answering;
using PoznanAsk.Answering.Service;
using PoznanAsk.Web.Health;

namespace PoznanAsk.Web.Hosting;

/// <summary>
/// Owns the answering engine of the host: opens it on first use (<see cref="IndexRecovery"/>), then, on every
/// <see cref="Tick"/> of <see cref="IndexRefresher"/>, picks up a newer commit of the index (one <c>poznanask index</c>
/// wrote) and swaps to it — requests in flight finish on the snapshot they started with. A newer commit that cannot
/// be read (damaged) is logged and the last good snapshot goes on serving. A read-only host whose index is damaged
/// at start does not stop: readiness is 503 with the reason, requests that need the index get 503
/// (<see cref="IndexUnavailableException"/>), and every tick tries again — it never rebuilds the shared folder.
/// </summary>
internal sealed class EngineHost(Func<EngineOptions> options, IndexReadiness readiness, TimeProvider time, ILogger<EngineHost> logger) : IDisposable
{
    private readonly Lock _gate = new();
    private volatile PoznanAskEngine? _engine;
    private bool _requested;
    private string? _lastFailure;

    /// <summary>The engine; opened on the first call.</summary>
    /// <exception cref="IndexUnavailableException">A read-only host's index is damaged (retried on every tick).</exception>
    /// <exception cref="AnsweringException">The engine cannot be opened for any other reason (the host stops).</exception>
    public PoznanAskEngine Engine
    {
        get
        {
            if (_engine is { } engine)
            {
                return engine;
            }

            lock (_gate)
            {
                if (!_requested)
                {
                    _requested = true;
                    TryOpen(retry: false);
                }
            }

            return _engine ?? throw new IndexUnavailableException(readiness.Status);
        }
    }

    /// <summary>One refresh: retries a failed open, or swaps to a newer commit. Never throws for index problems.</summary>
    public void Tick()
    {
        lock (_gate)
        {
            if (!_requested)
            {
                return; // Tests that fake the engine never ask for it.
            }

            if (_engine is null)
            {
                TryOpen(retry: true);
                return;
            }

            try
            {
                if (_engine.Refresh())
                {
                    _lastFailure = null;
                    readiness.MarkReady(Loaded(_engine, $"; commit picked up at {time.GetUtcNow():yyyy-MM-dd HH:mm:ss} UTC"));
                    logger.LogInformation("A new index commit is being served: {Status}", readiness.Status);
                }
            }
            catch (AnsweringException ex)
            {
                readiness.MarkReady(Loaded(_engine, $"; a newer commit could not be opened ({ex.Message}): serving the last good one"));
                Failed(ex.Message, "A newer commit of the index could not be opened ({Reason}); serving the last good snapshot");
            }
        }
    }

    public void Dispose() => _engine?.Dispose();

    private void TryOpen(bool retry)
    {
        var opened = options();
        try
        {
            var engine = IndexRecovery.Open(opened, readiness, logger, time);
            var rebuilt = readiness.IsReady ? " (" + readiness.Status + ")" : string.Empty;
            readiness.MarkReady(Loaded(engine, rebuilt));
            _engine = engine;
            if (_lastFailure is not null)
            {
                logger.LogWarning("The index at {IndexPath} opened: {Status}", opened.IndexPath, readiness.Status);
                _lastFailure = null;
            }
        }
        catch (AnsweringException ex) when (opened.Mode == IndexMode.ReadOnly && (retry || IndexRecovery.IsDamage(ex)))
        {
            // Replicas share the folder: one of them rebuilding or swapping it under the others would be worse than waiting.
            readiness.MarkNotReady($"index damaged ({ex.Message}); this host only reads it: rebuild it with `poznanask index`, retrying");
            Failed(ex.Message, $"The index at {opened.IndexPath} is damaged ({{Reason}}); this host only reads it (PoznanAsk:IndexReadOnly): rebuild it with `poznanask index` into a fresh folder and swap it in; readiness is 503 until then, retrying");
        }
        catch (AnsweringException ex)
        {
            readiness.MarkNotReady(ex.Message);
            throw;
        }
    }

    // One line per distinct failure, not one per tick.
    private void Failed(string reason, string message)
    {
        if (reason != _lastFailure)
        {
#pragma warning disable CA2254 // The template is one of two fixed texts.
            logger.LogError(message, reason);
#pragma warning restore CA2254
            _lastFailure = reason;
        }
    }

    private static string Loaded(PoznanAskEngine engine, string suffix)
    {
        var k = engine.Knowledge;
        return $"index loaded: {k.Reports.Count} reports, {k.Passages.Count} passages, {k.Memberships.Count} membership facts{suffix}";
    }
}
