using System.Globalization;
using System.Text.Json;
using Realtime.Contracts.Events;
using Realtime.Contracts.Texts;

namespace Realtime.Server.Ingest;

/// <summary>Each field's value read from its slot and checked for its type (string, time, integer, amount, items), and the shared checks of required and allowed values.</summary>
public static partial class EventReader
{
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
