using PoznanAsk.Answering.Answers;
using PoznanAsk.Knowledge.Index;

namespace PoznanAsk.Answering.Service;

/// <summary>One consistent view the engine serves: the answering pipeline and the search index of the same knowledge base.</summary>
/// <param name="Composer">Question → answer over the knowledge base.</param>
/// <param name="Search">The search façade over the same knowledge base's index.</param>
internal sealed record EngineSnapshot(AnswerComposer Composer, IKnowledgeSearch Search);
