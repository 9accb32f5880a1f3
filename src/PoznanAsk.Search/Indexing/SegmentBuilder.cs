using PoznanAsk.Analysis;
using PoznanAsk.Search.Documents;
using PoznanAsk.Search.Schema;
using PoznanAsk.Search.Scoring;
using PoznanAsk.Search.Storage;

namespace PoznanAsk.Search.Indexing;

/// <summary>
/// Buffers documents of one future segment in memory: analyses Text fields (positions, norms), indexes
/// Keyword/Int terms, serialises stored values. Not thread-safe (the writer serialises calls).
/// </summary>
internal sealed class SegmentBuilder
{
    private readonly IndexSchema _schema;
    private readonly Analyzer?[] _analyzers;
    private readonly FieldBuffer?[] _fields;
    private readonly int[][] _copies;
    private readonly ByteWriter _stored = new(1 << 16);
    private readonly List<int> _storedStarts = [];
    private readonly List<long> _scratch = [];
    private readonly HashSet<string> _keywordSeen = new(StringComparer.Ordinal);
    private readonly TokenSink _sink;
    private int[] _positionScratch = new int[16];
    private FieldBuffer? _current;
    private int _position;
    private int _length;

    public SegmentBuilder(IndexSchema schema, Analyzer?[] analyzers)
    {
        _schema = schema;
        _analyzers = analyzers;
        _fields = new FieldBuffer?[schema.Fields.Count];
        var copies = new List<int>[schema.Fields.Count];
        for (var i = 0; i < _fields.Length; i++)
        {
            var f = schema.Fields[i];
            copies[i] = [];
            if (f.Indexed)
            {
                _fields[i] = new FieldBuffer(f.Kind == FieldKind.Text, f.Kind == FieldKind.Text);
            }
        }

        for (var i = 0; i < _fields.Length; i++)
        {
            if (schema.Fields[i].CopyFrom is { } src)
            {
                copies[schema.IndexOf(src)].Add(i);
            }
        }

        _copies = copies.Select(c => c.ToArray()).ToArray();
        _sink = OnToken;
    }

    public int DocCount => _storedStarts.Count;

    public HashSet<int> Deleted { get; } = [];

    public IndexSchema Schema => _schema;

    internal FieldBuffer? Field(int number) => _fields[number];

    internal ReadOnlySpan<byte> StoredOf(int doc) =>
        _stored.Written[_storedStarts[doc]..(doc + 1 < _storedStarts.Count ? _storedStarts[doc + 1] : _stored.Length)];

    public void Add(Document doc)
    {
        var docId = DocCount;
        ValidateFields(doc);
        WriteStored(doc);

        // Group the values by field so a multi-valued field gets one norm and one posting per term.
        for (var fieldNo = 0; fieldNo < _fields.Length; fieldNo++)
        {
            var def = _schema.Fields[fieldNo];
            if (def.CopyFrom is not null || !HasValue(doc, def.Name))
            {
                continue;
            }

            IndexValues(fieldNo, doc, def.Name, docId);
            foreach (var copy in _copies[fieldNo])
            {
                IndexValues(copy, doc, def.Name, docId);
            }
        }
    }

    /// <summary>Adds one stored document verbatim (merging).</summary>
    public void AddStoredRaw(ReadOnlySpan<byte> stored)
    {
        _storedStarts.Add(_stored.Length);
        _stored.WriteBytes(stored);
    }

    private static bool HasValue(Document doc, string name)
    {
        foreach (var f in doc.Fields)
        {
            if (f.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private void ValidateFields(Document doc)
    {
        foreach (var f in doc.Fields)
        {
            var def = _schema.Find(f.Name) ?? throw new SchemaMismatchException($"Field '{f.Name}' is not in the schema.");
            if (def.CopyFrom is not null)
            {
                throw new SchemaMismatchException($"Field '{f.Name}' is derived from '{def.CopyFrom}' and cannot be set directly.");
            }

            if ((def.Kind == FieldKind.Int) != (f.Text is null))
            {
                throw new SchemaMismatchException($"Field '{f.Name}' is {def.Kind}; the value has the wrong type.");
            }
        }
    }

    private void WriteStored(Document doc)
    {
        _storedStarts.Add(_stored.Length);
        var count = 0;
        foreach (var f in doc.Fields)
        {
            if (_schema.Find(f.Name)!.Stored)
            {
                count++;
            }
        }

        _stored.WriteVInt(count);
        foreach (var f in doc.Fields)
        {
            var no = _schema.IndexOf(f.Name);
            if (!_schema.Fields[no].Stored)
            {
                continue;
            }

            _stored.WriteVInt(no);
            if (f.Text is null)
            {
                _stored.WriteVLong((uint)((f.Number << 1) ^ (f.Number >> 31)));
            }
            else
            {
                _stored.WriteString(f.Text);
            }
        }
    }

    private void IndexValues(int fieldNo, Document doc, string sourceName, int docId)
    {
        var buffer = _fields[fieldNo];
        if (buffer is null)
        {
            return;
        }

        var def = _schema.Fields[fieldNo];
        if (def.Kind != FieldKind.Text)
        {
            _keywordSeen.Clear();
            foreach (var f in doc.Fields)
            {
                if (f.Name == sourceName)
                {
                    var term = f.Text ?? IntTerm.Encode(f.Number);
                    if (_keywordSeen.Add(term))
                    {
                        buffer.Append(buffer.TermId(term), docId, 1, default);
                    }
                }
            }

            return;
        }

        _current = buffer;
        _scratch.Clear();
        _position = -1;
        _length = 0;
        var analyzer = _analyzers[fieldNo]!;
        foreach (var f in doc.Fields)
        {
            if (f.Name == sourceName && f.Text is not null)
            {
                analyzer.Analyze(f.Text, _sink);
            }
        }

        FlushTokens(buffer, docId);
        buffer.SetNorm(docId, SmallFloat.IntToByte4(_length));
    }

    private void OnToken(ReadOnlySpan<char> term, int start, int end, int positionIncrement, TokenType type)
    {
        _position += Math.Max(0, positionIncrement);
        if (_position < 0)
        {
            _position = 0;
        }

        if (positionIncrement != 0)
        {
            _length++; // Lucene's discountOverlaps: stacked tokens do not lengthen the field.
        }

        var id = _current!.TermId(term);
        _scratch.Add(((long)id << 32) | (uint)_position);
    }

    private void FlushTokens(FieldBuffer buffer, int docId)
    {
        if (_scratch.Count == 0)
        {
            return;
        }

        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_scratch);
        span.Sort();
        var i = 0;
        while (i < span.Length)
        {
            var id = (int)(span[i] >> 32);
            var j = i;
            while (j < span.Length && (int)(span[j] >> 32) == id)
            {
                j++;
            }

            var freq = j - i;
            if (_positionScratch.Length < freq)
            {
                _positionScratch = new int[Math.Max(freq, _positionScratch.Length * 2)];
            }

            for (var k = 0; k < freq; k++)
            {
                _positionScratch[k] = (int)(uint)span[i + k];
            }

            buffer.Append(id, docId, freq, _positionScratch.AsSpan(0, freq));
            i = j;
        }
    }
}
