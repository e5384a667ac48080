using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Realtime.Contracts.Events;
using Realtime.Contracts.Texts;
using Sylvan.Data.Csv;

namespace Realtime.Contracts.Import;

/// <summary>
/// Streams CSV rows (RFC 4180: quoted fields may hold commas, quotes and line breaks) as contract events, one event a
/// row. The columns are <see cref="CsvColumns"/>. Values are passed through as text; the server validates them.
/// </summary>
public static class CsvEventReader
{
    /// <param name="reader">Decoded text; see <see cref="ImportEncoding"/>.</param>
    /// <param name="defaultOffset">Offset for <c>occurred_at</c> values written without one (Excel drops it).</param>
    public static async IAsyncEnumerable<ImportRecord> ReadAsync(
        TextReader reader,
        TimeSpan defaultOffset = default,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var options = new CsvDataReaderOptions { HasHeaders = true, BufferSize = 0x10000, MaxBufferSize = 0x100000 };
        await using var csv = await CsvDataReader.CreateAsync(reader, options, cancellationToken);
        var columns = Columns(csv);
        if (!(columns.ContainsKey(CsvColumns.ConversationId) || columns.ContainsKey(CsvColumns.OrderId)) || !columns.ContainsKey(CsvColumns.OccurredAt))
        {
            throw new TextException(Text.Of(
                "import.csvHeader",
                ("conversationId", CsvColumns.ConversationId),
                ("orderId", CsvColumns.OrderId),
                ("occurredAt", CsvColumns.OccurredAt),
                ("columns", string.Join(",", CsvColumns.All))));
        }

        var row = 1L;
        while (await csv.ReadAsync(cancellationToken))
        {
            row++;
            yield return Read(csv, columns, row, defaultOffset);
        }
    }

    private static ImportRecord Read(CsvDataReader csv, Dictionary<string, int> columns, long row, TimeSpan defaultOffset)
    {
        string? Get(string column)
        {
            if (!columns.TryGetValue(column, out var i) || i >= csv.RowFieldCount)
            {
                return null;
            }

            var value = csv.GetString(i);
            return value.Length == 0 ? null : value;
        }

        var occurredAt = Get(CsvColumns.OccurredAt);
        DateTimeOffset? at = null;
        if (occurredAt is not null)
        {
            if (!TryParseTime(occurredAt, defaultOffset, out var parsed))
            {
                return new ImportRecord(row, Text.Of("import.notDateTime", ("field", CsvColumns.OccurredAt), ("value", occurredAt)));
            }

            at = parsed;
        }

        int? rating = null;
        if (Get(CsvColumns.Rating) is { } ratingText)
        {
            if (!int.TryParse(ratingText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var r))
            {
                return new ImportRecord(row, Text.Of("import.notInteger", ("field", CsvColumns.Rating), ("value", ratingText)));
            }

            rating = r;
        }

        decimal? amount = null;
        if (Get(CsvColumns.Amount) is { } amountText)
        {
            if (!decimal.TryParse(amountText, NumberStyles.Number, CultureInfo.InvariantCulture, out var a))
            {
                return new ImportRecord(row, Text.Of("import.notDecimal", ("field", CsvColumns.Amount), ("value", amountText)));
            }

            amount = a;
        }

        var conversationId = Get(CsvColumns.ConversationId);
        var orderId = Get(CsvColumns.OrderId);

        var e = new ConversationEvent
        {
            EventId = Get(CsvColumns.EventId),
            Type = Get(CsvColumns.Type) ?? (orderId is not null && conversationId is null ? EventTypes.Order : EventTypes.Message),
            OccurredAt = at,
            ConversationId = conversationId,
            StoreId = Get(CsvColumns.StoreId),
            TeamId = Get(CsvColumns.TeamId),
            Platform = Get(CsvColumns.Platform),
            Channel = Get(CsvColumns.Channel),
            CustomerId = Get(CsvColumns.CustomerId),
            AgentId = Get(CsvColumns.AgentId),
            Sender = Get(CsvColumns.Sender),
            Text = Get(CsvColumns.Text),
            Rating = rating,
            Status = Get(CsvColumns.Status),
            Role = Get(CsvColumns.Role),
            OrderId = orderId,
            Amount = amount,
            Currency = Get(CsvColumns.Currency),
        };
        return new ImportRecord(row, e.EventId is null ? e with { EventId = DerivedId(e) } : e, null);
    }

    /// <summary>The same row always gets the same id, so a re-import is all duplicates.</summary>
    public static string DerivedId(ConversationEvent e)
    {
        var key = string.Join(
            '\u001F',
            e.Type, e.ConversationId, e.OccurredAt?.UtcTicks.ToString(CultureInfo.InvariantCulture), e.Sender, e.AgentId,
            e.CustomerId, e.Text, e.Rating?.ToString(CultureInfo.InvariantCulture), e.Status);
        if (e.OrderId is not null)
        {
            // Order rows only, so the ids of conversation rows stay what earlier imports gave them.
            key = string.Join('\u001F', key, e.OrderId, e.Amount?.ToString(CultureInfo.InvariantCulture), e.Currency);
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return "csv-" + Convert.ToHexStringLower(hash[..12]);
    }

    private static bool TryParseTime(string text, TimeSpan defaultOffset, out DateTimeOffset at)
    {
        var trimmed = text.Trim();
        var hasOffset = trimmed.EndsWith('Z') || trimmed.EndsWith('z') ||
            (trimmed.Length > 6 && (trimmed[^6] == '+' || trimmed[^6] == '-') && trimmed[^3] == ':');
        if (hasOffset)
        {
            return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out at);
        }

        if (DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            at = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), defaultOffset);
            return true;
        }

        at = default;
        return false;
    }

    private static Dictionary<string, int> Columns(CsvDataReader csv)
    {
        var known = CsvColumns.All.ToDictionary(CsvColumns.Key, c => c, StringComparer.Ordinal);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            if (known.TryGetValue(CsvColumns.Key(csv.GetName(i)), out var column))
            {
                columns.TryAdd(column, i);
            }
        }

        return columns;
    }
}
