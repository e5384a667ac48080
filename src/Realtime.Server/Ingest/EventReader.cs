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
public static partial class EventReader
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
}
