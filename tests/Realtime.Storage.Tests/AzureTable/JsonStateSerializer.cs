using System.Text.Json;
using Orleans.Storage;

namespace Realtime.Storage.Tests.AzureTable;

/// <summary>A plain System.Text.Json serializer, so provider tests do not depend on a silo's services.</summary>
public sealed class JsonStateSerializer : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input));

    public T Deserialize<T>(BinaryData input) => input.ToObjectFromJson<T>()!;
}
