using Microsoft.AspNetCore.Http.HttpResults;

namespace PoznanAsk.Web.Hosting;

/// <summary>A parsed body, or why there is none and which status says so (400, 408 or 413).</summary>
internal readonly record struct JsonBodyResult<T>(T? Value, string? Error, int Status)
    where T : class
{
    /// <summary>True when the body exceeded the size cap (413).</summary>
    public bool IsTooLarge => Status == StatusCodes.Status413PayloadTooLarge;

    public static JsonBodyResult<T> Ok(T value) => new(value, null, StatusCodes.Status200OK);

    public static JsonBodyResult<T> Invalid(string error) => new(null, error, StatusCodes.Status400BadRequest);

    public static JsonBodyResult<T> TooLarge(long maxBytes) => new(null, $"The request body is larger than {maxBytes} bytes.", StatusCodes.Status413PayloadTooLarge);

    public static JsonBodyResult<T> Failed(int status, string error) => new(null, error, status);

    /// <summary>The matching ProblemDetails result (400, 408 or 413); null when the body was read.</summary>
    public ProblemHttpResult? Problem(string code = "BadArgument") => Value is not null
        ? null
        : Status switch
        {
            StatusCodes.Status413PayloadTooLarge => Problems.Create(Status, "Request body too large", Error!, "MessageSizeTooBig"),
            StatusCodes.Status408RequestTimeout => Problems.Create(Status, "Request body timed out", Error!, "RequestTimeout"),
            _ => Problems.Create(Status, "Malformed request body", Error!, code),
        };
}
