using System.Text;
using Realtime.Contracts.Events;

namespace Realtime.Server.Ingest;

/// <summary>The fields of an event (CONTRACT §1), in the order their problems are reported.</summary>
public enum EventField
{
    EventId,
    Type,
    OccurredAt,
    ConversationId,
    StoreId,
    TeamId,
    Platform,
    Channel,
    CustomerId,
    AgentId,
    Sender,
    Text,
    Rating,
    Status,
    Role,
    OrderId,
    Amount,
    Currency,
    Items,
}

/// <summary>How each field is named in JSON, how long it may be, and the closed vocabulary its text comes from.</summary>
public static class EventFields
{
    public const int Count = (int)EventField.Items + 1;
    public const int MaxTimeLength = 64;
    public const int CurrencyLength = 3;

    private static readonly Spec[] s_specs =
    [
        new("eventId"),
        new("type", Words: EventTypes.All),
        new("occurredAt", MaxLength: MaxTimeLength),
        new("conversationId"),
        new("storeId"),
        new("teamId"),
        new("platform", Words: Vocabulary.Platforms),
        new("channel", Words: Vocabulary.Channels),
        new("customerId"),
        new("agentId"),
        new("sender", Words: Vocabulary.Senders),
        new("text", MaxLength: EventLimits.MaxTextLength),
        new("rating"),
        new("status", Words: Vocabulary.AgentStatuses),
        new("role", Words: Vocabulary.Roles),
        new("orderId"),
        new("amount"),
        new("currency", MaxLength: CurrencyLength),
        new("items"),
    ];

    private static readonly byte[][] s_utf8Names = [.. s_specs.Select(s => Encoding.UTF8.GetBytes(s.Name))];

    /// <summary>The vocabulary words of each field as UTF-8, with the constant instance each one reads as.</summary>
    private static readonly (byte[] Utf8, string Word)[][] s_words =
        [.. s_specs.Select(s => (s.Words ?? new HashSet<string>()).Select(w => (Encoding.UTF8.GetBytes(w), w)).ToArray())];

    public static string Name(EventField field) => s_specs[(int)field].Name;

    public static int MaxLength(EventField field) => s_specs[(int)field].MaxLength;

    /// <summary>Identifiers: short, and no control characters.</summary>
    public static bool IsId(EventField field) => s_specs[(int)field].MaxLength == EventLimits.MaxIdLength;

    /// <summary>Ids read back through an <c>{id}</c> route (conversations, customers, agents, rulesets).</summary>
    public static bool IsRouted(EventField field) =>
        field is EventField.ConversationId or EventField.CustomerId or EventField.AgentId or EventField.StoreId;

    /// <summary>The field an unescaped UTF-8 property name names, or -1 for a property the contract does not know.</summary>
    public static int Find(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < s_utf8Names.Length; i++)
        {
            if (name.SequenceEqual(s_utf8Names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The constant instance of a vocabulary word of <paramref name="field"/> given as unescaped UTF-8, else null.</summary>
    public static string? Word(EventField field, ReadOnlySpan<byte> utf8)
    {
        foreach (var (bytes, word) in s_words[(int)field])
        {
            if (utf8.SequenceEqual(bytes))
            {
                return word;
            }
        }

        return null;
    }

    private sealed record Spec(string Name, int MaxLength = EventLimits.MaxIdLength, IReadOnlySet<string>? Words = null);
}
