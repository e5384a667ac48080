namespace Realtime.Scoring.Models;

/// <summary>
/// Open-addressing map from a feature hash to its weight row; read-only after construction. A key and its row share
/// one entry, so a lookup touches one cache line; <see cref="Start"/> and <see cref="FindFrom"/> split a lookup so a
/// caller can ask for many entries' lines before it reads any of them.
/// </summary>
internal sealed class FeatureTable
{
    private readonly Entry[] _entries;
    private readonly int _mask;

    public FeatureTable(ReadOnlySpan<uint> features)
    {
        int capacity = 16;
        while (capacity < features.Length * 2)
        {
            capacity <<= 1;
        }

        _entries = new Entry[capacity];
        _mask = capacity - 1;
        for (int row = 0; row < features.Length; row++)
        {
            uint key = features[row];
            if (key == 0)
            {
                throw new ArgumentException("Feature hash 0 is reserved.", nameof(features));
            }

            int slot = SlotOf(key);
            while (_entries[slot].Key != 0)
            {
                if (_entries[slot].Key == key)
                {
                    throw new ArgumentException($"Feature {key} appears twice.", nameof(features));
                }

                slot = (slot + 1) & _mask;
            }

            _entries[slot] = new Entry(key, row);
        }
    }

    /// <summary>The slot where the search for <paramref name="key"/> starts; its cache line is fetched meanwhile.</summary>
    public int Start(uint key)
    {
        int slot = SlotOf(key);
        CacheLines.Prefetch(ref _entries[slot]);
        return slot;
    }

    /// <summary>The row of <paramref name="key"/>, or -1, searching from <paramref name="slot"/> (<see cref="Start"/>).</summary>
    public int FindFrom(int slot, uint key)
    {
        while (true)
        {
            Entry found = _entries[slot];
            if (found.Key == key)
            {
                return found.Row;
            }

            if (found.Key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int SlotOf(uint key) => (int)((key * 0x9E3779B1) & (uint)_mask);

    private readonly record struct Entry(uint Key, int Row);
}
