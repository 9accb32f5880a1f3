using System.Text;
using PoznanAsk.Search.Storage;

namespace PoznanAsk.Search.Indexing;

/// <summary>
/// The in-memory inverted index of one field while a segment is being built: term → postings already
/// in the on-disk encoding (doc delta/freq stream + position delta stream), so flushing is a copy.
/// </summary>
internal sealed class FieldBuffer
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _terms = [];
    private ByteWriter[] _docs = new ByteWriter[64];
    private ByteWriter?[] _positions = new ByteWriter?[64];
    private int[] _lastDoc = new int[64];
    private int[] _df = new int[64];
    private byte[] _norms = new byte[64];
    private bool[] _seen = new bool[64];

    public FieldBuffer(bool hasPositions, bool hasNorms)
    {
        HasPositions = hasPositions;
        HasNorms = hasNorms;
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool HasPositions { get; }

    public bool HasNorms { get; }

    public long SumTotalTermFreq { get; private set; }

    public int DocCount { get; private set; }

    public int TermCount => _terms.Count;

    public int TermId(ReadOnlySpan<char> term)
    {
        if (_lookup.TryGetValue(term, out var id))
        {
            return id;
        }

        return AddTerm(term.ToString());
    }

    public int TermId(string term) => _ids.TryGetValue(term, out var id) ? id : AddTerm(term);

    public int Find(string term) => _ids.TryGetValue(term, out var id) ? id : -1;

    /// <summary>Appends one posting; docs of one term must come in increasing order.</summary>
    public void Append(int termId, int doc, int freq, ReadOnlySpan<int> positions)
    {
        var delta = doc - _lastDoc[termId];
        _lastDoc[termId] = doc;
        var d = _docs[termId];
        if (freq == 1)
        {
            d.WriteVInt((delta << 1) | 1);
        }
        else
        {
            d.WriteVInt(delta << 1);
            d.WriteVInt(freq);
        }

        _df[termId]++;
        SumTotalTermFreq += freq;
        if (HasPositions)
        {
            var p = _positions[termId]!;
            var last = 0;
            foreach (var pos in positions)
            {
                p.WriteVInt(pos - last);
                last = pos;
            }
        }

        MarkSeen(doc);
    }

    public void SetNorm(int doc, byte norm)
    {
        EnsureDoc(doc);
        _norms[doc] = norm;
    }

    public byte NormOf(int doc) => doc < _norms.Length ? _norms[doc] : (byte)0;

    public int DocFreq(int termId) => _df[termId];

    public ByteWriter DocsOf(int termId) => _docs[termId];

    public ByteWriter? PositionsOf(int termId) => _positions[termId];

    /// <summary>Term ids sorted by the UTF-8 bytes of their terms (the dictionary order), with the bytes.</summary>
    public (int Id, byte[] Utf8)[] SortedTerms()
    {
        var result = new (int, byte[])[_terms.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (i, Encoding.UTF8.GetBytes(_terms[i]));
        }

        Array.Sort(result, static (a, b) => a.Item2.AsSpan().SequenceCompareTo(b.Item2));
        return result;
    }

    /// <summary>Doc ids (ascending) of a term, decoded from the buffer (used to apply deletes).</summary>
    public List<int> DocsOfTerm(int termId)
    {
        var list = new List<int>(_df[termId]);
        var buf = _docs[termId];
        var r = new ByteReader(buf.Buffer, "(memory)", 0, buf.Length);
        var doc = 0;
        while (r.Position < r.End)
        {
            var code = r.ReadVInt();
            doc += (int)((uint)code >> 1);
            if ((code & 1) == 0)
            {
                r.ReadVInt();
            }

            list.Add(doc);
        }

        return list;
    }

    private int AddTerm(string term)
    {
        var id = _terms.Count;
        _terms.Add(term);
        _ids[term] = id;
        if (id == _docs.Length)
        {
            var n = id * 2;
            Array.Resize(ref _docs, n);
            Array.Resize(ref _positions, n);
            Array.Resize(ref _lastDoc, n);
            Array.Resize(ref _df, n);
        }

        _docs[id] = new ByteWriter(16);
        _positions[id] = HasPositions ? new ByteWriter(16) : null;
        _lastDoc[id] = 0;
        return id;
    }

    private void MarkSeen(int doc)
    {
        EnsureDoc(doc);
        if (!_seen[doc])
        {
            _seen[doc] = true;
            DocCount++;
        }
    }

    private void EnsureDoc(int doc)
    {
        if (doc >= _seen.Length)
        {
            var n = Math.Max(doc + 1, _seen.Length * 2);
            Array.Resize(ref _seen, n);
            Array.Resize(ref _norms, n);
        }
    }
}
