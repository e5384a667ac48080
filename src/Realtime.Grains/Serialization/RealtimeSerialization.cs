using Orleans.Serialization;

namespace Realtime.Grains.Serialization;

public static class RealtimeSerialization
{
    /// <summary>
    /// Contract types (<c>Realtime.Contracts</c>, no Orleans attributes) go through System.Text.Json, except those with a
    /// surrogate in this folder: Orleans picks a type's own codec before a generalized one like the JSON codec.
    /// </summary>
    public static ISerializerBuilder AddRealtimeSerialization(this ISerializerBuilder builder) =>
        builder.AddJsonSerializer(isSupported: type => type.Namespace?.StartsWith("Realtime.Contracts", StringComparison.Ordinal) == true);
}
