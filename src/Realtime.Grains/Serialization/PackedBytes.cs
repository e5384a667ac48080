using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Realtime.Grains.Serialization;

/// <summary>
/// The primitives of <see cref="StoredEventFormat"/>: LEB128 varints (signed ones zigzag), little-endian doubles, and
/// UTF-8 strings prefixed with their byte length plus one (0: null). Reading checks every length against the bytes left.
/// </summary>
internal static class PackedBytes
{
    internal ref struct Writer(IBufferWriter<byte> output)
    {
        public readonly void Byte(byte value)
        {
            output.GetSpan(1)[0] = value;
            output.Advance(1);
        }

        public readonly void VarUInt(ulong value)
        {
            var span = output.GetSpan(10);
            var n = 0;
            while (value >= 0x80)
            {
                span[n++] = (byte)(value | 0x80);
                value >>= 7;
            }

            span[n++] = (byte)value;
            output.Advance(n);
        }

        public readonly void VarInt(long value) => VarUInt((ulong)((value << 1) ^ (value >> 63)));

        public readonly void Double(double value)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(output.GetSpan(8), value);
            output.Advance(8);
        }

        public readonly void DoubleIf(double? value)
        {
            if (value is { } v)
            {
                Double(v);
            }
        }

        public readonly void String(string? value)
        {
            if (value is null)
            {
                VarUInt(0);
                return;
            }

            var length = Encoding.UTF8.GetByteCount(value);
            VarUInt((uint)length + 1);
            var written = Encoding.UTF8.GetBytes(value, output.GetSpan(length));
            output.Advance(written);
        }

        public readonly void StringIf(bool present, string? value)
        {
            if (present)
            {
                String(value);
            }
        }
    }

    internal ref struct Reader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public readonly bool AtEnd => _position == _data.Length;

        public byte Byte() => _position < _data.Length ? _data[_position++] : throw Truncated();

        public ulong VarUInt()
        {
            ulong value = 0;
            for (var shift = 0; shift < 64; shift += 7)
            {
                var b = Byte();
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }

            throw new InvalidDataException("A packed number is too long.");
        }

        public long VarInt()
        {
            var raw = VarUInt();
            return (long)(raw >> 1) ^ -(long)(raw & 1);
        }

        public int Int() => checked((int)VarInt());

        /// <summary>A list's length, checked against the bytes left (every item takes at least one byte).</summary>
        public int Count()
        {
            var count = VarUInt();
            return count <= (ulong)(_data.Length - _position) ? (int)count : throw Truncated();
        }

        public double Double()
        {
            if (_data.Length - _position < 8)
            {
                throw Truncated();
            }

            var value = BinaryPrimitives.ReadDoubleLittleEndian(_data[_position..]);
            _position += 8;
            return value;
        }

        public string? String()
        {
            var prefix = VarUInt();
            if (prefix == 0)
            {
                return null;
            }

            var length = prefix - 1;
            if (length > (ulong)(_data.Length - _position))
            {
                throw Truncated();
            }

            var value = Encoding.UTF8.GetString(_data.Slice(_position, (int)length));
            _position += (int)length;
            return value;
        }

        private static InvalidDataException Truncated() => new("Packed bytes are cut short.");
    }
}
