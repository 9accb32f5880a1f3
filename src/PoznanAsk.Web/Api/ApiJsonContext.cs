using System.Text.Json;
using System.Text.Json.Serialization;
using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Service;

namespace PoznanAsk.Web.Api;

/// <summary>Source-generated JSON for the REST API (the web defaults: camelCase; enums as strings).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AskRequest))]
[JsonSerializable(typeof(Answer))]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(IReadOnlyList<FactRow>))]
[JsonSerializable(typeof(FactsDiff))]
[JsonSerializable(typeof(YearsResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
