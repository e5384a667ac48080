using System.Globalization;
using System.Text.Json;
using Realtime.Contracts.Events;
using Realtime.Contracts.Texts;

namespace Realtime.Server.Connectors.Chatwoot;

/// <summary>
/// Maps Chatwoot webhook payloads (the <c>webhook_data</c> of a message or conversation plus <c>event</c>) to CONTRACT
/// events. Event ids derive from Chatwoot's ids, so a redelivered webhook is a duplicate:
/// <list type="bullet">
/// <item><c>conversation_created</c> → <c>conversation.started</c> (+ <c>agent.assigned</c> when it already has an assignee)</item>
/// <item><c>message_created</c> → <c>message</c>: incoming → customer, outgoing by a user → agent, by an agent bot or
/// automation → bot, template → bot; private notes and activity messages are ignored. The documented sample shape
/// (<c>conversation.display_id</c>, a top-level <c>contact</c>, a sender without <c>type</c>) is read too</item>
/// <item><c>conversation_status_changed</c> to <c>resolved</c> → <c>conversation.closed</c></item>
/// <item><c>conversation_updated</c> whose <c>changed_attributes</c> has a new <c>assignee_id</c> → <c>agent.assigned</c></item>
/// </list>
/// </summary>
public sealed class ChatwootMapper(ChatwootOptions options)
{
    public sealed record Mapped(List<ConversationEvent> Events, Text? Ignored, Text? Error);

    public Mapped Map(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || Str(root, "event") is not { } name)
        {
            return Error(Text.Of("connector.chatwoot.notWebhook"));
        }

