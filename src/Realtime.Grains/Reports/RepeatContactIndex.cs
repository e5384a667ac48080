using Realtime.Grains.Agents;

namespace Realtime.Grains.Reports;

/// <summary>
/// When each customer started conversations, per store, to decide first-contact resolution: a conversation is
/// resolved at first contact when the same customer started no other conversation in the same store within
/// <see cref="WindowHours"/> after it.
/// </summary>
public sealed class RepeatContactIndex
{
    public const int WindowHours = 72;
    private static readonly TimeSpan Window = TimeSpan.FromHours(WindowHours);

    private readonly Dictionary<(string StoreId, string CustomerId), List<(DateTimeOffset StartedAt, string ConversationId)>> _starts = [];

    public RepeatContactIndex(IEnumerable<AgentConversationRecord> records)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            if (r.CustomerId is null || !seen.Add(r.ConversationId))
            {
                continue;
            }

            var key = (r.StoreId, r.CustomerId);
            if (!_starts.TryGetValue(key, out var list))
            {
                _starts[key] = list = [];
            }

            list.Add((r.StartedAt, r.ConversationId));
        }
    }

    public bool HasRepeatContact(AgentConversationRecord record)
    {
        if (record.CustomerId is null || !_starts.TryGetValue((record.StoreId, record.CustomerId), out var list))
        {
            return false;
        }

        var until = record.StartedAt + Window;
        foreach (var (startedAt, conversationId) in list)
        {
            if (startedAt >= record.StartedAt && startedAt <= until && conversationId != record.ConversationId)
            {
                return true;
            }
        }

        return false;
    }
}
