using System.Net.WebSockets;
using PoznanAsk.Web.Bot;
using PoznanAsk.Web.Hosting;

namespace PoznanAsk.Web.DirectLine;

/// <summary>
/// The Direct Line WebSocket (bot-protocol §6.1 #8): the token travels in the URL (<c>?t=</c>); on connect
/// everything after the watermark is replayed (activities produced before the socket opened), then each
/// new activity is pushed as an ActivitySet frame. Client frames (directlinejs pings <c>""</c>) are ignored.
/// </summary>
internal static class DirectLineStream
{
    public static async Task<IResult> AcceptAsync(HttpContext context, string id, string? t, string? watermark, DirectLineTokens tokens, DirectLineStore store)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return Problems.Create(StatusCodes.Status400BadRequest, "WebSocket expected", "Open this URL as a WebSocket.", "BadArgument");
        }

        var token = await tokens.ValidateAsync(t);
        if (token is null || token.ConversationId != id)
        {
            return Problems.Create(StatusCodes.Status403Forbidden, "Token expired or invalid", "The stream token is missing, expired or not for this conversation.", "TokenExpired");
        }

        if (await store.FindAsync(id, context.RequestAborted) is not { } conversation)
        {
            return Problems.Create(StatusCodes.Status404NotFound, "Conversation not found", $"Conversation '{id}' does not exist or has expired.", "BadArgument");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var listener = conversation.Listen();
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, listener.Closed);
        var receiving = ReceiveAsync(socket, done);
        try
        {
            var sent = DirectLineEndpoints.ParseWatermark(watermark);
            while (!done.IsCancellationRequested)
            {
                var set = await conversation.SinceAsync(sent, done.Token);
                if (set.Activities.Count > 0)
                {
                    await socket.SendAsync(ActivitySetJson.Utf8(set), WebSocketMessageType.Text, true, done.Token);
                    sent = set.Watermark;
                }

                await listener.WaitAsync(DirectLineStore.ListenerPollInterval, store.Time, done.Token);
                if (await store.FindAsync(id, done.Token) is null)
                {
                    listener.Close("expired");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            conversation.Unlisten(listener);
            await CloseAsync(socket, listener.CloseReason);
            await done.CancelAsync();
            await receiving;
        }

        return TypedResults.Empty;
    }

    private static async Task ReceiveAsync(WebSocket socket, CancellationTokenSource done)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var message = await socket.ReceiveAsync(buffer, done.Token);
                if (message.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            await done.CancelAsync();
        }
    }

    private static async Task CloseAsync(WebSocket socket, string? reason)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(
                    reason is null ? WebSocketCloseStatus.NormalClosure : WebSocketCloseStatus.PolicyViolation, reason ?? "closed", timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
            }
        }
    }
}
