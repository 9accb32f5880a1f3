namespace PoznanAsk.Search.Querying;

/// <summary>
/// Keeps the k best (score, doc) pairs in a binary min-heap whose root is the worst kept hit. Docs
/// arrive in increasing order, so an equal score never displaces a kept hit: ties go to the lower doc,
/// like Lucene's TopScoreDocCollector.
/// </summary>
internal sealed class TopKCollector
{
    private readonly float[] _scores;
    private readonly int[] _docs;
    private int _size;

    public TopKCollector(int k)
    {
        _scores = new float[k];
        _docs = new int[k];
    }

    public long TotalHits { get; private set; }

    public void Collect(int doc, float score)
    {
        TotalHits++;
        if (_scores.Length == 0)
        {
            return;
        }

        if (_size < _scores.Length)
        {
            var i = _size++;
            _scores[i] = score;
            _docs[i] = doc;
            SiftUp(i);
        }
        else if (score > _scores[0])
        {
            _scores[0] = score;
            _docs[0] = doc;
            SiftDown(0);
        }
    }

    public ScoreDoc[] Results()
    {
        var list = new ScoreDoc[_size];
        for (var i = 0; i < _size; i++)
        {
            list[i] = new ScoreDoc(_docs[i], _scores[i]);
        }

        Array.Sort(list, static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return list;
    }

    // "Worse" = lower score, or equal score and higher doc.
    private bool Worse(int a, int b) => _scores[a] < _scores[b] || (_scores[a] == _scores[b] && _docs[a] > _docs[b]);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Worse(i, parent))
            {
                break;
            }

            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var l = (2 * i) + 1;
            if (l >= _size)
            {
                return;
            }

            var w = l + 1 < _size && Worse(l + 1, l) ? l + 1 : l;
            if (!Worse(w, i))
            {
                return;
            }

            Swap(i, w);
            i = w;
        }
    }

    private void Swap(int a, int b)
    {
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
        (_docs[a], _docs[b]) = (_docs[b], _docs[a]);
    }
}
