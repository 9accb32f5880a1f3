using Microsoft.Extensions.Options;
using PoznanAsk.Web.Options;

namespace PoznanAsk.Web.Hosting;

/// <summary>
/// The edge checks Kestrel would otherwise answer with an empty body: a URL longer than
/// <see cref="LimitsOptions.MaxUrlBytes"/> is a 414 and headers larger than
/// <see cref="LimitsOptions.MaxHeaderBytes"/> a 431, both ProblemDetails (Kestrel's own, bodiless limits sit
/// at twice these, so only grossly oversized requests meet them). <c>HEAD</c> is answered as <c>GET</c>
/// without the body (Kestrel drops it), instead of a 405, so probes and link checkers work.
/// </summary>
internal sealed class RequestLimits(RequestDelegate next, IOptions<LimitsOptions> options)
{
    private readonly LimitsOptions _limits = options.Value;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var urlBytes = request.Path.Value?.Length + request.QueryString.Value?.Length ?? 0;
        if (urlBytes > _limits.MaxUrlBytes)
        {
            return RejectAsync(context, StatusCodes.Status414UriTooLong, $"The URL is longer than {_limits.MaxUrlBytes} characters.");
        }

        long headerBytes = 0;
        foreach (var (name, values) in request.Headers)
        {
            headerBytes += name.Length + 4;
            foreach (var value in values)
            {
                headerBytes += value?.Length ?? 0;
            }
        }

        if (headerBytes > _limits.MaxHeaderBytes)
        {
            return RejectAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, $"The request headers are larger than {_limits.MaxHeaderBytes} bytes.");
        }

        if (HttpMethods.IsHead(request.Method))
        {
            request.Method = HttpMethods.Get;
        }

        return next(context);
    }

    private static Task RejectAsync(HttpContext context, int status, string detail)
    {
        var (title, code) = RequestFailures.Names(status);
        return Problems.Create(status, title, detail, code).ExecuteAsync(context);
    }
}
