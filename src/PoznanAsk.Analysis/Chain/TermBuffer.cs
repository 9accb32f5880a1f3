namespace PoznanAsk.Analysis.Chain;

/// <summary>
/// The current token's term while it passes through a filter chain: a reusable, growable char
/// buffer, so filters rewrite terms in place without allocating strings. Not thread-safe; each
/// analysis run owns one. A filter may also stack extra terms at the same position
/// (<see cref="Stack"/>); they are emitted after the main term with position increment 0 and do
/// not pass through later filters.
/// </summary>
public sealed class TermBuffer
{
    private char[] _chars = new char[64];
    private char[] _stacked = new char[64];
    private readonly List<int> _stackedEnds = [];

    /// <summary>Number of chars of the term.</summary>
    public int Length { get; set; }

    /// <summary>The term.</summary>
    public Span<char> Span => _chars.AsSpan(0, Length);

    /// <summary>Number of stacked terms added by filters for the current token.</summary>
    public int StackedCount => _stackedEnds.Count;

    /// <summary>Replaces the term by <paramref name="term"/>.</summary>
    public void Set(ReadOnlySpan<char> term)
    {
        Grow(term.Length);
        term.CopyTo(_chars);
        Length = term.Length;
    }

    /// <summary>The whole backing buffer, at least <paramref name="capacity"/> chars; the term is its first <see cref="Length"/> chars.</summary>
    public Span<char> GetBuffer(int capacity)
    {
        Grow(capacity);
        return _chars;
    }

    /// <summary>Adds a term at the same position as the current one (e.g. a second lemma).</summary>
    public void Stack(ReadOnlySpan<char> term)
    {
        int start = _stackedEnds.Count == 0 ? 0 : _stackedEnds[^1];
        if (_stacked.Length < start + term.Length)
        {
            Array.Resize(ref _stacked, Math.Max(_stacked.Length * 2, start + term.Length));
        }

        term.CopyTo(_stacked.AsSpan(start));
        _stackedEnds.Add(start + term.Length);
    }

    /// <summary>The <paramref name="index"/>-th stacked term.</summary>
    public ReadOnlySpan<char> GetStacked(int index)
    {
        int start = index == 0 ? 0 : _stackedEnds[index - 1];
        return _stacked.AsSpan(start, _stackedEnds[index] - start);
    }

    internal void ClearStacked() => _stackedEnds.Clear();

    private void Grow(int capacity)
    {
        if (_chars.Length < capacity)
        {
            var bigger = new char[Math.Max(capacity, _chars.Length * 2)];
            _chars.AsSpan(0, Length).CopyTo(bigger);
            _chars = bigger;
        }
    }
}
