using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Knowledge.Ingest;

/// <summary>The knowledge base built from a reports folder and the report of what was done.</summary>
/// <param name="Knowledge">Passages, facts, registry.</param>
/// <param name="Report">Files added/updated/unchanged/removed, warnings, counts.</param>
public sealed record IngestResult(KnowledgeBase Knowledge, IngestReport Report);
