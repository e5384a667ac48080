using System.Text;
using System.Text.Json;

namespace Realtime.Server.Ingest;

/// <summary>
/// What the JSON held for each field of the event being read: the last value of each property, as
/// <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> would find it. Reused for every event of a
/// batch, with the batch's recent identifiers: a batch repeats its store, team, conversation, customer and agent ids
/// event after event, and a repeat reuses the string already read instead of decoding a new one.
/// </summary>
public sealed class EventSlots
{
    private const int RecentIdsPerField = 8;

    private readonly Slot[] _slots = new Slot[EventFields.Count];
    private readonly string?[][] _recentIds = new string?[EventFields.Count][];
    private readonly int[] _nextRecent = new int[EventFields.Count];

    public enum State : byte
    {
        Absent,
        Text,
        Time,
        Number,
        NotText,
        NotNumber,
        NotArray,
        BadUnicode,
        Items,
        BadItems,
    }

    public ref readonly Slot this[EventField field] => ref _slots[(int)field];

    public void Clear() => Array.Clear(_slots);

    /// <summary>Takes the value the reader is on (the token after the property name) for <paramref name="field"/>; leaves the reader on its last token.</summary>
    public void Take(EventField field, ref Utf8JsonReader reader)
    {
        ref var slot = ref _slots[(int)field];
        slot = default;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return;
            case JsonTokenType.Number when field == EventField.Rating:
                slot = reader.TryGetInt32(out var number) ? new Slot(State.Number, Number: number) : new Slot(State.NotNumber);
                return;
            case JsonTokenType.Number when field == EventField.Amount:
                slot = reader.TryGetDecimal(out var amount) ? new Slot(State.Number, Amount: amount) : new Slot(State.NotNumber);
                return;
            case JsonTokenType.StartArray when field == EventField.Items:
                slot = OrderItemsReader.Read(ref reader);
                return;
            case JsonTokenType.String when field is not (EventField.Rating or EventField.Amount or EventField.Items):
                slot = ReadText(field, ref reader);
                return;
            default:
                slot = new Slot(
                    field switch { EventField.Rating or EventField.Amount => State.NotNumber, EventField.Items => State.NotArray, _ => State.NotText },
                    Kind: KindOf(reader.TokenType));
                reader.Skip();
                return;
        }
    }

    /// <summary>How <see cref="JsonValueKind"/> names the kind of value a token starts, in lower case.</summary>
    public static string KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => "null",
    };

    private Slot ReadText(EventField field, ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var utf8 = reader.ValueSpan;
            if (EventFields.Word(field, utf8) is { } word)
            {
                return new Slot(State.Text, word);
            }

            if (field == EventField.OccurredAt && IsPlainIsoTime(utf8) && reader.TryGetDateTimeOffset(out var at))
            {
                return new Slot(State.Time, At: at);
            }

            if (EventFields.IsId(field) && Recent(field, utf8) is { } id)
            {
                return new Slot(State.Text, id);
            }
        }

        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8, or an escaped lone surrogate such as \ud800: no .NET text can carry it.
            return new Slot(State.BadUnicode);
        }

        if (EventFields.IsId(field))
        {
            Remember(field, text);
        }

        return new Slot(State.Text, text);
    }

    /// <summary>
    /// An ISO 8601 time with an offset that the JSON reader parses to the very value <see cref="DateTimeOffset.TryParse(string, IFormatProvider, System.Globalization.DateTimeStyles, out DateTimeOffset)"/>
    /// gives: ASCII, at most 7 fraction digits (the reader truncates more, the parser rounds). Other forms take the
    /// parser's path.
    /// </summary>
    private static bool IsPlainIsoTime(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty || utf8.Length > EventFields.MaxTimeLength || !Ascii.IsValid(utf8))
        {
            return false;
        }

        var hasOffset = utf8[^1] == (byte)'Z' || (utf8.Length > 6 && utf8[^6] is (byte)'+' or (byte)'-' && utf8[^3] == (byte)':');
        var dot = utf8.IndexOf((byte)'.');
        var fraction = dot < 0 ? 0 : utf8[(dot + 1)..].IndexOfAnyExceptInRange((byte)'0', (byte)'9');
        return hasOffset && fraction <= 7;
    }

    private string? Recent(EventField field, ReadOnlySpan<byte> utf8)
    {
        foreach (var id in _recentIds[(int)field] ?? [])
        {
            if (id is not null && Ascii.Equals(utf8, id))
            {
                return id;
            }
        }

        return null;
    }

    private void Remember(EventField field, string id)
    {
        var recent = _recentIds[(int)field] ??= new string?[RecentIdsPerField];
        recent[_nextRecent[(int)field]] = id;
        _nextRecent[(int)field] = (_nextRecent[(int)field] + 1) % RecentIdsPerField;
    }

    /// <summary>One field's value: <see cref="Kind"/> names the JSON kind of a value of the wrong kind.</summary>
    public readonly record struct Slot(
        State State, string? Text = null, DateTimeOffset At = default, int Number = 0, string? Kind = null, decimal Amount = 0, IReadOnlyList<Contracts.Orders.OrderItem>? Items = null,
        Contracts.Texts.Text? Error = null);
}
