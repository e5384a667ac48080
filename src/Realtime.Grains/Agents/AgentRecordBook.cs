using Realtime.Grains.Paging;

namespace Realtime.Grains.Agents;

/// <summary>
/// The loaded days of an agent's conversation records, grouped in pages, with the pages changed since the last save.
/// Open conversations, which update their record on every batch, share one small page (<see cref="OpenPage"/>);
/// a closed conversation moves to its day, split in <see cref="BucketsPerDay"/> pages by conversation id, where it
/// rarely changes again. So a live update rewrites only the agent's open conversations, however long its day or
/// history; the grain loads a day only when it needs it. A record is packed (serialised) once per change and its bytes
/// kept, so saving a page copies its other records' bytes; a closed record, once saved on its day, is kept as those
/// bytes only (unpacked when a report or a late change reads it: half the memory of the objects, measured in the e2e
/// run). Plain class, used by one agent grain.
/// </summary>
public sealed partial class AgentRecordBook(Packer<AgentConversationRecord> packer)
{
    /// <summary>Pages per day: a late change to a closed conversation rewrites about 1/8 of the agent's day.</summary>
    public const int BucketsPerDay = 8;

    /// <summary>The page of the open conversations' records, whatever their day; loaded whenever the agent is.</summary>
    public const string OpenPage = "open";

    /// <summary>Records held as objects: open ones, and closed ones not saved on their day yet.</summary>
    private readonly Dictionary<string, AgentConversationRecord> _records = new(StringComparer.Ordinal);

    /// <summary>Closed records saved on their day, held packed.</summary>
    private readonly Dictionary<string, byte[]> _cold = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _pages = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DayTotals> _days = new(StringComparer.Ordinal);

    /// <summary>Packed bytes of the open records that did not change since they were last packed or loaded.</summary>
    private readonly Dictionary<string, byte[]> _packed = new(StringComparer.Ordinal);

    /// <summary>Conversations whose record was put closed and is held as an object (not packed yet).</summary>
    private readonly List<string> _closedUnpacked = [];

    /// <summary>The conversation ids of every loaded record.</summary>
    public IEnumerable<string> Ids => _records.Keys.Concat(_cold.Keys);

    /// <summary>The conversations open for this agent.</summary>
    public IEnumerable<AgentConversationRecord> Open =>
        _pages.TryGetValue(OpenPage, out var ids) ? ids.Select(id => _records[id]) : [];

    /// <summary>Days (<c>yyyy-MM-dd</c>) that hold loaded records.</summary>
    public IEnumerable<string> Days => _days.Keys;

    /// <summary>Moves on whenever a day gains its first record or loses its last: <see cref="Days"/> changed.</summary>
    public int DaysVersion { get; private set; }

    /// <summary>
    /// The page of a record: <see cref="OpenPage"/> while open, else its day and a bucket that depends on the
    /// conversation id only (stable across processes).
    /// </summary>
    public static string PageOf(AgentConversationRecord record) =>
        record.Open ? OpenPage : PageName(record.Date, BucketOf(record.ConversationId));

    /// <summary>Every page a day's closed records can be on.</summary>
    public static IEnumerable<string> PagesOf(string date) => Enumerable.Range(0, BucketsPerDay).Select(b => PageName(date, (uint)b));

    /// <summary>The records dated <paramref name="date"/> (<c>yyyy-MM-dd</c>).</summary>
    public IEnumerable<AgentConversationRecord> On(string date) =>
        PagesOf(date).Append(OpenPage).SelectMany(name => _pages.TryGetValue(name, out var ids) ? ids : [])
            .Select(Get).Where(r => r.Date == date);

    /// <summary>Breaches and alerts of the records dated <paramref name="date"/>, kept as records come and go (the floor asks on every update).</summary>
    public DayTotals TotalsOn(string date) => _days.GetValueOrDefault(date);

