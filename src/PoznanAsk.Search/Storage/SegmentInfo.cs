namespace PoznanAsk.Search.Storage;

/// <summary>A segment as a commit references it: its name, document count and current deletions.</summary>
/// <param name="Name">Segment name (the file is <c>Name.seg</c>).</param>
/// <param name="MaxDoc">Documents in the segment file, deleted ones included.</param>
/// <param name="DeletionGeneration">0 = no deletions; otherwise the deletions file is <c>Name_G.del</c>.</param>
/// <param name="DeletedCount">Deleted documents.</param>
internal sealed record SegmentInfo(string Name, int MaxDoc, long DeletionGeneration, int DeletedCount)
{
    public string DeletionsFileName => $"{Name}_{DeletionGeneration}.del";
}
