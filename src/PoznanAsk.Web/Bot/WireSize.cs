using System.Text.Json;

namespace PoznanAsk.Web.Bot;

/// <summary>Serialized size of an activity, for the channel size limits.</summary>
internal static class WireSize
{
    public static int Of(Activity activity) =>
        JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity).Length;
}
