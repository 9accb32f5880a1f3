using Microsoft.AspNetCore.Diagnostics;

namespace PoznanAsk.Web.Hosting;

/// <summary>
/// Requests that fail while the server reads them (Kestrel's <see cref="BadHttpRequestException"/>: a chunked
/// body past the size cap, a bad chunk, fewer bytes than Content-Length, a body that stops arriving) are the
/// client's fault: a 413 / 400 / 408 ProblemDetails and one Information log line, never a 500 or a stack trace.
/// <see cref="JsonBody"/> catches them where bodies are read; this handler catches them anywhere else.
/// The shared conversation-state store being unreachable (<see cref="State.StateStoreUnavailableException"/>: Redis
/// down) is an outage, not a bug: 503 with <c>Retry-After</c>, one warning line; so is a read-only replica without
/// a readable index (<see cref="IndexUnavailableException"/>).
/// </summary>
internal sealed class RequestFailures : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is State.StateStoreUnavailableException or IndexUnavailableException)
        {
            httpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PoznanAsk.Web.RequestFailures")
                .LogWarning("{Method} {Path} answered 503: {Reason}", httpContext.Request.Method, httpContext.Request.Path.Value, exception.Message);
            if (!httpContext.Response.HasStarted)
            {
                httpContext.Response.Clear();
                httpContext.Response.Headers.RetryAfter = "5";
                var problem = exception is IndexUnavailableException
                    ? Problems.Create(StatusCodes.Status503ServiceUnavailable, "Index unavailable", "The reports' index cannot be read yet (" + exception.Message + "); try again shortly.", "ServiceUnavailable")
                    : Problems.Create(StatusCodes.Status503ServiceUnavailable, "Conversation state unavailable", "The conversation store does not answer; try again in a few seconds.", "ServiceUnavailable");
                await problem.ExecuteAsync(httpContext);
            }

            return true;
        }

        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var (status, detail) = Describe(bad, null);
        Log(httpContext, status, detail);
        if (httpContext.Response.HasStarted)
        {
            return true;
        }

        httpContext.Response.Clear();
        var (title, code) = Names(status);
        await Problems.Create(status, title, detail, code).ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>The body-reader result for a framing failure.</summary>
    public static JsonBodyResult<T> Body<T>(BadHttpRequestException exception, long maxBytes)
        where T : class
    {
        var (status, detail) = Describe(exception, maxBytes);
        return JsonBodyResult<T>.Failed(status, detail);
    }

    /// <summary>One line, no stack trace: a client's broken request is not a server error.</summary>
    public static void Log(HttpContext context, int status, string detail) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PoznanAsk.Web.RequestFailures")
            .LogInformation("Request body of {Method} {Path} rejected with {Status}: {Detail}", context.Request.Method, context.Request.Path.Value, status, detail);

    public static (string Title, string Code) Names(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => ("Request body too large", "MessageSizeTooBig"),
        StatusCodes.Status408RequestTimeout => ("Request body timed out", "RequestTimeout"),
        StatusCodes.Status414UriTooLong => ("Request URL too long", "BadArgument"),
        StatusCodes.Status431RequestHeaderFieldsTooLarge => ("Request headers too large", "BadArgument"),
        _ => ("Malformed request", "BadArgument"),
    };

    private static (int Status, string Detail) Describe(BadHttpRequestException exception, long? maxBytes) => exception.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => (413, maxBytes is { } max
            ? $"The request body is larger than {max} bytes."
            : "The request body is larger than this server accepts."),
        StatusCodes.Status408RequestTimeout => (408, "The request body arrived too slowly or stopped arriving; send it whole."),
        _ => (400, "The request body is malformed or ended early (" + exception.Message.TrimEnd('.') + ")."),
    };
}
