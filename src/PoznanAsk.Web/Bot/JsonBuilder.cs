using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// Writes outgoing JSON fragments (citation entity, Adaptive Card) straight to UTF-8 and returns them as a
/// <see cref="JsonElement"/>: several times cheaper per reply than building <c>JsonNode</c> trees and
/// converting them.
/// </summary>
internal static class JsonBuilder
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonElement Build(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }
}
