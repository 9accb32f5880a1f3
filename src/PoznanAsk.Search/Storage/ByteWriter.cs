using System.Buffers.Binary;
using System.Text;

namespace PoznanAsk.Search.Storage;

/// <summary>A growable little-endian byte buffer with Lucene-style variable-length integers.</summary>
internal sealed class ByteWriter
{
    private byte[] _buffer;

    public ByteWriter(int capacity = 256) => _buffer = new byte[Math.Max(16, capacity)];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public byte[] Buffer => _buffer;

    public void Clear() => Length = 0;

    public void WriteByte(byte b)
    {
        if (Length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[Length++] = b;
    }

    public void WriteVInt(int value) => WriteVLong((uint)value);

    public void WriteVLong(long value)
    {
        if (Length + 10 > _buffer.Length)
        {
            Grow(10);
        }

        var v = (ulong)value;
        while (v >= 0x80)
        {
            _buffer[Length++] = (byte)(v | 0x80);
            v >>= 7;
        }

        _buffer[Length++] = (byte)v;
    }

    public void WriteInt32(int value)
    {
        Ensure(4);
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(Length), value);
        Length += 4;
    }

    public void WriteUInt32(uint value)
    {
        Ensure(4);
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer.AsSpan(Length), value);
        Length += 4;
    }

    public void WriteInt64(long value)
    {
        Ensure(8);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(Length), value);
        Length += 8;
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>A string as vint UTF-8 byte count + UTF-8 bytes.</summary>
    public void WriteString(string value)
    {
        var count = Encoding.UTF8.GetByteCount(value);
        WriteVInt(count);
        Ensure(count);
        Encoding.UTF8.GetBytes(value, _buffer.AsSpan(Length));
        Length += count;
    }

    private void Ensure(int extra)
    {
        if (Length + extra > _buffer.Length)
        {
            Grow(extra);
        }
    }

    private void Grow(int extra)
    {
        var size = Math.Max(_buffer.Length * 2, Length + extra);
        Array.Resize(ref _buffer, size);
    }
}
