using System.Globalization;
using System.Text;
using PoznanAsk.Web.State;

namespace PoznanAsk.Web.DirectLine;

/// <summary>
/// <c>{"activities": […], "watermark": "…"}</c>, a poll result or a WebSocket frame, written from the stored
/// activity JSON as it is (no parse and re-serialise per poll).
/// </summary>
internal static class ActivitySetJson
{
    public static byte[] Utf8(ActivityPage page)
    {
        var sb = new StringBuilder("{\"activities\":[");
        for (var i = 0; i < page.Activities.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(page.Activities[i]);
        }

        sb.Append("],\"watermark\":\"").Append(page.Watermark.ToString(CultureInfo.InvariantCulture)).Append("\"}");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    public static IResult Result(ActivityPage page) => TypedResults.Bytes(Utf8(page), "application/json; charset=utf-8");
}
