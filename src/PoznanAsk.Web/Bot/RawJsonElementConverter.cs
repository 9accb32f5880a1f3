using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// Writes a <see cref="JsonElement"/> as the JSON bytes it was parsed from (one copy) instead of walking it token by
/// token and escaping every string again. A reply's citation entity and sources card are elements written once per
/// answer (<see cref="JsonBuilder"/>, <see cref="ReplyFactory"/>); walking them was most of the cost of serializing a
/// Teams reply. Reading is the default (parse the value).
/// </summary>
internal sealed class RawJsonElementConverter : JsonConverter<JsonElement>
{
    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => JsonElement.ParseValue(ref reader);

    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) =>
        writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(value), skipInputValidation: true);
}
