using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Retrieval;

/// <summary>A passage found for a question, with the share of the question's weight it covers.</summary>
/// <param name="Passage">The passage.</param>
/// <param name="Score">BM25-style score.</param>
/// <param name="Coverage">Share (0–1) of the question's idf weight the passage contains.</param>
internal sealed record PassageHit(Passage Passage, double Score, double Coverage);
