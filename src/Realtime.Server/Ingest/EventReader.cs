using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Realtime.Contracts.Events;
using Realtime.Contracts.Texts;

namespace Realtime.Server.Ingest;

/// <summary>
/// Reads one event object field by field so every rejection names the field and why (CONTRACT §1). Unknown fields are
/// ignored; known fields of the wrong type or outside their vocabulary are errors.
/// </summary>
public static class EventReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 16 };

    /// <summary>Reads one event already parsed into a document (connectors, imports).</summary>
    public static (ConversationEvent? Event, IReadOnlyList<Text>? Errors) Read(JsonElement element, OccurredAtWindow? window = null)
    {
        var reader = new Utf8JsonReader(JsonMarshal.GetRawUtf8Value(element), Options);
        reader.Read();
        var values = new EventValues();
        var errors = Read(ref reader, new EventSlots(), values, window);
        return errors is null ? (values.ToContract(), null) : (null, errors);
    }

    /// <summary>
    /// Reads the value the reader is on as one event, in one pass over its properties, into <paramref name="values"/>;
    /// answers why it is rejected (one text per problem), or null. Leaves the reader on the value's last token. A <paramref name="window"/>
    /// bounds <c>occurredAt</c>; without one any representable time passes.
    /// </summary>
    public static IReadOnlyList<Text>? Read(ref Utf8JsonReader reader, EventSlots slots, EventValues values, OccurredAtWindow? window = null)
    {
        slots.Clear();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            var kind = EventSlots.KindOf(reader.TokenType);
            reader.Skip();
            return [Text.Of("ingest.eventNotObject", ("kind", kind))];
        }

        var depth = reader.CurrentDepth;
        Text? tooDeep = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueIsEscaped ? FindEscaped(ref reader) : EventFields.Find(reader.ValueSpan);
            var name = field < 0 && tooDeep is null ? reader.ValueSpan : default;
            reader.Read();
            if (field < 0)
            {
                if (JsonDepth.Skip(ref reader) - depth > JsonDepth.MaxEvent && tooDeep is null)
                {
                    tooDeep = Text.Of("ingest.nestedTooDeep", ("field", Printable(name)), ("max", JsonDepth.MaxEvent));
                }
            }
            else
            {
                slots.Take((EventField)field, ref reader);
            }
        }

        List<Text>? errors = tooDeep is null ? null : [tooDeep];
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

        return errors;
    }

    /// <summary>The rejection's <c>error</c> as it always read: the English texts joined with "; ".</summary>
    public static string English(IEnumerable<Text> errors) => string.Join("; ", errors.Select(e => e.Render(TextCatalog.English)));

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

    private static void Validate(EventValues e, OccurredAtWindow? window, ref List<Text>? errors)
    {
        Required(e.EventId, "eventId", ref errors);
        if (e.Type is null)
        {
            Required(null, "type", ref errors);
        }
        else if (!EventTypes.All.Contains(e.Type))
        {
            OneOf(e.Type, "type", EventTypes.All, ref errors);
        }

        if (e.OccurredAt is null)
        {
            Add(ref errors, Text.Of("ingest.occurredAtRequired"));
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
                Required(e.CustomerId, "customerId", ref errors, EventTypes.ConversationStarted);
                break;
            case EventTypes.Message:
                if (e.Sender is null)
                {
                    Add(ref errors, Choice("sender", EventTypes.Message, "customer | agent | bot | system"));
                }
                else
                {
                    OneOf(e.Sender, "sender", Vocabulary.Senders, ref errors);
                }

                if (e.Text is null)
                {
                    Add(ref errors, Text.Of("ingest.requiredOn", ("field", "text"), ("type", EventTypes.Message)));
                }

                if (e.Sender == Senders.Customer)
                {
                    RequiredOnSender(e.CustomerId, "customerId", Senders.Customer, ref errors);
                }
                else if (e.Sender == Senders.Agent)
                {
                    RequiredOnSender(e.AgentId, "agentId", Senders.Agent, ref errors);
                }

                break;
            case EventTypes.AgentAssigned:
                Required(e.AgentId, "agentId", ref errors, EventTypes.AgentAssigned);
                break;
            case EventTypes.AgentStatus:
                Required(e.AgentId, "agentId", ref errors, EventTypes.AgentStatus);
                if (e.Status is null)
                {
                    Add(ref errors, Choice("status", EventTypes.AgentStatus, "online | busy | away | offline"));
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
                    Add(ref errors, Choice("rating", EventTypes.Csat, "1..5"));
                }
                else if (e.Rating is < EventLimits.MinRating or > EventLimits.MaxRating)
                {
                    Add(ref errors, Text.Of("ingest.outside", ("field", "rating"), ("value", e.Rating), ("range", "1..5")));
                }

                break;
        }
    }

    private static string? Str(EventSlots slots, EventField field, ref List<Text>? errors)
    {
        var slot = slots[field];
        var name = EventFields.Name(field);
        switch (slot.State)
        {
            case EventSlots.State.NotText:
                Add(ref errors, Text.Of("ingest.notString", ("field", name), ("kind", slot.Kind)));
                return null;
            case EventSlots.State.BadUnicode:
                Add(ref errors, Text.Of("ingest.badUnicode", ("field", name)));
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
            Add(ref errors, Text.Of("ingest.tooLong", ("field", name), ("length", s.Length), ("max", maxLength)));
            return null;
        }

        if (EventFields.IsId(field) && (s.AsSpan().ContainsAnyInRange('\0', '\x1F') || s.AsSpan().ContainsAnyInRange('\x7F', '\x9F')))
        {
            Add(ref errors, Text.Of("ingest.controlChars", ("field", name)));
            return null;
        }

        if (EventFields.IsRouted(field) && (s is "." or ".." || s.Contains("%2F", StringComparison.OrdinalIgnoreCase)))
        {
            // URL normalisation drops a "." or ".." segment, and a route keeps an escaped '/' as the text %2F: such an
            // id could never be read back through an {id} route.
            Add(ref errors, Text.Of("ingest.unroutable", ("field", name)));
            return null;
        }

        return s;
    }

    private static DateTimeOffset? Time(EventSlots slots, ref List<Text>? errors)
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
            Add(ref errors, Text.Of("ingest.notDateTime", ("value", s)));
            return null;
        }

        return at;
    }

    private static int? Int(EventSlots slots, ref List<Text>? errors)
    {
        var slot = slots[EventField.Rating];
        if (slot.State == EventSlots.State.NotNumber)
        {
            Add(ref errors, Text.Of("ingest.notInteger", ("field", "rating")));
            return null;
        }

        return slot.State == EventSlots.State.Number ? slot.Number : null;
    }

    private static decimal? Amount(EventSlots slots, ref List<Text>? errors)
    {
        var slot = slots[EventField.Amount];
        if (slot.State == EventSlots.State.NotNumber)
        {
            Add(ref errors, Text.Of("ingest.notDecimal", ("field", "amount")));
            return null;
        }

        return slot.State == EventSlots.State.Number ? slot.Amount : null;
    }

    private static IReadOnlyList<Contracts.Orders.OrderItem>? Items(EventSlots slots, ref List<Text>? errors)
    {
        var slot = slots[EventField.Items];
        switch (slot.State)
        {
            case EventSlots.State.NotArray:
                Add(ref errors, Text.Of("ingest.notArray", ("field", "items"), ("kind", slot.Kind)));
                return null;
            case EventSlots.State.BadItems:
                Add(ref errors, slot.Error!);
                return null;
            default:
                return slot.Items;
        }
    }

    internal static void Add(ref List<Text>? errors, Text error) => (errors ??= []).Add(error);

    /// <summary>A field required on an event type, naming what it may hold.</summary>
    internal static Text Choice(string field, string type, string allowed) =>
        Text.Of("ingest.requiredChoice", ("field", field), ("type", type), ("allowed", allowed));

    internal static void Required(string? value, string name, ref List<Text>? errors, string? onType = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(ref errors, onType is null ? Text.Of("ingest.required", ("field", name)) : Text.Of("ingest.requiredOn", ("field", name), ("type", onType)));
        }
    }

    private static void RequiredOnSender(string? value, string name, string sender, ref List<Text>? errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(ref errors, Text.Of("ingest.requiredOnSender", ("field", name), ("sender", sender)));
        }
    }

    internal static void OneOf(string? value, string name, IReadOnlySet<string> allowed, ref List<Text>? errors)
    {
        if (value is not null && !allowed.Contains(value))
        {
            Add(ref errors, Text.Of("ingest.notOneOf", ("field", name), ("value", value), ("allowed", string.Join(", ", allowed))));
        }
    }
}
