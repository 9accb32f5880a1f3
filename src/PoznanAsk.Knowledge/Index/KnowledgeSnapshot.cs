using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Knowledge.Index;

/// <summary>One consistent view: the knowledge base and the search façade over the same index commit.</summary>
/// <param name="Knowledge">Passages, facts, registry of the commit.</param>
/// <param name="Search">Search over the commit's passages and facts.</param>
/// <param name="Generation">The index commit generation.</param>
public sealed record KnowledgeSnapshot(KnowledgeBase Knowledge, IKnowledgeSearch Search, long Generation);
