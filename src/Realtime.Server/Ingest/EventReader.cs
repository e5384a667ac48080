using System.Globalization;
using System.Text.Json;
using Realtime.Contracts.Events;

namespace Realtime.Server.Ingest;

/// <summary>
/// Reads one event object field by field so every rejection names the field and why (CONTRACT §1). Unknown fields are
/// ignored; known fields of the wrong type or outside their vocabulary are errors.
/// </summary>
public static class EventReader
{
    public static (ConversationEvent? Event, string? Error) Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return (null, $"an event must be a JSON object, not {element.ValueKind.ToString().ToLowerInvariant()}");
        }

        var errors = new List<string>();
        var e = new ConversationEvent
        {
            EventId = Str(element, "eventId", errors),
            Type = Str(element, "type", errors),
            OccurredAt = Time(element, "occurredAt", errors),
            ConversationId = Str(element, "conversationId", errors),
            StoreId = Str(element, "storeId", errors),
            TeamId = Str(element, "teamId", errors),
            Platform = Str(element, "platform", errors),
            Channel = Str(element, "channel", errors),
            CustomerId = Str(element, "customerId", errors),
            AgentId = Str(element, "agentId", errors),
            Sender = Str(element, "sender", errors),
            Text = Str(element, "text", errors, maxLength: EventLimits.MaxTextLength),
            Rating = Int(element, "rating", errors),
            Status = Str(element, "status", errors),
            Role = Str(element, "role", errors),
        };
        if (errors.Count == 0)
        {
            Validate(e, errors);
        }

        return errors.Count == 0 ? (e, null) : (null, string.Join("; ", errors));
    }

    private static void Validate(ConversationEvent e, List<string> errors)
    {
        Required(e.EventId, "eventId", errors);
        if (e.Type is null)
        {
            errors.Add("type: required");
        }
        else if (!EventTypes.All.Contains(e.Type))
        {
            errors.Add($"type: '{e.Type}' is not one of {string.Join(", ", EventTypes.All)}");
        }

        if (e.OccurredAt is null)
        {
            errors.Add("occurredAt: required (ISO 8601 with offset, e.g. 2026-11-22T08:00:00Z)");
        }

        if (e.Type is null || !EventTypes.All.Contains(e.Type))
        {
            return;
        }

        if (e.Type != EventTypes.AgentStatus)
        {
            Required(e.ConversationId, "conversationId", errors);
        }

        OneOf(e.Platform, "platform", Vocabulary.Platforms, errors);
        OneOf(e.Channel, "channel", Vocabulary.Channels, errors);
        OneOf(e.Role, "role", Vocabulary.Roles, errors);
        switch (e.Type)
        {
            case EventTypes.ConversationStarted:
                Required(e.CustomerId, "customerId", errors, "on conversation.started");
                break;
            case EventTypes.Message:
                if (e.Sender is null)
                {
                    errors.Add("sender: required on message (customer | agent | bot | system)");
                }
                else
                {
                    OneOf(e.Sender, "sender", Vocabulary.Senders, errors);
                }

                if (e.Text is null)
                {
                    errors.Add("text: required on message");
                }

                if (e.Sender == Senders.Customer)
                {
                    Required(e.CustomerId, "customerId", errors, "on customer messages");
                }
                else if (e.Sender == Senders.Agent)
                {
                    Required(e.AgentId, "agentId", errors, "on agent messages");
                }

                break;
            case EventTypes.AgentAssigned:
                Required(e.AgentId, "agentId", errors, "on agent.assigned");
                break;
            case EventTypes.AgentStatus:
                Required(e.AgentId, "agentId", errors, "on agent.status");
                if (e.Status is null)
                {
                    errors.Add("status: required on agent.status (online | busy | away | offline)");
                }
                else
                {
                    OneOf(e.Status, "status", Vocabulary.AgentStatuses, errors);
                }

                break;
            case EventTypes.Csat:
                if (e.Rating is null)
                {
                    errors.Add("rating: required on csat (1..5)");
                }
                else if (e.Rating is < EventLimits.MinRating or > EventLimits.MaxRating)
                {
                    errors.Add($"rating: {e.Rating} is outside 1..5");
                }

                break;
        }
    }

    private static string? Str(JsonElement obj, string name, List<string> errors, int maxLength = EventLimits.MaxIdLength)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{name}: must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}");
            return null;
        }

        if (!TryGetString(value, out var s))
        {
            errors.Add($"{name}: is not valid Unicode text (invalid UTF-8 or an unpaired surrogate escape)");
            return null;
        }
        if (s.Length > maxLength)
        {
            errors.Add($"{name}: {s.Length} characters, at most {maxLength} allowed");
            return null;
        }

        if (maxLength == EventLimits.MaxIdLength && s.Any(char.IsControl))
        {
            errors.Add($"{name}: must not contain control characters");
            return null;
        }

        return s;
    }

    /// <summary>False for strings the JSON reader cannot turn into .NET text (invalid UTF-8, or an escaped lone surrogate such as <c>\ud800</c>).</summary>
    public static bool TryGetString(JsonElement value, out string text)
    {
        try
        {
            text = value.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = "";
            return false;
        }
    }

    private static DateTimeOffset? Time(JsonElement obj, string name, List<string> errors)
    {
        var s = Str(obj, name, errors, maxLength: 64);
        if (s is null)
        {
            return null;
        }

        var hasOffset = s.EndsWith('Z') || s.EndsWith('z') || (s.Length > 6 && (s[^6] == '+' || s[^6] == '-') && s[^3] == ':');
        if (!hasOffset || !DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            errors.Add($"{name}: '{s}' is not an ISO 8601 date-time with offset (e.g. 2026-11-22T08:00:00Z)");
            return null;
        }

        return at;
    }

    private static int? Int(JsonElement obj, string name, List<string> errors)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var i))
        {
            errors.Add($"{name}: must be an integer");
            return null;
        }

        return i;
    }

    private static void Required(string? value, string name, List<string> errors, string? when = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(when is null ? $"{name}: required" : $"{name}: required {when}");
        }
    }

    private static void OneOf(string? value, string name, IReadOnlySet<string> allowed, List<string> errors)
    {
        if (value is not null && !allowed.Contains(value))
        {
            errors.Add($"{name}: '{value}' is not one of {string.Join(", ", allowed)}");
        }
    }
}
