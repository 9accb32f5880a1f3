using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Scoring;

namespace PoznanAsk.Search.Querying.Scorers;

/// <summary>BM25 over one term's postings.</summary>
internal sealed class TermScorer(PostingsEnum postings, FieldReader field, float weight, float[] normCache) : Scorer
{
    public override int Doc => postings.Doc;

    public override long Cost => postings.DocFreq;

    public override int NextDoc() => postings.NextDoc();

    public override int Advance(int target) => postings.Advance(target);

    public override float Score() => Bm25.Score(weight, postings.Freq, normCache[field.Norm(postings.Doc)]);
}
