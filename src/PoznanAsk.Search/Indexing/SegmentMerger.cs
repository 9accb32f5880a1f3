using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Schema;

namespace PoznanAsk.Search.Indexing;

/// <summary>
/// Merges adjacent segments into one builder, dropping deleted documents and keeping document order
/// (so score ties still break by insertion order, as in Lucene). Postings are decoded and re-encoded
/// with the new doc numbers; stored fields are copied verbatim.
/// </summary>
internal static class SegmentMerger
{
    public static SegmentBuilder Merge(IndexSchema schema, IReadOnlyList<WriterSegment> segments)
    {
        var builder = new SegmentBuilder(schema, new PoznanAsk.Analysis.Analyzer?[schema.Fields.Count]);
        var maps = new int[segments.Count][];
        var next = 0;
        for (var s = 0; s < segments.Count; s++)
        {
            var seg = segments[s];
            var map = new int[seg.Reader.MaxDoc];
            var stored = seg.Reader.Stored;
            for (var b = 0; b < stored.BlockCount; b++)
            {
                var first = stored.BlockFirstDoc(b);
                var raws = stored.RawBlock(b);
                for (var i = 0; i < raws.Count; i++)
                {
                    var doc = first + i;
                    if (seg.IsLive(doc))
                    {
                        map[doc] = next++;
                        builder.AddStoredRaw(raws[i]);
                    }
                    else
                    {
                        map[doc] = -1;
                    }
                }
            }

            maps[s] = map;
        }

        var positions = new int[64];
        for (var f = 0; f < schema.Fields.Count; f++)
        {
            var target = builder.Field(f);
            if (target is null)
            {
                continue;
            }

            for (var s = 0; s < segments.Count; s++)
            {
                var field = segments[s].Reader.Field(f);
                if (field is null)
                {
                    continue;
                }

                var map = maps[s];
                if (field.HasNorms)
                {
                    for (var d = 0; d < map.Length; d++)
                    {
                        if (map[d] >= 0)
                        {
                            target.SetNorm(map[d], field.Norm(d));
                        }
                    }
                }

                var terms = field.Seek(default);
                while (terms.Next())
                {
                    var termId = -1;
                    var postings = new PostingsEnum(field, terms.Info, segments[s].Reader.MaxDoc);
                    for (var d = postings.NextDoc(); d != PostingsEnum.NoMoreDocs; d = postings.NextDoc())
                    {
                        if (map[d] < 0)
                        {
                            continue;
                        }

                        if (termId < 0)
                        {
                            termId = target.TermId(System.Text.Encoding.UTF8.GetString(terms.Term));
                        }

                        var freq = postings.Freq;
                        if (field.HasPositions)
                        {
                            if (positions.Length < freq)
                            {
                                positions = new int[freq * 2];
                            }

                            for (var k = 0; k < freq; k++)
                            {
                                positions[k] = postings.NextPosition();
                            }
                        }

                        target.Append(termId, map[d], freq, field.HasPositions ? positions.AsSpan(0, freq) : default);
                    }
                }
            }
        }

        return builder;
    }
}
