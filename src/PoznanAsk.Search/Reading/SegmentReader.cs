using System.Buffers.Binary;
using System.Text;
using PoznanAsk.Search.Documents;
using PoznanAsk.Search.Schema;
using PoznanAsk.Search.Storage;

namespace PoznanAsk.Search.Reading;

/// <summary>
/// One immutable segment, read whole into memory and checksum-verified when opened (the file may be
/// deleted afterwards by a writer; this snapshot keeps working). Thread-safe for reading.
/// </summary>
internal sealed class SegmentReader
{
    private readonly FieldReader?[] _fields;
    private readonly StoredFieldsReader _stored;

    private SegmentReader(string name, IndexSchema schema, byte[] data, ByteReader body)
    {
        Name = name;
        Schema = schema;
        FileName = body.FileName;
        var tablePos = BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(body.End - 8));
        if (tablePos < IndexFile.HeaderLength || tablePos >= body.End - 8)
        {
            throw body.Corrupt("bad section table offset");
        }

        var table = new ByteReader(data, body.FileName, (int)tablePos, body.End - 8);
        MaxDoc = table.ReadCount(int.MaxValue - 1);
        var n = table.ReadVInt();
        if (n != schema.Fields.Count)
        {
            throw body.Corrupt("field count differs from the schema");
        }

        _fields = new FieldReader?[n];
        for (var f = 0; f < n; f++)
        {
            var save = table.Position;
            var flags = table.ReadByte();
            if (flags == 0)
            {
                continue;
            }

            table.Position = save;
            _fields[f] = new FieldReader(data, body.FileName, ref table, MaxDoc);
        }

        _stored = new StoredFieldsReader(data, body.FileName, schema, ref table, MaxDoc);
        SizeInBytes = data.Length;
    }

    public string Name { get; }

    public string FileName { get; }

    public IndexSchema Schema { get; }

    public int MaxDoc { get; }

    public long SizeInBytes { get; }

    public StoredFieldsReader Stored => _stored;

    public static string FileNameOf(string segmentName) => segmentName + ".seg";

    public static SegmentReader Open(string directory, string name, IndexSchema schema)
    {
        var (data, body) = IndexFile.ReadVerified(Path.Combine(directory, FileNameOf(name)), SegmentFileWriter.Kind);
        return new SegmentReader(name, schema, data, body);
    }

    public FieldReader? Field(int number) => number >= 0 && number < _fields.Length ? _fields[number] : null;

    public PostingsEnum? Postings(int field, string term)
    {
        var f = Field(field);
        if (f is null)
        {
            return null;
        }

        Span<byte> buf = stackalloc byte[256];
        var count = Encoding.UTF8.GetMaxByteCount(term.Length) <= 256 ? Encoding.UTF8.GetBytes(term, buf) : -1;
        var bytes = count >= 0 ? buf[..count] : Encoding.UTF8.GetBytes(term);
        return f.TryGet(bytes, out var info) ? new PostingsEnum(f, info, MaxDoc) : null;
    }

    public int DocFreq(int field, string term)
    {
        var f = Field(field);
        return f is not null && f.TryGet(Encoding.UTF8.GetBytes(term), out var info) ? info.DocFreq : 0;
    }

    public Document Document(int doc) => _stored.Document(doc);
}
