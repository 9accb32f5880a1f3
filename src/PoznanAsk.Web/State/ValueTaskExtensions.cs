namespace PoznanAsk.Web.State;

internal static class ValueTaskExtensions
{
    /// <summary>Drops a write's result.</summary>
    public static async ValueTask AsNonGeneric<T>(this ValueTask<T> task) => await task.ConfigureAwait(false);
}
