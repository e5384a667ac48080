using System.Text.Json;
using System.Text.Json.Serialization;

namespace Realtime.Contracts.Import;

/// <summary>How contract events are written as JSON: camelCase, absent fields left out, dates in ISO 8601 with offset.</summary>
public static class ContractJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
