using System.Text.Json;

namespace PoznanAsk.Web.Bot;

/// <summary>Serialized size of an activity, for the channel size limits.</summary>
internal static class WireSize
{
    /// <summary>A cheap upper bound (UTF-8 ≤ 3 bytes per char, plus fixed overheads): only replies that
    /// may exceed the limit are serialized to be measured.</summary>
    public static bool MayExceed(Activity activity, IReadOnlyList<NumberedCitation> citations, int limit)
    {
        long chars = (activity.Text?.Length ?? 0) + 2048;
        foreach (var (_, citation) in citations)
        {
            chars += (2 * citation.Quote.Length) + citation.Section.Length + citation.Source.Length + (citation.Url?.Length ?? 0) + 1024;
        }

        return chars * 3 > limit;
    }

    public static int Of(Activity activity) =>
        JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity).Length;
}