        return name switch
        {
            "conversation_created" => ConversationCreated(root),
            "message_created" => MessageCreated(root),
            "conversation_status_changed" => StatusChanged(root),
            "conversation_updated" => ConversationUpdated(root),
            _ => Ignore(Text.Of("connector.chatwoot.unusedEvent", ("event", name))),
        };
    }

    private Mapped ConversationCreated(JsonElement conversation)
    {
        if (ConversationId(conversation) is not { } id)
        {
            return Error(Text.Of("connector.chatwoot.noConversationId"));
        }

        var at = Time(conversation, "created_at") ?? Time(conversation, "timestamp");
        if (at is null)
        {
            return Error(Text.Of("connector.chatwoot.noCreatedAt"));
        }

        var started = Base(conversation, id, $"{id}-started", EventTypes.ConversationStarted, at.Value) with
        {
            CustomerId = CustomerId(conversation, null),
        };
        var events = new List<ConversationEvent> { started };
        if (Id(Path(conversation, "meta", "assignee"), "id") is { } assignee)
        {
            events.Add(Assigned(conversation, id, assignee, previous: null, at.Value));
        }

        return new Mapped(events, null, null);
    }

    private Mapped MessageCreated(JsonElement message)
    {
        if (!message.TryGetProperty("conversation", out var conversation) || ConversationId(conversation) is not { } id)
        {
            return Error(Text.Of("connector.chatwoot.noMessageConversation"));
        }

        if (Id(message, "id") is not { } messageId)
        {
            return Error(Text.Of("connector.chatwoot.noMessageId"));
        }

        if (message.TryGetProperty("private", out var isPrivate) && isPrivate.ValueKind == JsonValueKind.True)
        {
            return Ignore(Text.Of("connector.chatwoot.privateNote"));
        }

        var type = Str(message, "message_type");
        var sender = message.TryGetProperty("sender", out var s) && s.ValueKind == JsonValueKind.Object ? s : (JsonElement?)null;
        var senderType = sender is { } se ? Str(se, "type") : null;
        var (role, agentId, customerId) = type switch
        {
            "incoming" => (Senders.Customer, null, CustomerId(conversation, senderType == "contact" ? sender : Path(message, "contact"))),
            // Chatwoot's documented payload gives the sender without a type; a live instance says "user".
            "outgoing" when senderType is "user" or null && sender is { } u && Id(u, "id") is { } user => (Senders.Agent, Prefixed("agent", user), null),
            "outgoing" or "template" => (Senders.Bot, null, null),
            "activity" => ((string?)null, (string?)null, (string?)null),
            _ => ("?", null, null),
        };
        if (role is null)
        {
            return Ignore(Text.Of("connector.chatwoot.activity"));
        }

        if (role == "?")
        {
            return Error(Text.Of("connector.chatwoot.badMessageType", ("type", type)));
        }

        var text = Str(message, "content");
        if (string.IsNullOrEmpty(text))
        {
            return Ignore(Text.Of("connector.chatwoot.noText"));
        }

        if (Time(message, "created_at") is not { } at)
        {
            return Error(Text.Of("connector.chatwoot.noCreatedAt"));
        }

        var e = Base(conversation, id, $"{options.IdPrefix}msg-{messageId}", EventTypes.Message, at) with
        {
            Sender = role,
            AgentId = agentId,
            CustomerId = customerId,
            Text = text.Length > EventLimits.MaxTextLength ? text[..EventLimits.MaxTextLength] : text,
        };
        return new Mapped([e], null, null);
    }

    private Mapped StatusChanged(JsonElement conversation)
    {
        if (ConversationId(conversation) is not { } id)
        {
            return Error(Text.Of("connector.chatwoot.noConversationId"));
        }

        var status = Str(conversation, "status");
        if (status != "resolved")
        {
            return Ignore(Text.Of("connector.chatwoot.statusNotEnd", ("status", status)));
        }

        if (ChangeTime(conversation) is not { } at)
        {
            return Error(Text.Of("connector.chatwoot.noUpdatedAt"));
        }

        var e = Base(conversation, id, $"{id}-closed-{at.ToUnixTimeSeconds()}", EventTypes.ConversationClosed, at);
        return new Mapped([e], null, null);
    }

    private Mapped ConversationUpdated(JsonElement conversation)
    {
        if (ConversationId(conversation) is not { } id)
        {
            return Error(Text.Of("connector.chatwoot.noConversationId"));
        }

        if (!conversation.TryGetProperty("changed_attributes", out var changes) || changes.ValueKind != JsonValueKind.Array)
        {
            return Ignore(Text.Of("connector.chatwoot.noChanges"));
        }

        foreach (var change in changes.EnumerateArray())
        {
            if (change.ValueKind == JsonValueKind.Object && change.TryGetProperty("assignee_id", out var assignee))
            {
                var current = Id(assignee, "current_value");
                var previous = Id(assignee, "previous_value");
                if (current is null || current == previous)
                {
                    return Ignore(Text.Of("connector.chatwoot.unassigned"));
                }

                if (ChangeTime(conversation) is not { } at)
                {
                    return Error(Text.Of("connector.chatwoot.noUpdatedAt"));
                }

                return new Mapped([Assigned(conversation, id, current, previous, at)], null, null);
            }
        }

        return Ignore(Text.Of("connector.chatwoot.noAssigneeChange"));
    }

    private ConversationEvent Assigned(JsonElement conversation, string id, string agent, string? previous, DateTimeOffset at) =>
        Base(conversation, id, $"{id}-assign-{agent}-{previous ?? "none"}", EventTypes.AgentAssigned, at) with
        {
            AgentId = Prefixed("agent", agent),
        };

    private ConversationEvent Base(JsonElement conversation, string conversationId, string eventId, string type, DateTimeOffset at) => new()
    {
        EventId = eventId,
        Type = type,
        OccurredAt = at,
        ConversationId = conversationId,
        StoreId = options.StoreId,
        TeamId = options.TeamId ?? Str(Path(conversation, "meta", "team"), "name"),
        Platform = options.Platform,
        Channel = ChannelOf(Str(conversation, "channel")),
    };

    /// <summary>Chatwoot's conversation <c>id</c> in webhooks is its <c>display_id</c>; documented message payloads give only that.</summary>
    private string? ConversationId(JsonElement conversation) =>
        (Id(conversation, "id") ?? Id(conversation, "display_id")) is { } id ? options.IdPrefix + id : null;

    /// <summary>The contact: the message's sender when it is one, else the conversation's <c>meta.sender</c> or contact inbox.</summary>
    private string? CustomerId(JsonElement conversation, JsonElement? contactSender)
    {
        var id = (contactSender is { } c ? Id(c, "id") : null)
            ?? Id(Path(conversation, "meta", "sender"), "id")
            ?? Id(Path(conversation, "contact_inbox"), "contact_id");
        return id is null ? null : Prefixed("contact", id);
    }

    private string Prefixed(string kind, string id) => $"{options.IdPrefix}{kind}-{id}";

    private static string ChannelOf(string? channel) => channel switch
    {
        "Channel::Email" => "email",
        "Channel::TwitterProfile" or "Channel::FacebookPage" or "Channel::Instagram" or "Channel::Tiktok" => "social",
        "Channel::Voice" => "voice",
        _ => "chat",
    };

    private static DateTimeOffset? ChangeTime(JsonElement conversation) =>
        Time(conversation, "updated_at") ?? Time(conversation, "timestamp") ?? Time(conversation, "last_activity_at");

    private static Mapped Error(Text error) => new([], null, error);

    private static Mapped Ignore(Text why) => new([], why, null);

    private static JsonElement? Path(JsonElement e, params string[] names)
    {
        foreach (var name in names)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out e))
            {
                return null;
            }
        }

        return e;
    }

    private static string? Str(JsonElement? e, string name) =>
        e is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Chatwoot ids are integers; some payloads quote them.</summary>
    private static string? Id(JsonElement? e, string name)
    {
        if (e is not { ValueKind: JsonValueKind.Object } o || !o.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.Number when v.TryGetInt64(out var n) => n.ToString(CultureInfo.InvariantCulture),
            JsonValueKind.String when !string.IsNullOrWhiteSpace(v.GetString()) => v.GetString(),
            _ => null,
        };
    }

    /// <summary>Chatwoot sends Unix seconds on conversations and ISO 8601 or "2020-03-03 13:05:57 UTC" on messages.</summary>
    private static DateTimeOffset? Time(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = v.GetString()!.Replace(" UTC", "Z", StringComparison.Ordinal);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
    }
}
