using System.Buffers.Binary;

namespace PoznanAsk.Search.Storage;

/// <summary>
/// Header/footer shared by every index file: 4-byte magic "PZIX", 4-byte kind, int32 format version,
/// then the body, then footer magic 0xC0DEFEED and the CRC-32C of everything before the checksum.
/// </summary>
internal static class IndexFile
{
    public const int FormatVersion = 1;
    public const int HeaderLength = 12;
    public const int FooterLength = 8;
    private const uint Magic = 0x5849_5A50; // "PZIX" little-endian
    private const uint FooterMagic = 0xC0DEFEED;

    public static uint FooterMagicValue => FooterMagic;

    public static void WriteHeader(ByteWriter w, string kind)
    {
        w.WriteUInt32(Magic);
        w.WriteUInt32(KindCode(kind));
        w.WriteInt32(FormatVersion);
    }

    public static void WriteFooter(ByteWriter w)
    {
        w.WriteUInt32(FooterMagic);
        w.WriteUInt32(Crc32C.Compute(w.Written));
    }

    /// <summary>Checks header, footer and checksum of a whole file; returns a reader over its body.</summary>
    public static ByteReader Verify(byte[] data, string fileName, string kind)
    {
        if (data.Length < HeaderLength + FooterLength)
        {
            throw new IndexCorruptException(fileName, $"truncated ({data.Length} bytes)");
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(data) != Magic)
        {
            throw new IndexCorruptException(fileName, "not an index file (bad magic)");
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(4)) != KindCode(kind))
        {
            throw new IndexCorruptException(fileName, $"not a '{kind}' file");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(8));
        if (version != FormatVersion)
        {
            throw new IndexCorruptException(fileName, $"unsupported format version {version} (this build reads {FormatVersion})");
        }

        var footer = data.Length - FooterLength;
        if (BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(footer)) != FooterMagic)
        {
            throw new IndexCorruptException(fileName, "truncated or damaged (bad footer)");
        }

        var stored = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(footer + 4));
        if (Crc32C.Compute(data.AsSpan(0, footer + 4)) != stored)
        {
            throw new IndexCorruptException(fileName, "checksum mismatch");
        }

        return new ByteReader(data, fileName, HeaderLength, footer);
    }

    /// <summary>Reads and verifies <paramref name="path"/>; a missing file is reported as corruption of that file.</summary>
    public static (byte[] Data, ByteReader Body) ReadVerified(string path, string kind)
    {
        var name = Path.GetFileName(path);
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException e)
        {
            throw new IndexCorruptException(name, "file is missing", e);
        }

        return (data, Verify(data, name, kind));
    }

    /// <summary>
    /// Writes the finished buffer to <paramref name="path"/> atomically: a temp file in the same folder,
    /// flush + fsync, rename over the target, then fsync of the folder so the rename itself is durable.
    /// </summary>
    public static void WriteAtomic(string path, ByteWriter w, bool durable)
    {
        var tmp = path + ".tmp";
        using (var fs = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            fs.Write(w.Written);
            fs.Flush(flushToDisk: durable);
        }

        File.Move(tmp, path, overwrite: true);
        if (durable)
        {
            SyncDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        }
    }

    public static void SyncDirectory(string dir)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // NTFS journals renames; a directory cannot be fsync'ed there.
        }

        // .NET refuses to open a directory as a file, so fsync it through libc.
        var fd = NativeMethods.Open(dir, 0);
        if (fd >= 0)
        {
            _ = NativeMethods.Fsync(fd);
            _ = NativeMethods.Close(fd);
        }
    }

    private static uint KindCode(string kind) =>
        (uint)(kind[0] | kind[1] << 8 | kind[2] << 16 | kind[3] << 24);
}
