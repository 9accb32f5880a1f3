using System.Net.Mime;
using Microsoft.Extensions.Options;
using PoznanAsk.Web.Hosting;
using PoznanAsk.Web.Options;
using PoznanAsk.Web.State;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// <c>POST /api/messages</c>, in the order of bot-protocol §2.1: content type, authentication (before
/// the body is parsed), body, claim-vs-activity checks, dispatch. Normal delivery is acknowledged with
/// 200 once the turn is queued and answered through the Connector API; <c>expectReplies</c> is answered in
/// the response; <c>invoke</c> gets its handler's status.
/// </summary>
internal sealed class MessagesEndpoint(
    BotAuthenticator authenticator,
    TurnProcessor processor,
    TurnQueue queue,
    ConnectorClient connector,
    IConversationStateStore state,
    InvokeHandler invokes,
    IOptions<LimitsOptions> limitsOptions,
    IOptions<BotOptions> botOptions,
    ILogger<MessagesEndpoint> logger)
{
    private readonly LimitsOptions _limits = limitsOptions.Value;
    private readonly BotOptions _bot = botOptions.Value;

    public static IEndpointConventionBuilder Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/messages", (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context))
            .WithName("BotMessages")
            .WithTags("Bot")
            .WithSummary("Bot Framework activities from Azure Bot Service (Teams) or any Bot Framework channel.")
            .ExcludeFromDescription();

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsJson(request.ContentType))
        {
            return Problems.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Activities must be sent as application/json.", "BadArgument");
        }

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization, context.RequestAborted);
        if (!auth.Succeeded)
        {
            logger.LogWarning("Rejected an activity: {Reason}", auth.Error);
            return Unauthorized(context, auth.Error!);
        }

        var body = await JsonBody.ReadAsync(request, BotJsonContext.Default.Activity, _limits.MaxRequestBodyBytes, context.RequestAborted);
        if (body.Problem() is { } bad)
        {
            return bad;
        }

        var activity = body.Value!;
        if (ActivityValidator.Validate(activity) is { } invalid)
        {
            return Problems.Create(StatusCodes.Status400BadRequest, "Malformed activity", invalid, "BadArgument");
        }

        if (auth.CheckActivity(activity) is { } mismatch)
        {
            logger.LogWarning("Rejected an activity from {ChannelId}: {Reason}", activity.ChannelId, mismatch);
            return Unauthorized(context, mismatch);
        }

        var saving = state.SaveReferenceAsync(ConversationReference.From(activity), context.RequestAborted);
        if (activity.Type != "invoke" && string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase))
        {
            // The reference is written while the turn is answered (queued first, so it precedes the turn's own writes):
            // both commit in one group commit instead of one after the other, and the reply still waits for both.
            var buffer = new BufferedReplySink();
            try
            {
                await processor.ProcessAsync(activity, buffer, context.RequestAborted);
            }
            finally
            {
                await saving;
            }

            return TypedResults.Json(new ExpectedReplies { Activities = buffer.Activities }, BotJsonContext.Wire, MediaTypeNames.Application.Json);
        }

        await saving;
        if (activity.Type == "invoke")
        {
            return TypedResults.StatusCode(await invokes.HandleAsync(activity, context.RequestAborted));
        }

        if (!TurnProcessor.Replies(activity))
        {
            await processor.ProcessAsync(activity, NoReplySink.Instance, context.RequestAborted);
            return TypedResults.Ok();
        }

        if (auth.Anonymous && !OutboundAllowed(activity.ServiceUrl!, _bot))
        {
            logger.LogWarning("Anonymous mode: not replying to serviceUrl host {Host}", new Uri(activity.ServiceUrl!).Host);
            return Problems.Create(StatusCodes.Status403Forbidden, "serviceUrl not allowed",
                "Without an app id the bot replies only to loopback or Bot:AnonymousServiceUrlHosts service URLs.", "Forbidden");
        }

        var sink = new ConnectorReplySink(connector, activity.ServiceUrl!, authenticate: !auth.Anonymous);
        if (!queue.TryEnqueue(ct => RunAsync(activity, sink, ct)))
        {
            context.Response.Headers.RetryAfter = "5";
            return Problems.Create(StatusCodes.Status503ServiceUnavailable, "Busy", "Too many questions are waiting; try again shortly.", "ServiceUnavailable");
        }

        return TypedResults.Ok();
    }

    private async Task RunAsync(Activity activity, IReplySink sink, CancellationToken cancellationToken)
    {
        try
        {
            await processor.ProcessAsync(activity, sink, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            logger.LogError("Reply to conversation {ConversationId} on {ChannelId} not delivered: {Reason}", activity.Conversation?.Id, activity.ChannelId, ex.Message);
        }
    }

    private static IResult Unauthorized(HttpContext context, string reason)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Problems.Create(StatusCodes.Status401Unauthorized, "Unauthorized", reason, "Unauthorized");
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));

    private static bool OutboundAllowed(string serviceUrl, BotOptions options)
    {
        var uri = new Uri(serviceUrl);
        return uri.IsLoopback || options.AnonymousServiceUrlHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase);
    }
}
