using PoznanAsk.Web.Bot;

namespace PoznanAsk.Web.DirectLine;

/// <summary><c>{"activities": […], "watermark": "…"}</c>: a poll result or a WebSocket frame.</summary>
internal sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);
