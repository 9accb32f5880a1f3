using System.Globalization;
using PoznanAsk.Analysis;
using PoznanAsk.Search.Documents;
using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Schema;
using PoznanAsk.Search.Storage;

namespace PoznanAsk.Search.Indexing;

/// <summary>
/// The single writer of an index folder. Adds and deletes are buffered and become visible together,
/// atomically, at <see cref="Commit"/>: new segment files are written and fsync'ed first, then the
/// deletion files, then the commit point <c>segments_N</c> (temp file, fsync, rename). A crash at any
/// moment leaves the previous commit intact; files no commit references are removed on the next open
/// or commit. Holds <c>write.lock</c> until disposed. Thread-safe (calls are serialised).
/// </summary>
public sealed class IndexWriter : IDisposable
{
    private readonly object _sync = new();
    private readonly SearchOptions _options;
    private readonly string _dir;
    private readonly IndexSchema _schema;
    private readonly Analyzer?[] _analyzers;
    private readonly WriteLock _lock;
    private readonly List<WriterSegment> _segments = [];
    private SegmentBuilder _builder;
    private CommitPoint? _lastCommit;
    private long _segmentCounter;
    private bool _disposed;

    private IndexWriter(SearchOptions options, IndexSchema schema, Analyzer?[] analyzers, WriteLock writeLock)
    {
        _options = options;
        _dir = options.IndexPath;
        _schema = schema;
        _analyzers = analyzers;
        _lock = writeLock;
        _builder = new SegmentBuilder(schema, analyzers);
    }

    /// <summary>Generation of the last commit (0 before the first).</summary>
    public long Generation => _lastCommit?.Generation ?? 0;

    /// <summary>Live documents including uncommitted adds and deletes.</summary>
    public int PendingDocCount
    {
        get
        {
            lock (_sync)
            {
                return _segments.Sum(s => s.LiveCount) + _builder.DocCount - _builder.Deleted.Count;
            }
        }
    }

    /// <summary>
    /// Opens (or creates) the index at <see cref="SearchOptions.IndexPath"/> for writing.
    /// <paramref name="analyzers"/> must contain every analyzer the schema names.
    /// </summary>
    /// <exception cref="IndexLockedException">Another writer holds the lock.</exception>
    /// <exception cref="SchemaMismatchException">The persisted schema differs, or an analyzer is missing.</exception>
    /// <exception cref="IndexCorruptException">The latest commit or one of its files fails verification.</exception>
    public static IndexWriter Open(SearchOptions options, IndexSchema schema, IEnumerable<Analyzer> analyzers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(analyzers);
        options.Validate();
        var byName = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var a in analyzers)
        {
            byName[a.Name] = a;
        }

        var resolved = new Analyzer?[schema.Fields.Count];
        for (var i = 0; i < resolved.Length; i++)
        {
            if (schema.Fields[i].Analyzer is { } name)
            {
                resolved[i] = byName.TryGetValue(name, out var a) ? a : throw new SchemaMismatchException($"Analyzer '{name}' of field '{schema.Fields[i].Name}' was not provided.");
            }
        }

