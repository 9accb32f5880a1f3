using PoznanAsk.Knowledge.Model;
using PoznanAsk.Search.Querying;

namespace PoznanAsk.Knowledge.Index;

/// <summary>One consistent view: the knowledge base and a searcher over the same index commit.</summary>
/// <param name="Knowledge">Passages, facts, registry of the commit.</param>
/// <param name="Searcher">A searcher over the commit's documents (passages, facts, events, organisations).</param>
/// <param name="Generation">The index commit generation.</param>
public sealed record KnowledgeSnapshot(KnowledgeBase Knowledge, IndexSearcher Searcher, long Generation);
