namespace PoznanAsk.Answering.Questions;

/// <summary>One name of an organisation prepared for matching: its content words, their analyzer keys and weights.</summary>
/// <param name="OrganisationId">Registry id.</param>
/// <param name="Name">The name as written.</param>
/// <param name="Words">Folded content words (function words removed unless the name has nothing else).</param>
/// <param name="Keys">For each word, the folded analyzer terms it produced.</param>
internal sealed record NameForm(string OrganisationId, string Name, string[] Words, string[][] Keys)
{
    /// <summary>For each word, its index in the linker's table of distinct name words.</summary>
    public int[] Ids { get; set; } = [];

    /// <summary>idf-like weights of <see cref="Words"/>, filled once the whole registry is known.</summary>
    public double[] Weights { get; set; } = [];

    /// <summary>For each word, true when no other organisation's names use it.</summary>
    public bool[] Unique { get; set; } = [];

    /// <summary>Sum of <see cref="Weights"/>.</summary>
    public double TotalWeight { get; set; }
}
