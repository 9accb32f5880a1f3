namespace PoznanAsk.Search.Reading;

/// <summary>A segment inside a reader snapshot: its documents start at <see cref="DocBase"/>; <see cref="Deleted"/> is null when none are.</summary>
internal sealed record LeafReader(SegmentReader Segment, int DocBase, bool[]? Deleted, long DeletionGeneration)
{
    public bool IsLive(int doc) => Deleted is null || !Deleted[doc];
}