    /// <summary>Adds or replaces a conversation's record; answers false when it was already there unchanged.</summary>
    public bool Put(AgentConversationRecord record)
    {
        // A closed record is held packed: unpacked once here, not again to move or recount it.
        var held = TryGet(record.ConversationId, out var existing) ? existing : null;
        if (held is not null)
        {
            if (held.SameAs(record))
            {
                return false;
            }

            if (PageOf(held) != PageOf(record))
            {
                Remove(held);
                held = null;
            }
        }

        Index(record, held);
        _changed.Add(PageOf(record));
        return true;
    }

    /// <summary>Drops every record dated before <paramref name="cutoffDate"/>.</summary>
    public void RemoveBefore(string cutoffDate)
    {
        // A closed record's page names its day; open records are few.
        var old = _pages.Where(p => p.Key != OpenPage && string.CompareOrdinal(p.Key, cutoffDate) < 0).SelectMany(p => p.Value)
            .Concat(Open.Where(r => string.CompareOrdinal(r.Date, cutoffDate) < 0).Select(r => r.ConversationId)).ToList();
        foreach (var id in old)
        {
            Remove(id);
        }
    }

    private static string PageName(string date, uint bucket) => $"{date}.{bucket}";

    private static uint BucketOf(string conversationId)
    {
        var hash = 2166136261u;
        foreach (var c in conversationId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash % BucketsPerDay;
    }

    private AgentConversationRecord Get(string conversationId) =>
        TryGet(conversationId, out var record) ? record : throw new KeyNotFoundException(conversationId);

    private bool TryGet(string conversationId, out AgentConversationRecord record)
    {
        if (_records.TryGetValue(conversationId, out record!))
        {
            return true;
        }

        if (_cold.TryGetValue(conversationId, out var packed))
        {
            record = packer.Unpack(packed);
            return true;
        }

        return false;
    }

    /// <summary>Keeps a record's packed bytes: an open one with its object, a closed one instead of it.</summary>
    private void Keep(AgentConversationRecord record, byte[] packed)
    {
        if (record.Open)
        {
            _packed[record.ConversationId] = packed;
            return;
        }

        _records.Remove(record.ConversationId);
        _packed.Remove(record.ConversationId);
        _cold[record.ConversationId] = packed;
    }

    /// <summary>Holds <paramref name="record"/> in place of <paramref name="previous"/>, the record held for its conversation on the same page (if any).</summary>
    private void Index(AgentConversationRecord record, AgentConversationRecord? previous)
    {
        if (previous is not null)
        {
            Count(previous, -1);
        }

        _records[record.ConversationId] = record;
        _cold.Remove(record.ConversationId);
        _packed.Remove(record.ConversationId);
        if (!record.Open)
        {
            _closedUnpacked.Add(record.ConversationId);
        }

        Count(record, +1);
        var name = PageOf(record);
        if (!_pages.TryGetValue(name, out var ids))
        {
            _pages[name] = ids = new HashSet<string>(StringComparer.Ordinal);
        }

        ids.Add(record.ConversationId);
    }

    private void Remove(string conversationId)
    {
        if (TryGet(conversationId, out var record))
        {
            Remove(record);
        }
    }

    private void Remove(AgentConversationRecord record)
    {
        var conversationId = record.ConversationId;
        _records.Remove(conversationId);
        _cold.Remove(conversationId);
        _packed.Remove(conversationId);

        Count(record, -1);

        var name = PageOf(record);
        if (_pages.TryGetValue(name, out var ids))
        {
            ids.Remove(conversationId);
            if (ids.Count == 0)
            {
                _pages.Remove(name);
            }
        }

        _changed.Add(name);
    }

    private void Count(AgentConversationRecord record, int sign)
    {
        var totals = _days.GetValueOrDefault(record.Date);
        var wasEmpty = totals.Records == 0;
        totals = new DayTotals(totals.Breaches + (sign * record.Breaches), totals.Alerts + (sign * record.Alerts), totals.Records + sign);
        if (totals.Records == 0)
        {
            _days.Remove(record.Date);
        }
        else
        {
            _days[record.Date] = totals;
        }

        if (wasEmpty != (totals.Records == 0))
        {
            DaysVersion++;
        }
    }
}

/// <summary>Sums over an agent's records of one day.</summary>
public readonly record struct DayTotals(int Breaches, int Alerts, int Records);
