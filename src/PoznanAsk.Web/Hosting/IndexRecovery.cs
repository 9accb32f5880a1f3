using System.Globalization;
using PoznanAsk.Answering;
using PoznanAsk.Knowledge;
using PoznanAsk.Answering.Service;
using PoznanAsk.Web.Health;

namespace PoznanAsk.Web.Hosting;

/// <summary>
/// Opens the engine; when the index on disk is damaged (a flipped byte, a truncated file) the host does not exit:
/// it says so in the log (one line), reports readiness 503 with the reason while it rebuilds the index from the
/// reports into a fresh folder, moves the damaged folder aside (<c>&lt;index&gt;.damaged-&lt;time&gt;</c>, kept for
/// inspection), swaps the fresh one in and serves from it. Kestrel is already listening while this runs
/// (the engine opens in a hosted service after the server's), so liveness answers and readiness tells why not yet.
/// A read-only host (<c>PoznanAsk:IndexReadOnly</c>, replicas sharing one folder) never rebuilds: the damage goes
/// to <see cref="EngineHost"/>, which serves readiness 503 and tries again.
/// </summary>
internal static class IndexRecovery
{
    public static PoznanAskEngine Open(EngineOptions options, IndexReadiness readiness, ILogger logger, TimeProvider time)
    {
        try
        {
            return PoznanAskEngine.Open(options);
        }
        catch (AnsweringException ex) when (options.Mode != IndexMode.ReadOnly && options.IndexPath is { } index && IsDamage(ex) && Directory.Exists(options.ReportsPath))
        {
            var reason = ex.Message;
            logger.LogError("The index at {IndexPath} is damaged ({Reason}); rebuilding it from the reports in {ReportsPath}", index, reason, options.ReportsPath);
            readiness.MarkNotReady($"index damaged ({reason}); rebuilding from the reports");
            var stamp = time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            var fresh = $"{index.TrimEnd(Path.DirectorySeparatorChar)}.rebuild-{stamp}";
            var damaged = $"{index.TrimEnd(Path.DirectorySeparatorChar)}.damaged-{stamp}";
            options.IndexPath = fresh;
            try
            {
                // Built and committed in the fresh folder; closed before the swap.
                PoznanAskEngine.Open(options).Dispose();
            }
            finally
            {
                options.IndexPath = index;
            }

            Directory.Move(index, damaged);
            Directory.Move(fresh, index);
            var engine = PoznanAskEngine.Open(options);
            logger.LogWarning("The index was rebuilt from the reports and swapped in; the damaged copy is kept at {DamagedPath}", damaged);
            readiness.MarkReady($"index rebuilt from the reports after damage ({reason})");
            return engine;
        }
    }

    /// <summary>True when the failure is a damaged index file (not a locked index, not an unreadable report).</summary>
    internal static bool IsDamage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is IndexCorruptException)
            {
                return true;
            }
        }

        return false;
    }
}
