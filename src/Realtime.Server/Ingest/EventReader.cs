using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Realtime.Contracts.Events;

namespace Realtime.Server.Ingest;

/// <summary>
/// Reads one event object field by field so every rejection names the field and why (CONTRACT §1). Unknown fields are
/// ignored; known fields of the wrong type or outside their vocabulary are errors.
/// </summary>
public static class EventReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 16 };

    /// <summary>Reads one event already parsed into a document (connectors, imports).</summary>
    public static (ConversationEvent? Event, string? Error) Read(JsonElement element, OccurredAtWindow? window = null)
    {
        var reader = new Utf8JsonReader(JsonMarshal.GetRawUtf8Value(element), Options);
        reader.Read();
        var values = new EventValues();
        var error = Read(ref reader, new EventSlots(), values, window);
        return error is null ? (values.ToContract(), null) : (null, error);
    }

    /// <summary>
    /// Reads the value the reader is on as one event, in one pass over its properties, into <paramref name="values"/>;
    /// answers why it is rejected, or null. Leaves the reader on the value's last token. A <paramref name="window"/>
    /// bounds <c>occurredAt</c>; without one any representable time passes.
    /// </summary>
    public static string? Read(ref Utf8JsonReader reader, EventSlots slots, EventValues values, OccurredAtWindow? window = null)
    {
        slots.Clear();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            var kind = EventSlots.KindOf(reader.TokenType);
            reader.Skip();
            return $"an event must be a JSON object, not {kind}";
        }

        var depth = reader.CurrentDepth;
        string? tooDeep = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueIsEscaped ? FindEscaped(ref reader) : EventFields.Find(reader.ValueSpan);
            var name = field < 0 && tooDeep is null ? reader.ValueSpan : default;
            reader.Read();
            if (field < 0)
            {
                if (JsonDepth.Skip(ref reader) - depth > JsonDepth.MaxEvent && tooDeep is null)
                {
                    tooDeep = $"{Printable(name)}: nested deeper than {JsonDepth.MaxEvent} levels";
                }
            }
            else
            {
                slots.Take((EventField)field, ref reader);
            }
        }

        List<string>? errors = tooDeep is null ? null : [tooDeep];
        values.EventId = Str(slots, EventField.EventId, ref errors);
        values.Type = Str(slots, EventField.Type, ref errors);
        values.OccurredAt = Time(slots, ref errors);
        values.ConversationId = Str(slots, EventField.ConversationId, ref errors);
        values.StoreId = Str(slots, EventField.StoreId, ref errors);
        values.TeamId = Str(slots, EventField.TeamId, ref errors);
        values.Platform = Str(slots, EventField.Platform, ref errors);
        values.Channel = Str(slots, EventField.Channel, ref errors);
        values.CustomerId = Str(slots, EventField.CustomerId, ref errors);
        values.AgentId = Str(slots, EventField.AgentId, ref errors);
        values.Sender = Str(slots, EventField.Sender, ref errors);
        values.Text = Str(slots, EventField.Text, ref errors);
        values.Rating = Int(slots, ref errors);
        values.Status = Str(slots, EventField.Status, ref errors);
        values.Role = Str(slots, EventField.Role, ref errors);
        values.OrderId = Str(slots, EventField.OrderId, ref errors);
        values.Amount = Amount(slots, ref errors);
        values.Currency = Str(slots, EventField.Currency, ref errors);
        values.Items = Items(slots, ref errors);
        if (errors is null)
        {
            Validate(values, window, ref errors);
        }

        return errors is null ? null : string.Join("; ", errors);
    }

    /// <summary>The event id as text when the JSON held one, valid or not: a rejection names it when it can.</summary>
    public static string? EventIdOf(EventSlots slots) => slots[EventField.EventId] is { State: EventSlots.State.Text } id ? id.Text : null;

    /// <summary>An unknown property's name for an error: as written (escapes kept), at most 64 bytes.</summary>
    private static string Printable(ReadOnlySpan<byte> name) =>
        Encoding.UTF8.GetString(name[..Math.Min(name.Length, 64)]).Replace('\uFFFD', '?');

    private static int FindEscaped(ref Utf8JsonReader reader)
    {
        try
        {
            return EventFields.Find(Encoding.UTF8.GetBytes(reader.GetString()!));
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    }

    private static void Validate(EventValues e, OccurredAtWindow? window, ref List<string>? errors)
    {
        Required(e.EventId, "eventId", ref errors);
        if (e.Type is null)
        {
            Add(ref errors, "type: required");
        }
        else if (!EventTypes.All.Contains(e.Type))
        {
            Add(ref errors, $"type: '{e.Type}' is not one of {string.Join(", ", EventTypes.All)}");
        }

        if (e.OccurredAt is null)
        {
            Add(ref errors, "occurredAt: required (ISO 8601 with offset, e.g. 2026-11-22T08:00:00Z)");
        }
        else if (window?.Check(e.OccurredAt.Value) is { } outside)
        {
            Add(ref errors, outside);
        }

        if (e.Type is null || !EventTypes.All.Contains(e.Type))
        {
            return;
        }

        if (e.Type is not (EventTypes.AgentStatus or EventTypes.Order))
        {
            Required(e.ConversationId, "conversationId", ref errors);
        }

        OneOf(e.Platform, "platform", Vocabulary.Platforms, ref errors);
        OneOf(e.Channel, "channel", Vocabulary.Channels, ref errors);
        OneOf(e.Role, "role", Vocabulary.Roles, ref errors);
        switch (e.Type)
        {
            case EventTypes.ConversationStarted:
                Required(e.CustomerId, "customerId", ref errors, "on conversation.started");
                break;
            case EventTypes.Message:
                if (e.Sender is null)
                {
                    Add(ref errors, "sender: required on message (customer | agent | bot | system)");
                }
                else
                {
                    OneOf(e.Sender, "sender", Vocabulary.Senders, ref errors);
                }

                if (e.Text is null)
                {
                    Add(ref errors, "text: required on message");
                }

                if (e.Sender == Senders.Customer)
                {
                    Required(e.CustomerId, "customerId", ref errors, "on customer messages");
                }
                else if (e.Sender == Senders.Agent)
                {
                    Required(e.AgentId, "agentId", ref errors, "on agent messages");
                }

                break;
            case EventTypes.AgentAssigned:
                Required(e.AgentId, "agentId", ref errors, "on agent.assigned");
                break;
            case EventTypes.AgentStatus:
                Required(e.AgentId, "agentId", ref errors, "on agent.status");
                if (e.Status is null)
                {
                    Add(ref errors, "status: required on agent.status (online | busy | away | offline)");
                }
                else
                {
                    OneOf(e.Status, "status", Vocabulary.AgentStatuses, ref errors);
                }

                break;
            case EventTypes.Order:
                OrderRules.Validate(e, ref errors);
                break;
            case EventTypes.Csat:
                if (e.Rating is null)
                {
                    Add(ref errors, "rating: required on csat (1..5)");
                }
                else if (e.Rating is < EventLimits.MinRating or > EventLimits.MaxRating)
                {
                    Add(ref errors, $"rating: {e.Rating} is outside 1..5");
                }

                break;
        }
    }

    private static string? Str(EventSlots slots, EventField field, ref List<string>? errors)
    {
        var slot = slots[field];
        var name = EventFields.Name(field);
        switch (slot.State)
        {
            case EventSlots.State.NotText:
                Add(ref errors, $"{name}: must be a string, not {slot.Kind}");
                return null;
            case EventSlots.State.BadUnicode:
                Add(ref errors, $"{name}: is not valid Unicode text (invalid UTF-8 or an unpaired surrogate escape)");
                return null;
            case EventSlots.State.Text:
                break;
            default:
                return null;
        }

        var s = slot.Text!;
        var maxLength = EventFields.MaxLength(field);
        if (s.Length > maxLength)
        {
            Add(ref errors, $"{name}: {s.Length} characters, at most {maxLength} allowed");
            return null;
        }

        if (EventFields.IsId(field) && (s.AsSpan().ContainsAnyInRange('\0', '\x1F') || s.AsSpan().ContainsAnyInRange('\x7F', '\x9F')))
        {
            Add(ref errors, $"{name}: must not contain control characters");
            return null;
        }

        if (EventFields.IsRouted(field) && (s is "." or ".." || s.Contains("%2F", StringComparison.OrdinalIgnoreCase)))
        {
            // URL normalisation drops a "." or ".." segment, and a route keeps an escaped '/' as the text %2F: such an
            // id could never be read back through an {id} route.
            Add(ref errors, $"{name}: \".\", \"..\" and ids containing the text \"%2F\" cannot be read back through a URL path");
            return null;
        }

        return s;
    }

    private static DateTimeOffset? Time(EventSlots slots, ref List<string>? errors)
    {
        if (slots[EventField.OccurredAt] is { State: EventSlots.State.Time } parsed)
        {
            return parsed.At;
        }

        var s = Str(slots, EventField.OccurredAt, ref errors);
        if (s is null)
        {
            return null;
        }

        var hasOffset = s.EndsWith('Z') || s.EndsWith('z') || (s.Length > 6 && (s[^6] == '+' || s[^6] == '-') && s[^3] == ':');
        if (!hasOffset || !DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            Add(ref errors, $"occurredAt: '{s}' is not an ISO 8601 date-time with offset (e.g. 2026-11-22T08:00:00Z)");
            return null;
        }

        return at;
    }

    private static int? Int(EventSlots slots, ref List<string>? errors)
    {
        var slot = slots[EventField.Rating];
        if (slot.State == EventSlots.State.NotNumber)
        {
            Add(ref errors, "rating: must be an integer");
            return null;
        }

        return slot.State == EventSlots.State.Number ? slot.Number : null;
    }

    private static decimal? Amount(EventSlots slots, ref List<string>? errors)
    {
        var slot = slots[EventField.Amount];
        if (slot.State == EventSlots.State.NotNumber)
        {
            Add(ref errors, "amount: must be a decimal number");
            return null;
        }

        return slot.State == EventSlots.State.Number ? slot.Amount : null;
    }

    private static IReadOnlyList<Contracts.Orders.OrderItem>? Items(EventSlots slots, ref List<string>? errors)
    {
        var slot = slots[EventField.Items];
        switch (slot.State)
        {
            case EventSlots.State.NotArray:
                Add(ref errors, $"items: must be an array, not {slot.Kind}");
                return null;
            case EventSlots.State.BadItems:
                Add(ref errors, slot.Text!);
                return null;
            default:
                return slot.Items;
        }
    }

    internal static void Add(ref List<string>? errors, string error) => (errors ??= []).Add(error);

    internal static void Required(string? value, string name, ref List<string>? errors, string? when = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(ref errors, when is null ? $"{name}: required" : $"{name}: required {when}");
        }
    }

    internal static void OneOf(string? value, string name, IReadOnlySet<string> allowed, ref List<string>? errors)
    {
        if (value is not null && !allowed.Contains(value))
        {
            Add(ref errors, $"{name}: '{value}' is not one of {string.Join(", ", allowed)}");
        }
    }
}
