using System.Globalization;
using System.Net.Mime;
using Microsoft.Extensions.Options;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Web.Bot;
using PoznanAsk.Web.Hosting;
using PoznanAsk.Web.Options;

namespace PoznanAsk.Web.DirectLine;

/// <summary>
/// The Direct Line 3.0 subset that <c>botframework-directlinejs</c> and Web Chat use (bot-protocol §6),
/// served by the bot itself under <c>/v3/directline</c>, plus <c>POST /api/webchat/token</c> that hands the
/// page a short-lived token. Token problems are 403 (directlinejs reads that as an expired token), an
/// unknown conversation is 404.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";
    public const string BotId = "poznanask";
    public const string BotName = "PoznanAsk";

    public static void MapDirectLine(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/webchat/token", CreateTokenAsync)
            .WithTags("Web chat").WithSummary("A short-lived Direct Line token for the web page.")
            .RequireRateLimiting(RateLimits.TokenPolicy);

        var group = routes.MapGroup(BasePath).WithTags("Direct Line").ExcludeFromDescription().RequireRateLimiting(RateLimits.ApiPolicy);
        group.MapPost("/tokens/refresh", RefreshAsync);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{id}", ReconnectAsync);
        group.MapGet("/conversations/{id}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{id}/activities", PostActivityAsync);
        group.MapPost("/conversations/{id}/upload", () =>
            Problems.Create(StatusCodes.Status400BadRequest, "Uploads not supported", "PoznanAsk answers questions; it does not accept files.", "BadArgument"));
        group.MapGet("/conversations/{id}/stream", DirectLineStream.AcceptAsync);
    }

    // With "Authorization: Bearer <the token it had>" (even expired, within the idle time) the page gets a new token for
    // the same conversation, if it still exists; otherwise, and without a token, a new conversation.
    private static async Task<IResult> CreateTokenAsync(HttpContext context, DirectLineTokens tokens, DirectLineStore store, TurnPolicy policy, IOptions<LimitsOptions> limits)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var previous = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? await tokens.ValidateAsync(header["Bearer ".Length..].Trim(), TimeSpan.FromMinutes(limits.Value.DirectLineIdleMinutes))
            : null;
        if (previous is not null && await store.FindAsync(previous.ConversationId, context.RequestAborted) is not null)
        {
            return TypedResults.Json(new TokenResponse(tokens.Create(previous.UserId, previous.ConversationId), previous.ConversationId, previous.UserId, tokens.LifetimeSeconds, policy.MaxQuestionChars, Resumed: true), BotJsonContext.Wire);
        }

        var user = DirectLineTokens.NewUserId();
        var conversation = DirectLineTokens.NewConversationId();
        return TypedResults.Json(new TokenResponse(tokens.Create(user, conversation), conversation, user, tokens.LifetimeSeconds, policy.MaxQuestionChars, Resumed: false), BotJsonContext.Wire);
    }

    private static async Task<IResult> RefreshAsync(HttpContext context, DirectLineTokens tokens, DirectLineStore store)
    {
        if (await AuthorizeAsync(context, tokens, null) is not { } token)
        {
            return Forbidden();
        }

        // A refresh is activity: the conversation stays alive as long as its page does.
        await store.FindAsync(token.ConversationId, context.RequestAborted);

        return TypedResults.Json(new ConversationResponse(token.ConversationId, tokens.Create(token.UserId, token.ConversationId), tokens.LifetimeSeconds, null), BotJsonContext.Wire);
    }

    private static async Task<IResult> StartAsync(HttpContext context, DirectLineTokens tokens, DirectLineStore store, TurnProcessor processor)
    {
        if (await AuthorizeAsync(context, tokens, null) is not { } token)
        {
            return Forbidden();
        }

        var (conversation, created) = await store.GetOrStartAsync(token.ConversationId, token.UserId, context.RequestAborted);
        if (created)
        {
            // The channel's own conversationUpdate: the bot and the user joined, so the welcome is queued first.
            var start = new Activity
            {
                Type = "conversationUpdate",
                ChannelId = DirectLineConversation.ChannelId,
                Conversation = new ConversationAccount { Id = conversation.Id },
                From = new ChannelAccount { Id = token.UserId, Role = "user" },
                Recipient = Bot(),
                MembersAdded = [Bot(), new ChannelAccount { Id = token.UserId }],
                Locale = "pl-PL",
            };
            await processor.ProcessAsync(start, new DirectLineReplySink(conversation), context.RequestAborted);
        }

        var body = Conversation(context, tokens, token, null);
        return created ? TypedResults.Json(body, BotJsonContext.Wire, MediaTypeNames.Application.Json, StatusCodes.Status201Created) : TypedResults.Json(body, BotJsonContext.Wire);
    }

    private static async Task<IResult> ReconnectAsync(HttpContext context, string id, string? watermark, DirectLineTokens tokens, DirectLineStore store)
    {
        if (await AuthorizeAsync(context, tokens, id) is not { } token)
        {
            return Forbidden();
        }

        return await store.FindAsync(id, context.RequestAborted) is null ? NotFound(id) : TypedResults.Json(Conversation(context, tokens, token, watermark), BotJsonContext.Wire);
    }

    private static async Task<IResult> GetActivitiesAsync(HttpContext context, string id, string? watermark, DirectLineTokens tokens, DirectLineStore store)
    {
        if (await AuthorizeAsync(context, tokens, id) is null)
        {
            return Forbidden();
        }

        if (await store.FindAsync(id, context.RequestAborted) is not { } conversation)
        {
            return NotFound(id);
        }

        return ActivitySetJson.Result(await conversation.SinceAsync(ParseWatermark(watermark), context.RequestAborted));
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext context, string id, DirectLineTokens tokens, DirectLineStore store, TurnProcessor processor, TurnQueue queue, IOptions<LimitsOptions> limits, ILoggerFactory loggers)
    {
        if (await AuthorizeAsync(context, tokens, id) is not { } token)
        {
            return Forbidden();
        }

        if (await store.FindAsync(id, context.RequestAborted) is not { } conversation)
        {
            return NotFound(id);
        }

        var body = await JsonBody.ReadAsync(context.Request, BotJsonContext.Default.Activity, limits.Value.MaxDirectLineActivityBytes, context.RequestAborted);
        if (body.Problem() is { } bad)
        {
            return bad;
        }

        var activity = body.Value!;
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return Problems.Create(StatusCodes.Status400BadRequest, "Malformed activity", "The activity has no 'type'.", "BadArgument");
        }

        // Enhanced-auth behaviour: the sender is whoever the token says.
        activity.From = new ChannelAccount { Id = token.UserId, Name = activity.From?.Name, Role = "user" };
        activity.Recipient = Bot();
        if (activity.Type != "message")
        {
            return TypedResults.Json(new ResourceResponse(id + "|" + Guid.NewGuid().ToString("N")), BotJsonContext.Wire);
        }

        if (await conversation.AppendAsync(activity, context.RequestAborted) is not { } echoId)
        {
            return NotFound(id);
        }

        if (!queue.TryEnqueue(ct => processor.ProcessAsync(activity, new DirectLineReplySink(conversation), ct)))
        {
            loggers.CreateLogger(typeof(DirectLineEndpoints).FullName!).LogWarning("Turn queue full: question in Direct Line conversation not answered");
            await conversation.AppendAsync(ReplyFactory.Text(activity, TurnPolicy.Busy(TurnPolicy.IsEnglish(activity.Locale))), context.RequestAborted);
        }

        return TypedResults.Json(new ResourceResponse(echoId), BotJsonContext.Wire);
    }

    private static ChannelAccount Bot() => new() { Id = BotId, Name = BotName, Role = "bot" };

    private static ConversationResponse Conversation(HttpContext context, DirectLineTokens tokens, DirectLineToken token, string? watermark)
    {
        var fresh = tokens.Create(token.UserId, token.ConversationId);
        var scheme = context.Request.IsHttps ? "wss" : "ws";
        var stream = $"{scheme}://{context.Request.Host}{context.Request.PathBase}{BasePath}/conversations/{token.ConversationId}/stream?t={Uri.EscapeDataString(fresh)}";
        if (!string.IsNullOrEmpty(watermark))
        {
            stream += "&watermark=" + Uri.EscapeDataString(watermark);
        }

        return new ConversationResponse(token.ConversationId, fresh, tokens.LifetimeSeconds, stream);
    }

    internal static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static async Task<DirectLineToken?> AuthorizeAsync(HttpContext context, DirectLineTokens tokens, string? conversationId)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var raw = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        var token = await tokens.ValidateAsync(raw);
        return token is not null && (conversationId is null || token.ConversationId == conversationId) ? token : null;
    }

    private static IResult Forbidden() =>
        Problems.Create(StatusCodes.Status403Forbidden, "Token expired or invalid", "The Direct Line token is missing, expired or not for this conversation.", "TokenExpired");

    private static IResult NotFound(string id) =>
        Problems.Create(StatusCodes.Status404NotFound, "Conversation not found", $"Conversation '{id}' does not exist or has expired.", "BadArgument");
}
