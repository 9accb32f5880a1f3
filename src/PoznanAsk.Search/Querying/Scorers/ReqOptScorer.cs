namespace PoznanAsk.Search.Querying.Scorers;

/// <summary>Matches of the required scorer; the optional scorer only adds its score where it also matches (Lucene's ReqOptSumScorer, float addition).</summary>
internal sealed class ReqOptScorer(Scorer required, Scorer optional) : Scorer
{
    public override int Doc => required.Doc;

    public override long Cost => required.Cost;

    public override int NextDoc() => required.NextDoc();

    public override int Advance(int target) => required.Advance(target);

    public override float Score()
    {
        var doc = required.Doc;
        var score = required.Score();
        var o = optional.Doc < doc ? optional.Advance(doc) : optional.Doc;
        return o == doc ? score + optional.Score() : score;
    }
}
