namespace Realtime.Server.Webhooks;

/// <summary>
/// The last <c>capacity</c> deliveries (target and alert id; an escalation's id names its incident and level), so a
/// repeated delivery within a process is sent once and memory stays bounded. Across restarts the alert book's
/// persisted escalation level keeps a level from being sent again. Used by the dispatcher's one reader only.
/// </summary>
public sealed class RecentDeliveries(int capacity)
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public int Count => _keys.Count;

    /// <summary>False when this key was delivered recently; else remembers it, forgetting the oldest past capacity.</summary>
    public bool TryAdd(string key)
    {
        if (!_keys.Add(key))
        {
            return false;
        }

        _order.Enqueue(key);
        while (_order.Count > capacity)
        {
            _keys.Remove(_order.Dequeue());
        }

        return true;
    }
}
