using PoznanAsk.Analysis;

namespace PoznanAsk.Answering.Questions;

/// <summary>How many typos a question word may carry before it stops matching (the distance itself is <see cref="EditDistance"/>).</summary>
internal static class TypoTolerance
{
    /// <summary>How many typos a word of this length may carry: 0 below 5 letters, 1 up to 7, 2 from 8.</summary>
    public static int Allowed(int length) => length < 5 ? 0 : length < 8 ? 1 : 2;
}
