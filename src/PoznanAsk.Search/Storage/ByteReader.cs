using System.Buffers.Binary;
using System.Text;

namespace PoznanAsk.Search.Storage;

/// <summary>
/// Reads what <see cref="ByteWriter"/> wrote. Every read is bounds-checked and a read past
/// <see cref="End"/> throws <see cref="IndexCorruptException"/> naming the file, so a damaged file that
/// slipped past its checksum still never yields garbage or an IndexOutOfRangeException.
/// </summary>
internal struct ByteReader
{
    public readonly byte[] Data;
    public readonly string FileName;
    public int Position;
    public readonly int End;

    public ByteReader(byte[] data, string fileName, int position, int end)
    {
        Data = data;
        FileName = fileName;
        Position = position;
        End = end;
    }

    public byte ReadByte()
    {
        if (Position >= End)
        {
            throw Corrupt("read past end");
        }

        return Data[Position++];
    }

    public int ReadVInt()
    {
        var v = ReadVLong();
        if (v is > uint.MaxValue or < 0)
        {
            throw Corrupt("vint out of range");
        }

        return (int)(uint)v;
    }

    public long ReadVLong()
    {
        ulong result = 0;
        var shift = 0;
        while (true)
        {
            var b = ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (long)result;
            }

            shift += 7;
            if (shift > 63)
            {
                throw Corrupt("malformed vlong");
            }
        }
    }

    public int ReadInt32()
    {
        Need(4);
        var v = BinaryPrimitives.ReadInt32LittleEndian(Data.AsSpan(Position));
        Position += 4;
        return v;
    }

    public long ReadInt64()
    {
        Need(8);
        var v = BinaryPrimitives.ReadInt64LittleEndian(Data.AsSpan(Position));
        Position += 8;
        return v;
    }

    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        if (count < 0)
        {
            throw Corrupt("negative length");
        }

        Need(count);
        var span = Data.AsSpan(Position, count);
        Position += count;
        return span;
    }

    public string ReadString() => Encoding.UTF8.GetString(ReadBytes(ReadVInt()));

    /// <summary>A non-negative count no larger than <paramref name="max"/>.</summary>
    public int ReadCount(int max)
    {
        var n = ReadVInt();
        if (n < 0 || n > max)
        {
            throw Corrupt("count out of range");
        }

        return n;
    }

    public readonly IndexCorruptException Corrupt(string what) => new(FileName, what);

    private readonly void Need(int count)
    {
        if (count > End - Position)
        {
            throw Corrupt("read past end");
        }
    }
}
