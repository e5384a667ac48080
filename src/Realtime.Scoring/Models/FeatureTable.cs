namespace Realtime.Scoring.Models;

/// <summary>Open-addressing map from a feature hash to its weight row; read-only after construction.</summary>
internal sealed class FeatureTable
{
    private readonly uint[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public FeatureTable(ReadOnlySpan<uint> features)
    {
        int capacity = 16;
        while (capacity < features.Length * 2)
        {
            capacity <<= 1;
        }

        _keys = new uint[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        for (int row = 0; row < features.Length; row++)
        {
            uint key = features[row];
            if (key == 0)
            {
                throw new ArgumentException("Feature hash 0 is reserved.", nameof(features));
            }

            int slot = (int)(Spread(key) & (uint)_mask);
            while (_keys[slot] != 0)
            {
                if (_keys[slot] == key)
                {
                    throw new ArgumentException($"Feature {key} appears twice.", nameof(features));
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _rows[slot] = row;
        }
    }

    public int Find(uint key)
    {
        int slot = (int)(Spread(key) & (uint)_mask);
        while (true)
        {
            uint found = _keys[slot];
            if (found == key)
            {
                return _rows[slot];
            }

            if (found == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private static uint Spread(uint key) => key * 0x9E3779B1;
}
