namespace PoznanAsk.Knowledge.Text;

/// <summary>A range of a text: UTF-16 offsets, <see cref="End"/> exclusive.</summary>
/// <param name="Start">First character.</param>
/// <param name="End">One past the last character.</param>
internal readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>The covered characters of <paramref name="text"/>.</summary>
    public string Of(string text) => text[Start..End];
}
