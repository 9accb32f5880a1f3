namespace PoznanAsk.Knowledge.Registry;

/// <summary>Disjoint sets over 0..n-1 (path halving, union by index order so roots are the earliest member).</summary>
internal sealed class UnionFind
{
    private readonly List<int> _parent = [];

    /// <summary>Adds a new singleton set and returns its element.</summary>
    public int Add()
    {
        _parent.Add(_parent.Count);
        return _parent.Count - 1;
    }

    /// <summary>The representative of <paramref name="x"/>'s set.</summary>
    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    /// <summary>Joins the sets of <paramref name="a"/> and <paramref name="b"/>; false when already one set.</summary>
    public bool Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb)
        {
            return false;
        }

        if (ra < rb)
        {
            _parent[rb] = ra;
        }
        else
        {
            _parent[ra] = rb;
        }

        return true;
    }
}
