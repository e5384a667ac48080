using Azure.Data.Tables;

namespace Realtime.Storage.AzureTable.Storage;

/// <summary>
/// Splits a serialised grain state over the binary properties <c>Data0..DataN</c> of one table entity, because
/// Azure limits a property to 64 KiB and an entity to 1 MiB, and puts it back together.
/// </summary>
public static class StateChunks
{
    /// <summary>Largest binary property Azure accepts.</summary>
    public const int ChunkSize = 64 * 1024;

    /// <summary>Most chunks per entity: 15 × 64 KiB = 960 KiB leaves room for keys, ETag and timestamp within 1 MiB.</summary>
    public const int MaxChunks = 15;

    /// <summary>Largest serialised state that fits in one entity.</summary>
    public const int MaxStateBytes = ChunkSize * MaxChunks;

    /// <summary>Property holding the number of chunks written (lets a read detect a damaged row).</summary>
    public const string ChunkCountProperty = "DataChunks";

    /// <summary>Property holding the total length in bytes.</summary>
    public const string LengthProperty = "DataLength";

    /// <summary>The name of chunk <paramref name="index"/>.</summary>
    public static string ChunkProperty(int index) => "Data" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes <paramref name="data"/> into <paramref name="entity"/>; throws when it cannot fit in one entity.</summary>
    public static void Write(TableEntity entity, ReadOnlyMemory<byte> data, string describedAs)
    {
        if (data.Length > MaxStateBytes)
        {
            throw new StateTooLargeException(
                $"The serialised state of {describedAs} is {data.Length:N0} bytes; Azure Table storage holds at most " +
                $"{MaxStateBytes:N0} bytes per grain state ({MaxChunks} properties of {ChunkSize:N0} bytes). Keep less in the state.");
        }

        int chunks = (data.Length + ChunkSize - 1) / ChunkSize;
        for (int index = 0; index < chunks; index++)
        {
            int start = index * ChunkSize;
            entity[ChunkProperty(index)] = data.Slice(start, Math.Min(ChunkSize, data.Length - start)).ToArray();
        }

        entity[ChunkCountProperty] = chunks;
        entity[LengthProperty] = data.Length;
    }

    /// <summary>Whether <paramref name="entity"/> holds state data (a cleared row does not).</summary>
    public static bool HasData(TableEntity entity) => entity.GetInt32(ChunkCountProperty) is not null;

    /// <summary>Reads the data written by <see cref="Write"/>; throws when chunks are missing or lengths disagree.</summary>
    public static byte[] Read(TableEntity entity)
    {
        int chunks = entity.GetInt32(ChunkCountProperty) ?? 0;
        int length = entity.GetInt32(LengthProperty) ?? 0;
        if (chunks is < 0 or > MaxChunks || length is < 0 or > MaxStateBytes)
        {
            throw new InvalidDataException(
                $"Row {entity.PartitionKey}/{entity.RowKey} claims {chunks} chunks of state and {length} bytes, which is impossible.");
        }

        byte[] data = new byte[length];
        int offset = 0;
        for (int index = 0; index < chunks; index++)
        {
            byte[] chunk = entity.GetBinary(ChunkProperty(index))
                ?? throw new InvalidDataException($"Row {entity.PartitionKey}/{entity.RowKey} lacks state chunk {ChunkProperty(index)}.");
            if (offset + chunk.Length > length)
            {
                throw new InvalidDataException($"Row {entity.PartitionKey}/{entity.RowKey} holds more state bytes than its {LengthProperty} of {length}.");
            }

            chunk.CopyTo(data, offset);
            offset += chunk.Length;
        }

        if (offset != length)
        {
            throw new InvalidDataException($"Row {entity.PartitionKey}/{entity.RowKey} holds {offset} state bytes, expected {length}.");
        }

        return data;
    }
}
