namespace PoznanAsk.Answering.Questions;

/// <summary>A named group of cues; present when any of them is found.</summary>
internal sealed class CueSet
{
    private readonly Cue[] _cues;

    /// <summary>Creates the set from patterns (see <see cref="Cue"/>).</summary>
    public CueSet(params string[] patterns) => _cues = patterns.Select(p => new Cue(p)).ToArray();

    /// <summary>True when any cue occurs in the unmasked words.</summary>
    public bool In(IReadOnlyList<Word> words, IReadOnlySet<int> masked, bool typos = true) => _cues.Any(c => c.Find(words, masked, typos) >= 0);

    /// <summary>Word indices covered by any cue occurrence (for masking them out later).</summary>
    public IEnumerable<int> Positions(IReadOnlyList<Word> words, IReadOnlySet<int> masked)
    {
        foreach (var c in _cues)
        {
            var i = c.Find(words, masked);
            if (i >= 0)
            {
                yield return i;
            }
        }
    }
}
