using PoznanAsk.Answering.Answers;

namespace PoznanAsk.Answering.Service;

/// <summary>One consistent view the engine serves: the answering pipeline and the search index of the same knowledge base.</summary>
/// <param name="Composer">Question → answer over the knowledge base.</param>
/// <param name="Search">The search engine's index of the same knowledge base, or null without analysis resources.</param>
internal sealed record EngineSnapshot(AnswerComposer Composer, SearchIndex? Search);
