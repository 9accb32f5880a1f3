namespace PoznanAsk.Answering.Answers;

/// <summary>The intents a question is classified into (stable strings used in JSON and the eval file).</summary>
public static class Intents
{
    /// <summary>Which organisations does the city belong to (optionally by scope and year).</summary>
    public const string ListMemberships = "list-memberships";

    /// <summary>Is the city a member of X (in year Y).</summary>
    public const string IsMember = "is-member";

    /// <summary>How many organisations.</summary>
    public const string CountMemberships = "count-memberships";

    /// <summary>When did the city join X.</summary>
    public const string WhenJoined = "when-joined";

    /// <summary>What did the city do in/with X (in year Y).</summary>
    public const string Activity = "activity";

    /// <summary>What changed between two years.</summary>
    public const string Diff = "diff";

    /// <summary>Anything else: passage search.</summary>
    public const string Search = "search";

    /// <summary>Greeting / help.</summary>
    public const string Help = "help";
}
