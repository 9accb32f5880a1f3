namespace PoznanAsk.Search.Storage;

/// <summary>
/// Streams a new index file through a 1 MB buffer, computing the CRC-32C as it goes, so a large segment
/// is never held in memory twice. <see cref="Position"/> is the absolute file offset of the next byte.
/// </summary>
internal sealed class ChecksumFileWriter : IDisposable
{
    private const int FlushThreshold = 1 << 20;
    private readonly FileStream _stream;
    private uint _crc = 0xFFFFFFFFu;
    private long _flushed;

    public ChecksumFileWriter(string path, string kind)
    {
        _stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        IndexFile.WriteHeader(Buffer, kind);
    }

    public ByteWriter Buffer { get; } = new(FlushThreshold + (FlushThreshold / 4));

    public long Position => _flushed + Buffer.Length;

    /// <summary>Writes the buffer out once it is past the threshold (call between records).</summary>
    public void MaybeFlush()
    {
        if (Buffer.Length >= FlushThreshold)
        {
            Flush();
        }
    }

    /// <summary>Appends the footer (magic + checksum), flushes and optionally fsyncs. Returns the file length.</summary>
    public long Finish(bool durable)
    {
        Buffer.WriteUInt32(IndexFile.FooterMagicValue);
        Flush();
        Buffer.WriteUInt32(~_crc);
        Flush();
        _stream.Flush(flushToDisk: durable);
        return _flushed;
    }

    public void Dispose() => _stream.Dispose();

    private void Flush()
    {
        _crc = Crc32C.Update(_crc, Buffer.Written);
        _stream.Write(Buffer.Written);
        _flushed += Buffer.Length;
        Buffer.Clear();
    }
}
