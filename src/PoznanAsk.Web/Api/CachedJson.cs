using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace PoznanAsk.Web.Api;

/// <summary>
/// A 200 with <typeparamref name="T"/> as JSON, like <c>TypedResults.Ok</c> (same serializer options, same bytes,
/// same OpenAPI metadata), but the UTF-8 bytes are kept beside the value object: the engine's caches hand out one
/// immutable <see cref="Answering.Answers.Answer"/> or search response per question, so a repeated question is not
/// serialized again (serializing a 3–5 KB answer was half the cost of a cached <c>/api/ask</c>). The bytes live in
/// a <see cref="ConditionalWeakTable{TKey, TValue}"/>: they go when the engine drops the value, so this adds no bound
/// of its own and a value computed afresh costs one table entry until it is collected.
/// </summary>
/// <typeparam name="T">The response type (immutable once returned).</typeparam>
internal sealed class CachedJson<T> : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IEndpointMetadataProvider
    where T : class
{
    private static readonly ConditionalWeakTable<T, byte[]> Serialized = new();

    public CachedJson(T value) => Value = value;

    /// <inheritdoc />
    public T Value { get; }

    /// <inheritdoc />
    object IValueHttpResult.Value => Value;

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status200OK;

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
    }

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!Serialized.TryGetValue(Value, out var bytes))
        {
            var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            bytes = JsonSerializer.SerializeToUtf8Bytes(Value, options.GetTypeInfo(typeof(T)));
            Serialized.TryAdd(Value, bytes);
        }

        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = bytes.Length;
        return response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
    }
}
