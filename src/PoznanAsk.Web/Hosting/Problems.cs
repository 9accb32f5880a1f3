using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace PoznanAsk.Web.Hosting;

/// <summary>
/// Error responses: RFC 9457 ProblemDetails everywhere, carrying also the Bot Framework / Direct Line
/// ErrorResponse member <c>error: {code, message}</c> so protocol clients find what they expect.
/// </summary>
internal static class Problems
{
    public static ProblemHttpResult Create(int status, string title, string detail, string code, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = TypeFor(status) };
        problem.Extensions["error"] = new Dictionary<string, string> { ["code"] = code, ["message"] = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return TypedResults.Problem(problem);
    }

    private static string TypeFor(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        405 => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        408 => "https://tools.ietf.org/html/rfc9110#section-15.5.9",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        414 => "https://tools.ietf.org/html/rfc9110#section-15.5.15",
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        429 => "https://tools.ietf.org/html/rfc6585#section-4",
        431 => "https://tools.ietf.org/html/rfc6585#section-5",
        503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        _ => "about:blank",
    };
}
