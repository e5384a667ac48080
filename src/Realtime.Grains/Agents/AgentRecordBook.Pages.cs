namespace Realtime.Grains.Agents;

/// <summary>The book's saved form: pages loaded into it, and the changed pages taken out of it for a save.</summary>
public sealed partial class AgentRecordBook
{
    /// <summary>
    /// Loads a saved page; nothing is marked changed. A conversation found on two pages (a save of the pair of pages
    /// a close moves it between was cut short) keeps its closed record: the usual case is a close saved on its day
    /// but not yet off the open page, and a conversation still open reports again with its next event.
    /// </summary>
    public void Load(AgentRecordsPage page)
    {
        foreach (var (record, packed) in Read(page))
        {
            if (TryGet(record.ConversationId, out var held))
            {
                if (!held.Open || record.Open)
                {
                    continue;
                }

                Remove(held);
            }

            Index(record, previous: null);
            if (packed is not null)
            {
                Keep(record, packed);
            }
        }
    }

    /// <summary>The records of a saved page, with their packed bytes (null for a page written before packing).</summary>
    public IEnumerable<(AgentConversationRecord Record, byte[]? Packed)> Read(AgentRecordsPage page) =>
        page.Records.Values.Select(r => (r, (byte[]?)null)).Concat(page.Packed.Select(p => (packer.Unpack(p), (byte[]?)p)));

    /// <summary>Snapshots of the pages changed since the last call (emptied pages included), and forgets the changes.</summary>
    public IReadOnlyList<(string Name, AgentRecordsPage Page)> TakeChangedPages()
    {
        var result = _changed.Select(name =>
        {
            var page = new AgentRecordsPage();
            if (_pages.TryGetValue(name, out var ids))
            {
                page.Packed.Capacity = ids.Count;
                foreach (var id in ids)
                {
                    if (!_cold.TryGetValue(id, out var packed) && !_packed.TryGetValue(id, out packed))
                    {
                        var record = _records[id];
                        Keep(record, packed = packer.Pack(record));
                    }

                    page.Packed.Add(packed);
                }
            }

            return (name, page);
        }).ToList();
        _changed.Clear();
        _closedUnpacked.Clear();
        return result;
    }

    /// <summary>
    /// Packs the closed records held as objects, as <see cref="TakeChangedPages"/> does, for an owner that saves its
    /// pages later: a closed record is kept as its bytes from the start, and its page stays marked changed.
    /// </summary>
    public void PackClosed()
    {
        foreach (var id in _closedUnpacked)
        {
            if (_records.TryGetValue(id, out var record) && !record.Open)
            {
                Keep(record, packer.Pack(record));
            }
        }

        _closedUnpacked.Clear();
    }

    /// <summary>Marks pages changed again (their save failed).</summary>
    public void MarkChanged(IEnumerable<string> pages) => _changed.UnionWith(pages);
}
