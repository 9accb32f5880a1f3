namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// The entries found for one word, as spans over the owning <see cref="MorfologikLookup"/>'s buffers:
/// no allocation, valid until that lookup is used again.
/// </summary>
public readonly ref struct LookupResult
{
    private readonly MorfologikLookup _owner;
    private readonly int _first;

    internal LookupResult(MorfologikLookup owner, int first, int count)
    {
        _owner = owner;
        _first = first;
        Count = count;
    }

    /// <summary>Number of (lemma, tag) entries; 0 for an unknown word.</summary>
    public int Count { get; }

    /// <summary>The entry at <paramref name="index"/> (0-based, dictionary order).</summary>
    public LemmaSpan this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var i = _first + index;
            return new LemmaSpan(_owner.Lemma(i), _owner.Tag(i), _owner.HasTag(i));
        }
    }

    /// <summary>Enumerates the entries in dictionary order (struct enumerator, no allocation).</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Struct enumerator over a <see cref="LookupResult"/>.</summary>
    public ref struct Enumerator
    {
        private readonly LookupResult _result;
        private int _index;

        internal Enumerator(LookupResult result)
        {
            _result = result;
            _index = -1;
        }

        /// <summary>The current entry.</summary>
        public readonly LemmaSpan Current => _result[_index];

        /// <summary>Advances to the next entry.</summary>
        public bool MoveNext() => ++_index < _result.Count;
    }
}
