using PoznanAsk.Search.Reading;

namespace PoznanAsk.Search.Indexing;

/// <summary>The writer's view of a segment: the reader plus its current (possibly uncommitted) deletions.</summary>
internal sealed class WriterSegment(SegmentReader reader, bool[]? deleted, long deletionGeneration, int deletedCount)
{
    public SegmentReader Reader { get; } = reader;

    public bool[]? Deleted { get; private set; } = deleted;

    public long DeletionGeneration { get; set; } = deletionGeneration;

    public int DeletedCount { get; private set; } = deletedCount;

    /// <summary>Deletions changed since the last commit wrote them.</summary>
    public bool Dirty { get; set; }

    public int LiveCount => Reader.MaxDoc - DeletedCount;

    public bool IsLive(int doc) => Deleted is null || !Deleted[doc];

    public void Delete(int doc)
    {
        Deleted ??= new bool[Reader.MaxDoc];
        if (!Deleted[doc])
        {
            Deleted[doc] = true;
            DeletedCount++;
            Dirty = true;
        }
    }
}
