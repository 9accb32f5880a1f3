namespace PoznanAsk.Web.Hosting;

/// <summary>A parsed body, or why there is none.</summary>
internal readonly record struct JsonBodyResult<T>(T? Value, string? Error, bool IsTooLarge)
    where T : class
{
    public static JsonBodyResult<T> Ok(T value) => new(value, null, false);

    public static JsonBodyResult<T> Invalid(string error) => new(null, error, false);

    public static JsonBodyResult<T> TooLarge(int maxBytes) => new(null, $"The request body is larger than {maxBytes} bytes.", true);

    /// <summary>The matching ProblemDetails result (400 or 413); null when the body was read.</summary>
    public IResult? Problem(string code = "BadArgument") => Value is not null
        ? null
        : IsTooLarge
            ? Problems.Create(StatusCodes.Status413PayloadTooLarge, "Request body too large", Error!, "MessageSizeTooBig")
            : Problems.Create(StatusCodes.Status400BadRequest, "Malformed request body", Error!, code);
}
