using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PoznanAsk.Web.Hosting;

/// <summary>
/// Reads a JSON request body with a size cap and turns every failure into a message that says what and
/// where (line, byte) without echoing the input: a body that is too long (declared or chunked) is 413,
/// broken framing (bad chunk size, fewer bytes than Content-Length) 400, a body that stops arriving 408.
/// A UTF-8 byte order mark is skipped. Framing failures are the client's, so they are logged at
/// Information, without a stack trace.
/// </summary>
internal static class JsonBody
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

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

            var json = buffer.AsSpan(0, length);
            if (json.StartsWith(Utf8Bom))
            {
                json = json[Utf8Bom.Length..];
            }

            if (json.IsEmpty)
            {
                return JsonBodyResult<T>.Invalid("The request body is empty; a JSON object is expected.");
            }

            // Invalid UTF-8 inside a string would otherwise surface later, when a JsonElement kept from the body is read.
            if (!System.Text.Unicode.Utf8.IsValid(json))
            {
                return JsonBodyResult<T>.Invalid("The request body is not valid UTF-8 text.");
            }

            var value = JsonSerializer.Deserialize(json, typeInfo);
            return value is null ? JsonBodyResult<T>.Invalid("The request body is JSON null; a JSON object is expected.") : JsonBodyResult<T>.Ok(value);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : string.Empty;
            var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? string.Empty : $" (member {ex.Path})";
            return JsonBodyResult<T>.Invalid($"The request body is not valid JSON for this endpoint{where}{path}.");
        }
        catch (InvalidOperationException ex) when (ex.InnerException is System.Text.DecoderFallbackException)
        {
            // A JSON string holding bytes that are not UTF-8: System.Text.Json throws this rather than a JsonException.
            return JsonBodyResult<T>.Invalid("The request body is not valid UTF-8 text.");
        }
        catch (BadHttpRequestException ex)
        {
            var result = RequestFailures.Body<T>(ex, maxBytes);
            RequestFailures.Log(request.HttpContext, result.Status, result.Error!);
            return result;
        }
        catch (IOException ex) when (!request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // Kestrel reports some framing errors as plain I/O errors (a chunk size that overflows: "Bad chunk size data").
            var result = JsonBodyResult<T>.Failed(StatusCodes.Status400BadRequest, "The request body is malformed (" + ex.Message.TrimEnd('.') + ").");
            RequestFailures.Log(request.HttpContext, result.Status, result.Error!);
            return result;
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away mid-body (Kestrel reads a FIN as a disconnect): nobody hears the answer, but it is still a 400.
            var result = JsonBodyResult<T>.Failed(StatusCodes.Status400BadRequest, "The connection closed before the request body was complete.");
            RequestFailures.Log(request.HttpContext, result.Status, result.Error!);
            return result;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
