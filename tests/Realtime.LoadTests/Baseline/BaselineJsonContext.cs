using System.Text.Json;
using System.Text.Json.Serialization;
using Realtime.Contracts.Events;

namespace Realtime.LoadTests.Baseline;

/// <summary>Source-generated (de)serialisation of contract events, for the baseline and for building batches.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<ConversationEvent>))]
[JsonSerializable(typeof(IngestResult))]
public sealed partial class BaselineJsonContext : JsonSerializerContext;
