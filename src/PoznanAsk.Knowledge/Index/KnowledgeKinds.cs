namespace PoznanAsk.Knowledge.Index;

/// <summary>Values of <see cref="KnowledgeFields.Kind"/>.</summary>
public static class KnowledgeKinds
{
    /// <summary>A citable passage (paragraph, list, list item).</summary>
    public const string Passage = "passage";

    /// <summary>A membership fact.</summary>
    public const string Fact = "fact";

    /// <summary>A join/leave event.</summary>
    public const string Event = "event";

    /// <summary>An organisation of the registry.</summary>
    public const string Organisation = "organisation";

    /// <summary>A membership list (intro, stated and parsed counts); not searchable.</summary>
    public const string List = "list";

    /// <summary>An ingested report file (year, evidence, fingerprint, warnings); not searchable.</summary>
    public const string Report = "report";

    /// <summary>An activity link; not searchable.</summary>
    public const string Activity = "activity";

    /// <summary>A folder-level ingest warning (duplicate file, manifest entry without a file); not searchable.</summary>
    public const string Warning = "warning";
}
