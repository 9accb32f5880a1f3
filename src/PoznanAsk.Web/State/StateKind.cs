namespace PoznanAsk.Web.State;

/// <summary>Where conversation state lives (<c>State:Kind</c>).</summary>
public enum StateKind
{
    /// <summary>An embedded SQLite file in the data folder: one instance, survives restarts (the default).</summary>
    Sqlite,

    /// <summary>A Redis server shared by every replica (<c>State:Redis:Configuration</c>).</summary>
    Redis,
}