        Directory.CreateDirectory(options.IndexPath);
        var writeLock = WriteLock.Acquire(options.IndexPath);
        try
        {
            var writer = new IndexWriter(options, schema, resolved, writeLock);
            writer.Load();
            return writer;
        }
        catch
        {
            writeLock.Dispose();
            throw;
        }
    }

    /// <summary>Buffers a document; it becomes visible at the next commit.</summary>
    /// <exception cref="SchemaMismatchException">A field is not in the schema or has the wrong value type.</exception>
    public void Add(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (_sync)
        {
            ThrowIfDisposed();
            _builder.Add(document);
            if (_builder.DocCount >= _options.MaxBufferedDocuments)
            {
                Flush();
            }
        }
    }

    /// <summary>
    /// Deletes every document (committed, or added before this call) whose <paramref name="field"/>
    /// has exactly the term <paramref name="value"/> (Keyword value, Int value in decimal, or an analysed Text term).
    /// </summary>
    public void DeleteByTerm(string field, string value)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(value);
        var no = _schema.IndexOf(field);
        if (no < 0 || !_schema.Fields[no].Indexed)
        {
            throw new SchemaMismatchException($"Field '{field}' is not an indexed field of the schema.");
        }

        var term = value;
        if (_schema.Fields[no].Kind == FieldKind.Int)
        {
            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            {
                throw new SchemaMismatchException($"Field '{field}' is Int; '{value}' is not an integer.");
            }

            term = IntTerm.Encode(n);
        }

        lock (_sync)
        {
            ThrowIfDisposed();
            foreach (var seg in _segments)
            {
                var postings = seg.Reader.Postings(no, term);
                if (postings is null)
                {
                    continue;
                }

                for (var d = postings.NextDoc(); d != PostingsEnum.NoMoreDocs; d = postings.NextDoc())
                {
                    seg.Delete(d);
                }
            }

            var buffer = _builder.Field(no);
            var id = buffer?.Find(term) ?? -1;
            if (id >= 0)
            {
                foreach (var d in buffer!.DocsOfTerm(id))
                {
                    _builder.Deleted.Add(d);
                }
            }
        }
    }

    /// <summary>Deletes every document whose Int <paramref name="field"/> equals <paramref name="value"/>.</summary>
    public void DeleteByTerm(string field, int value) => DeleteByTerm(field, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Makes all adds and deletes since the last commit visible at once, durably. <paramref name="userData"/>
    /// is stored with the commit (null keeps the previous commit's user data). Returns the new generation.
    /// If it throws, the index still shows the previous commit and this writer returns to it (the
    /// uncommitted changes are discarded).
    /// </summary>
    public long Commit(IReadOnlyDictionary<string, string>? userData = null)
    {
        lock (_sync)
        {
            ThrowIfDisposed();
            try
            {
                return CommitCore(userData);
            }
            catch
            {
                // The files on disk still hold the previous commit; make this writer match them again so a
                // later commit cannot publish half of the failed one. Pending changes are discarded.
                try
                {
                    _segments.Clear();
                    _builder = new SegmentBuilder(_schema, _analyzers);
                    Load();
                }
                catch (Exception reload) when (reload is IOException or SearchException)
                {
                    _disposed = true;
                    _lock.Dispose();
                }

                throw;
            }
        }
    }

    /// <summary>Test seam: called with a step name ("segments-written", "deletions-written") during a commit; may throw.</summary>
    internal Action<string>? FaultInjection { get; set; }

    private long CommitCore(IReadOnlyDictionary<string, string>? userData)
    {
        Flush();
        MaybeMerge();
        FaultInjection?.Invoke("segments-written");
        var generation = Generation + 1;
        var infos = new List<SegmentInfo>(_segments.Count);
        foreach (var seg in _segments)
        {
            if (seg.Dirty)
            {
                seg.DeletionGeneration = generation;
                var info = new SegmentInfo(seg.Reader.Name, seg.Reader.MaxDoc, generation, seg.DeletedCount);
                DeletionsFile.Write(Path.Combine(_dir, info.DeletionsFileName), seg.Deleted!, _options.Durable);
                seg.Dirty = false;
            }

            infos.Add(new SegmentInfo(seg.Reader.Name, seg.Reader.MaxDoc, seg.DeletedCount == 0 ? 0 : seg.DeletionGeneration, seg.DeletedCount));
        }

        FaultInjection?.Invoke("deletions-written");
        var data = userData is null
            ? _lastCommit?.UserData ?? new Dictionary<string, string>()
            : new Dictionary<string, string>(userData, StringComparer.Ordinal);
        var commit = new CommitPoint(generation, _schema, infos, data, _segmentCounter);
        commit.Write(_dir, _options.Durable);
        _lastCommit = commit;
        DeleteUnreferencedFiles();
        return generation;
    }

    /// <summary>Merges all segments down to at most <paramref name="maxSegments"/> (visible after the next <see cref="Commit"/>).</summary>
    public void ForceMerge(int maxSegments = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSegments, 1);
        lock (_sync)
        {
            ThrowIfDisposed();
            Flush();
            while (_segments.Count > maxSegments)
            {
                var take = Math.Min(_segments.Count, _segments.Count - maxSegments + 1);
                MergeRange(SmallestWindow(take), take);
            }

            if (_segments.Count == 1 && _segments[0].DeletedCount > 0)
            {
                MergeRange(0, 1);
            }
        }
    }

    /// <summary>Discards uncommitted adds and deletes and returns to the last commit.</summary>
    public void Rollback()
    {
        lock (_sync)
        {
            ThrowIfDisposed();
            _segments.Clear();
            _builder = new SegmentBuilder(_schema, _analyzers);
            Load();
        }
    }

    /// <summary>Releases the write lock. Uncommitted changes are discarded (call <see cref="Commit"/> first).</summary>
    public void Dispose()
    {
        lock (_sync)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _lock.Dispose();
        }
    }

    private void Load()
    {
        _lastCommit = CommitPoint.ReadLatest(_dir);
        _segmentCounter = Math.Max(_lastCommit?.SegmentCounter ?? 0, IndexFiles.HighestSegmentNumber(_dir) + 1);
        if (_lastCommit is not null)
        {
            if (!_lastCommit.Schema.Equals(_schema))
            {
                throw new SchemaMismatchException($"The index was created with schema [{_lastCommit.Schema}], not [{_schema}].");
            }

            foreach (var leaf in IndexReader.OpenLeaves(_dir, _lastCommit, null))
            {
                var deleted = leaf.Deleted is null ? null : (bool[])leaf.Deleted.Clone();
                var info = _lastCommit.Segments.First(s => s.Name == leaf.Segment.Name);
                _segments.Add(new WriterSegment(leaf.Segment, deleted, info.DeletionGeneration, info.DeletedCount));
            }
        }

        DeleteUnreferencedFiles();
    }

    private void Flush()
    {
        if (_builder.DocCount == 0)
        {
            return;
        }

        var name = "_" + (_segmentCounter++).ToString(CultureInfo.InvariantCulture);
        SegmentFileWriter.Write(Path.Combine(_dir, SegmentReader.FileNameOf(name)), _builder, _options.StoredBlockDocuments, _options.Durable);
        var reader = SegmentReader.Open(_dir, name, _schema);
        var seg = new WriterSegment(reader, null, 0, 0);
        foreach (var d in _builder.Deleted)
        {
            seg.Delete(d);
        }

        _segments.Add(seg);
        _builder = new SegmentBuilder(_schema, _analyzers);
    }

    private void MaybeMerge()
    {
        var factor = _options.MergeFactor;
        while (_segments.Count > factor)
        {
            MergeRange(SmallestWindow(factor), factor);
        }

        // Fully deleted segments are simply dropped.
        _segments.RemoveAll(s => s.LiveCount == 0);
    }

    private int SmallestWindow(int size)
    {
        var best = 0;
        var bestSum = long.MaxValue;
        for (var i = 0; i + size <= _segments.Count; i++)
        {
            long sum = 0;
            for (var k = i; k < i + size; k++)
            {
                sum += _segments[k].Reader.MaxDoc;
            }

            if (sum < bestSum)
            {
                bestSum = sum;
                best = i;
            }
        }

        return best;
    }

    private void MergeRange(int start, int count)
    {
        var range = _segments.GetRange(start, count);
        _segments.RemoveRange(start, count);
        var builder = SegmentMerger.Merge(_schema, range);
        if (builder.DocCount == 0)
        {
            return;
        }

        var name = "_" + (_segmentCounter++).ToString(CultureInfo.InvariantCulture);
        SegmentFileWriter.Write(Path.Combine(_dir, SegmentReader.FileNameOf(name)), builder, _options.StoredBlockDocuments, _options.Durable);
        _segments.Insert(start, new WriterSegment(SegmentReader.Open(_dir, name, _schema), null, 0, 0));
    }

    private void DeleteUnreferencedFiles()
    {
        var keep = new HashSet<string>(_lastCommit?.Files() ?? [], StringComparer.Ordinal);
        foreach (var seg in _segments)
        {
            keep.Add(SegmentReader.FileNameOf(seg.Reader.Name)); // flushed, not yet committed
        }

        IndexFiles.DeleteUnreferenced(_dir, keep);
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
