using PoznanAsk.Search.Querying;
using PoznanAsk.Search.Querying.Parsing;
using PoznanAsk.Search.Reading;

namespace PoznanAsk.Search.Tests.Fakes;

/// <summary>A few Polish report passages, committed in two segments, with searcher and parser.</summary>
internal sealed class SampleIndex : IDisposable
{
    public static readonly (string Id, int Year, string Kind, string Text)[] Passages =
    [
        ("p1", 2022, "passage", "Miasto Poznań jest członkiem Związku Miast Polskich."),
        ("p2", 2022, "passage", "Poznań należy do stowarzyszenia Eurocities oraz do Związku Metropolii Polskich."),
        ("p3", 2023, "passage", "Rada Miasta Poznania przyjęła uchwałę w sprawie członkostwa w stowarzyszeniu."),
        ("p4", 2023, "fact", "Poznań – członek: Eurocities."),
        ("p5", 2023, "passage", "Budżet miasta na rok 2023 przewiduje wydatki na kulturę i sport."),
        ("p6", 2024, "passage", "Sprawozdanie z wykonania budżetu miasta Poznania za rok 2024."),
    ];

    private readonly TestIndex _index = new();

    public SampleIndex()
    {
        using (var writer = _index.OpenWriter())
        {
            for (var i = 0; i < Passages.Length; i++)
            {
                var (id, year, kind, text) = Passages[i];
                writer.Add(TestIndex.Passage(id, text, year, kind: kind));
                if (i == 2)
                {
                    writer.Commit();
                }
            }

            writer.Commit();
        }

        Reader = IndexReader.Open(_index.Path);
        Searcher = new IndexSearcher(Reader);
        Parser = new QueryParser(TestIndex.Schema, TestIndex.Analyzers, "text");
    }

    public IndexReader Reader { get; }

    public IndexSearcher Searcher { get; }

    public QueryParser Parser { get; }

    public string Path => _index.Path;

    public IReadOnlyList<string> Ids(Query query, Query? filter = null) =>
        Searcher.Search(query, 100, filter).Hits.Select(h => Reader.Document(h.Doc).Get("id")!).ToList();

    public IReadOnlyList<string> Ids(string query) => Ids(Parser.Parse(query));

    public void Dispose() => _index.Dispose();
}
