using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PoznanAsk.Web.Hosting;

/// <summary>
/// Reads a JSON request body with a size cap and turns every failure into a message that says what and
/// where (line, byte) without echoing the input.
/// </summary>
internal static class JsonBody
{
    public static async Task<JsonBodyResult<T>> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > maxBytes)
        {
            return JsonBodyResult<T>.TooLarge(maxBytes);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(request.ContentLength ?? 4096, 256, maxBytes + 1L));
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes)
                    {
                        return JsonBodyResult<T>.TooLarge(maxBytes);
                    }

                    var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    return JsonBodyResult<T>.TooLarge(maxBytes);
                }
            }

            if (length == 0)
            {
                return JsonBodyResult<T>.Invalid("The request body is empty; a JSON object is expected.");
            }

            var value = JsonSerializer.Deserialize(buffer.AsSpan(0, length), typeInfo);
            return value is null ? JsonBodyResult<T>.Invalid("The request body is JSON null; a JSON object is expected.") : JsonBodyResult<T>.Ok(value);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : string.Empty;
            var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? string.Empty : $" (member {ex.Path})";
            return JsonBodyResult<T>.Invalid($"The request body is not valid JSON for this endpoint{where}{path}.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
