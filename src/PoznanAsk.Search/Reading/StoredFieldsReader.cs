using System.IO.Compression;
using PoznanAsk.Search.Documents;
using PoznanAsk.Search.Schema;
using PoznanAsk.Search.Storage;

namespace PoznanAsk.Search.Reading;

/// <summary>Reads the deflated stored-field blocks of a segment.</summary>
internal sealed class StoredFieldsReader
{
    private readonly byte[] _data;
    private readonly string _file;
    private readonly IndexSchema _schema;
    private readonly int[] _firstDoc;
    private readonly int[] _offset;
    private readonly int[] _raw;
    private readonly int[] _packed;
    private readonly int _maxDoc;

    public StoredFieldsReader(byte[] data, string file, IndexSchema schema, ref ByteReader table, int maxDoc)
    {
        _data = data;
        _file = file;
        _schema = schema;
        _maxDoc = maxDoc;
        var indexOffset = table.ReadVLong();
        var blocks = table.ReadCount(maxDoc);
        if (indexOffset < 0 || indexOffset >= data.Length)
        {
            throw table.Corrupt("stored index out of bounds");
        }

        _firstDoc = new int[blocks];
        _offset = new int[blocks];
        _raw = new int[blocks];
        _packed = new int[blocks];
        var r = new ByteReader(data, file, (int)indexOffset, data.Length - IndexFile.FooterLength);
        for (var i = 0; i < blocks; i++)
        {
            _firstDoc[i] = r.ReadCount(maxDoc);
            var off = r.ReadVLong();
            _raw[i] = r.ReadCount(1 << 30);
            _packed[i] = r.ReadCount(1 << 30);
            if (off < 0 || off + _packed[i] > data.Length || (i > 0 && _firstDoc[i] <= _firstDoc[i - 1]))
            {
                throw r.Corrupt("stored block out of bounds");
            }

            _offset[i] = (int)off;
        }

        if (maxDoc > 0 && (blocks == 0 || _firstDoc[0] != 0))
        {
            throw table.Corrupt("stored blocks do not cover the documents");
        }
    }

    public int BlockCount => _firstDoc.Length;

    public int BlockFirstDoc(int block) => _firstDoc[block];

    public Document Document(int doc)
    {
        var block = Array.BinarySearch(_firstDoc, doc);
        if (block < 0)
        {
            block = ~block - 1;
        }

        var raw = Inflate(block);
        var r = new ByteReader(raw, _file, 0, raw.Length);
        for (var d = _firstDoc[block]; d < doc; d++)
        {
            var skip = r.ReadCount(raw.Length);
            r.Position += skip;
        }

        var len = r.ReadCount(raw.Length);
        var doc1 = new ByteReader(raw, _file, r.Position, r.Position + len);
        return Decode(ref doc1);
    }

    /// <summary>All documents of a block, in order (one decompression for the block).</summary>
    public IEnumerable<(int Doc, Document Document)> ReadBlock(int block)
    {
        var raw = Inflate(block);
        var end = block + 1 < _firstDoc.Length ? _firstDoc[block + 1] : _maxDoc;
        var list = new List<(int, Document)>(end - _firstDoc[block]);
        var r = new ByteReader(raw, _file, 0, raw.Length);
        for (var d = _firstDoc[block]; d < end; d++)
        {
            var len = r.ReadCount(raw.Length);
            var one = new ByteReader(raw, _file, r.Position, r.Position + len);
            list.Add((d, Decode(ref one)));
            r.Position += len;
        }

        return list;
    }

    /// <summary>The raw stored bytes of each document of a block (merging copies them verbatim).</summary>
    public List<byte[]> RawBlock(int block)
    {
        var raw = Inflate(block);
        var end = block + 1 < _firstDoc.Length ? _firstDoc[block + 1] : _maxDoc;
        var list = new List<byte[]>(end - _firstDoc[block]);
        var r = new ByteReader(raw, _file, 0, raw.Length);
        for (var d = _firstDoc[block]; d < end; d++)
        {
            list.Add(r.ReadBytes(r.ReadCount(raw.Length)).ToArray());
        }

        return list;
    }

    private Document Decode(ref ByteReader r)
    {
        var doc = new Document();
        var n = r.ReadCount(100_000);
        for (var i = 0; i < n; i++)
        {
            var no = r.ReadCount(_schema.Fields.Count - 1);
            var def = _schema.Fields[no];
            if (def.Kind == FieldKind.Int)
            {
                var z = (ulong)r.ReadVLong();
                doc.AddField(new DocumentField(def.Name, null, (int)(long)((z >> 1) ^ (0 - (z & 1)))));
            }
            else
            {
                doc.AddField(new DocumentField(def.Name, r.ReadString(), 0));
            }
        }

        return doc;
    }

    private byte[] Inflate(int block)
    {
        var raw = new byte[_raw[block]];
        try
        {
            using var z = new DeflateStream(new MemoryStream(_data, _offset[block], _packed[block], writable: false), CompressionMode.Decompress);
            z.ReadExactly(raw);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new IndexCorruptException(_file, "stored fields do not decompress", e);
        }

        return raw;
    }
}
