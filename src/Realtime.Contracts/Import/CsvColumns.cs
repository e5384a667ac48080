namespace Realtime.Contracts.Import;

/// <summary>
/// The CSV import columns. Header names are matched ignoring case, <c>_</c>, <c>-</c> and spaces, so
/// <c>conversation_id</c>, <c>conversationId</c> and <c>Conversation ID</c> are the same column. The header needs
/// <see cref="OccurredAt"/> and <see cref="ConversationId"/> (or <see cref="OrderId"/> for a file of orders);
/// <see cref="Type"/> defaults to <c>message</c> (to <c>order</c> in a row with an order id and no conversation id) and
/// <see cref="EventId"/> to a hash of the row, so re-importing the same file changes nothing.
/// </summary>
public static class CsvColumns
{
    public const string EventId = "event_id";
    public const string Type = "type";
    public const string ConversationId = "conversation_id";
    public const string OccurredAt = "occurred_at";
    public const string Sender = "sender";
    public const string AgentId = "agent_id";
    public const string CustomerId = "customer_id";
    public const string Text = "text";
    public const string StoreId = "store_id";
    public const string TeamId = "team_id";
    public const string Platform = "platform";
    public const string Channel = "channel";
    public const string Rating = "rating";
    public const string Status = "status";
    public const string Role = "role";
    public const string OrderId = "order_id";
    public const string Amount = "amount";
    public const string Currency = "currency";

    public static readonly IReadOnlyList<string> All =
    [
        EventId, Type, ConversationId, OccurredAt, Sender, AgentId, CustomerId, Text, StoreId, TeamId, Platform, Channel,
        Rating, Status, Role, OrderId, Amount, Currency,
    ];

    /// <summary>The key a header is matched by: lower case without separators.</summary>
    public static string Key(string header)
    {
        Span<char> buffer = stackalloc char[Math.Min(header.Length, 128)];
        var n = 0;
        foreach (var c in header.AsSpan(0, buffer.Length))
        {
            if (c is not ('_' or '-' or ' ' or '\uFEFF'))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }
}
