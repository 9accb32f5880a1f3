namespace PoznanAsk.Search.Querying.Scorers;

/// <summary>Matches of the required scorer that the excluded scorer does not match (MUST_NOT).</summary>
internal sealed class ReqExclScorer(Scorer required, Scorer excluded) : Scorer
{
    public override int Doc => required.Doc;

    public override long Cost => required.Cost;

    public override int NextDoc() => Skip(required.NextDoc());

    public override int Advance(int target) => Skip(required.Advance(target));

    public override float Score() => required.Score();

    private int Skip(int doc)
    {
        while (doc != NoMoreDocs)
        {
            var e = excluded.Doc < doc ? excluded.Advance(doc) : excluded.Doc;
            if (e != doc)
            {
                return doc;
            }

            doc = required.NextDoc();
        }

        return doc;
    }
}
