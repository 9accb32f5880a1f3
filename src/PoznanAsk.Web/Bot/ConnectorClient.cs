using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using PoznanAsk.Web.Options;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// Sends activities to a channel through the Connector REST API v3 (bot-protocol §3.1): reply-to-activity
/// or send-to-conversation at the stored <c>serviceUrl</c>, path segments percent-encoded, with the
/// bot's token when authenticated. Retries 429, 412 and 5xx/network failures with exponential backoff and
/// jitter, honouring <c>Retry-After</c> (§3.2); other statuses fail at once.
/// </summary>
internal sealed class ConnectorClient
{
    private readonly HttpClient _http;
    private readonly BotTokenProvider _tokens;
    private readonly ILogger<ConnectorClient> _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;

    public ConnectorClient(HttpClient http, BotTokenProvider tokens, IOptions<BotOptions> options, TimeProvider time, ILogger<ConnectorClient> logger)
    {
        _http = http;
        _tokens = tokens;
        _logger = logger;
        var o = options.Value;
        var maxDelay = TimeSpan.FromMilliseconds(o.RetryMaxDelayMs);
        _retry = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TaskCanceledException>(e => !e.CancellationToken.IsCancellationRequested)
                    .HandleResult(r => IsTransient(r.StatusCode)),
                MaxRetryAttempts = Math.Max(1, o.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(o.RetryBaseDelayMs),
                MaxDelay = maxDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, maxDelay)),
                OnRetry = args =>
                {
                    _logger.LogWarning("Connector call failed ({Status}); retry {Attempt} in {Delay}",
                        args.Outcome.Result is { } r ? (int)r.StatusCode : 0, args.AttemptNumber + 1, args.RetryDelay);
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
        if (o.MaxRetries == 0)
        {
            _retry = ResiliencePipeline<HttpResponseMessage>.Empty;
        }
    }

    /// <summary>Posts <paramref name="activity"/>; returns the channel's activity id, if it gave one.</summary>
    /// <exception cref="ConnectorException">The channel refused it or stayed unavailable.</exception>
    public async Task<string?> SendAsync(string serviceUrl, string conversationId, string? replyToId, Activity activity, bool authenticate, CancellationToken cancellationToken)
    {
        var url = ActivitiesUrl(serviceUrl, conversationId, replyToId);
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Wire.GetTypeInfo(typeof(Activity)));
        var token = authenticate ? await _tokens.GetTokenAsync(cancellationToken) : null;
        HttpResponseMessage response;
        try
        {
            response = await _retry.ExecuteAsync(
                async ct =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                    if (token is not null)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    }

                    return await _http.SendAsync(request, ct);
                },
                cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new ConnectorException($"The channel at {new Uri(serviceUrl).Host} is unreachable: {ex.Message}", 0);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var operation = response.Headers.TryGetValues("X-Correlating-OperationId", out var ids) ? ids.FirstOrDefault() : null;
                throw new ConnectorException(
                    $"The channel answered {(int)response.StatusCode} to a {activity.Type} (operation {operation ?? "unknown"}).", (int)response.StatusCode);
            }

            return await ReadIdAsync(response, cancellationToken);
        }
    }

    /// <summary>Teams serviceUrls end with '/', ids contain ':', '@', ';', '=': join and escape carefully.</summary>
    public static Uri ActivitiesUrl(string serviceUrl, string conversationId, string? replyToId)
    {
        var path = serviceUrl.TrimEnd('/') + "/v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        return new Uri(path, UriKind.Absolute);
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)status >= 500;

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan max)
    {
        var header = response?.Headers.RetryAfter;
        TimeSpan? wait = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return wait is { } w ? TimeSpan.FromTicks(Math.Clamp(w.Ticks, 0, max.Ticks)) : null;
    }

    private static async Task<string?> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (bytes.Length == 0)
            {
                return null;
            }

            using var json = JsonDocument.Parse(bytes);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
