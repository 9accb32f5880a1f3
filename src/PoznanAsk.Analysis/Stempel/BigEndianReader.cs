using System.Buffers.Binary;

namespace PoznanAsk.Analysis.Stempel;

/// <summary>Java <c>DataInputStream</c> primitives over a byte array; running out of bytes names the file and offset.</summary>
internal sealed class BigEndianReader(byte[] bytes, string path)
{
    public int Position { get; private set; }

    public int Remaining => bytes.Length - Position;

    public bool ReadBoolean() => Take(1, "boolean")[0] != 0;

    public int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(4, "int"));

    public char ReadChar() => (char)BinaryPrimitives.ReadUInt16BigEndian(Take(2, "char"));

    public string ReadUtf()
    {
        int at = Position;
        int length = BinaryPrimitives.ReadUInt16BigEndian(Take(2, "string length"));
        return ModifiedUtf8.Decode(Take(length, "string"))
            ?? throw Corrupt($"malformed modified UTF-8 string at byte {at}");
    }

    public AnalysisException Corrupt(string what) =>
        new($"Stempel table '{path}' is corrupt: {what}; run scripts/setup to download it again.");

    private ReadOnlySpan<byte> Take(int count, string what)
    {
        if (count > Remaining)
        {
            throw new AnalysisException(
                $"Stempel table '{path}' is truncated: needed {count} byte(s) for a {what} at byte {Position} but the file has {bytes.Length} bytes; run scripts/setup to download it again.");
        }

        var span = bytes.AsSpan(Position, count);
        Position += count;
        return span;
    }
}
