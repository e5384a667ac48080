namespace Realtime.Grains.Agents;

/// <summary>
/// An agent's conversation records in memory, grouped by month (the pages they are saved in), with the months changed
/// since the last save. A busy agent keeps a year of records; saving one month instead of all of them keeps the cost
/// of each conversation update flat. Plain class, used by one agent grain.
/// </summary>
public sealed class AgentRecordBook
{
    private readonly Dictionary<string, AgentConversationRecord> _records = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, HashSet<string>> _months = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, AgentConversationRecord> Records => _records;

    /// <summary>Months that hold records, oldest first.</summary>
    public IEnumerable<string> Months => _months.Keys;

    public static string MonthOf(string date) => date.Length >= 7 ? date[..7] : date;

    /// <summary>The records dated <paramref name="date"/> (<c>yyyy-MM-dd</c>).</summary>
    public IEnumerable<AgentConversationRecord> On(string date) =>
        _months.TryGetValue(MonthOf(date), out var ids) ? ids.Select(id => _records[id]).Where(r => r.Date == date) : [];

    /// <summary>Adds or replaces a conversation's record; answers false when it was already there unchanged.</summary>
    public bool Put(AgentConversationRecord record)
    {
        if (_records.TryGetValue(record.ConversationId, out var existing))
        {
            if (existing == record)
            {
                return false;
            }

            if (MonthOf(existing.Date) != MonthOf(record.Date))
            {
                Remove(existing.ConversationId);
            }
        }

        Index(record);
        _changed.Add(MonthOf(record.Date));
        return true;
    }

    /// <summary>Drops every record dated before <paramref name="cutoffDate"/>.</summary>
    public void RemoveBefore(string cutoffDate)
    {
        foreach (var old in _records.Values.Where(r => string.CompareOrdinal(r.Date, cutoffDate) < 0).Select(r => r.ConversationId).ToList())
        {
            Remove(old);
        }
    }

    /// <summary>Loads a saved month (on activation); nothing is marked changed.</summary>
    public void Load(AgentRecordsPage page)
    {
        foreach (var record in page.Records.Values)
        {
            Index(record);
        }
    }

    /// <summary>Snapshots of the months changed since the last call (emptied months included), and forgets the changes.</summary>
    public IReadOnlyList<(string Month, AgentRecordsPage Page)> TakeChangedMonths()
    {
        var result = _changed.Select(month =>
        {
            var page = new AgentRecordsPage();
            if (_months.TryGetValue(month, out var ids))
            {
                foreach (var id in ids)
                {
                    page.Records[id] = _records[id];
                }
            }

            return (month, page);
        }).ToList();
        _changed.Clear();
        return result;
    }

    /// <summary>Marks months changed again (their save failed).</summary>
    public void MarkChanged(IEnumerable<string> months) => _changed.UnionWith(months);

    private void Index(AgentConversationRecord record)
    {
        _records[record.ConversationId] = record;
        var month = MonthOf(record.Date);
        if (!_months.TryGetValue(month, out var ids))
        {
            _months[month] = ids = new HashSet<string>(StringComparer.Ordinal);
        }

        ids.Add(record.ConversationId);
    }

    private void Remove(string conversationId)
    {
        if (!_records.Remove(conversationId, out var record))
        {
            return;
        }

        var month = MonthOf(record.Date);
        if (_months.TryGetValue(month, out var ids))
        {
            ids.Remove(conversationId);
            if (ids.Count == 0)
            {
                _months.Remove(month);
            }
        }

        _changed.Add(month);
    }
}
