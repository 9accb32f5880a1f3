using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Scoring;

namespace PoznanAsk.Search.Querying.Scorers;

/// <summary>
/// Phrase matches scored by BM25 with freq = number of exact matches (slop 0, Lucene's
/// ExactPhraseMatcher) or the sloppy frequency Σ 1 / (1 + match length) over matches within the slop
/// (the core of Lucene's SloppyPhraseMatcher, without its special handling of repeated terms).
/// </summary>
internal sealed class PhraseScorer : Scorer
{
    private readonly PositionGroup[] _groups;
    private readonly PositionGroup _lead;
    private readonly int _slop;
    private readonly FieldReader _field;
    private readonly float _weight;
    private readonly float[] _cache;
    private readonly int[] _ptr;
    private int _doc = -1;
    private float _freq;

    public PhraseScorer(PositionGroup[] groups, int slop, FieldReader field, float weight, float[] cache)
    {
        _groups = groups;
        _lead = groups.MinBy(g => g.Cost)!;
        _slop = slop;
        _field = field;
        _weight = weight;
        _cache = cache;
        _ptr = new int[groups.Length];
        Cost = _lead.Cost;
    }

    public override int Doc => _doc;

    public override long Cost { get; }

    public override int NextDoc() => Advance(_doc + 1);

    public override int Advance(int target)
    {
        var doc = _lead.Advance(target);
        while (doc != NoMoreDocs)
        {
            var aligned = true;
            foreach (var g in _groups)
            {
                var d = g.Doc < doc ? g.Advance(doc) : g.Doc;
                if (d > doc)
                {
                    doc = _lead.Advance(d);
                    aligned = false;
                    break;
                }
            }

            if (!aligned)
            {
                continue;
            }

            foreach (var g in _groups)
            {
                g.LoadPositions();
            }

            _freq = _slop == 0 ? ExactFreq() : SloppyFreq();
            if (_freq > 0)
            {
                return _doc = doc;
            }

            doc = _lead.Advance(doc + 1);
        }

        return _doc = NoMoreDocs;
    }

    public override float Score() => Bm25.Score(_weight, _freq, _cache[_field.Norm(_doc)]);

    internal float Freq => _freq;

    private int ExactFreq()
    {
        Array.Clear(_ptr);
        var first = _groups[0];
        var count = 0;
        for (var i = 0; i < first.Count; i++)
        {
            var start = first.Positions[i] - first.Offset;
            var all = true;
            for (var g = 1; g < _groups.Length && all; g++)
            {
                var grp = _groups[g];
                var want = start + grp.Offset;
                var p = _ptr[g];
                while (p < grp.Count && grp.Positions[p] < want)
                {
                    p++;
                }

                _ptr[g] = p;
                all = p < grp.Count && grp.Positions[p] == want;
            }

            if (all)
            {
                count++;
            }
        }

        return count;
    }

    private float SloppyFreq()
    {
        Array.Clear(_ptr);
        var freq = 0f;
        while (true)
        {
            int max = int.MinValue, min = int.MaxValue, minGroup = 0;
            for (var g = 0; g < _groups.Length; g++)
            {
                var grp = _groups[g];
                var v = grp.Positions[_ptr[g]] - grp.Offset;
                max = Math.Max(max, v);
                if (v < min)
                {
                    min = v;
                    minGroup = g;
                }
            }

            var length = max - min;
            if (length <= _slop)
            {
                freq += 1f / (1f + length);
            }

            if (++_ptr[minGroup] >= _groups[minGroup].Count)
            {
                return freq;
            }
        }
    }
}
