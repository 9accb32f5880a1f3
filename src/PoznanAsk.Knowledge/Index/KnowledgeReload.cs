using System.Text.Json;
using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Model;
using Lucene.Net.Index;
using F = PoznanAsk.Knowledge.Index.KnowledgeFields;
using K = PoznanAsk.Knowledge.Index.KnowledgeKinds;

namespace PoznanAsk.Knowledge.Index;

/// <summary>
/// Rebuilds the knowledge base and the per-file parsed reports from a snapshot's stored documents,
/// in the order they were written (source, then ordinal), without reading any report file.
/// </summary>
internal static class KnowledgeReload
{
    /// <summary>What a snapshot holds.</summary>
    public sealed record Loaded(KnowledgeBase Knowledge, IReadOnlyDictionary<string, StoredReport> Reports);

    private static readonly HashSet<string> StoredFields = new(StringComparer.Ordinal) { F.Kind, F.Source, F.Ordinal, F.Payload };

    /// <summary>Reads every live document of <paramref name="reader"/>.</summary>
    /// <exception cref="KnowledgeException">A payload does not parse (the index was written by something else).</exception>
    public static Loaded Load(IndexReader reader)
    {
        var byKind = new Dictionary<string, List<(string Source, int Ordinal, string Payload)>>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            for (var i = 0; i < atomic.MaxDoc; i++)
            {
                if (live is not null && !live.Get(i))
                {
                    continue;
                }

                var doc = atomic.Document(i, StoredFields);
                var kind = doc.Get(F.Kind) ?? string.Empty;
                if (!byKind.TryGetValue(kind, out var list))
                {
                    byKind[kind] = list = [];
                }

                list.Add((doc.Get(F.Source) ?? string.Empty, doc.GetField(F.Ordinal)?.GetInt32Value() ?? 0, doc.Get(F.Payload) ?? "null"));
            }
        }

        var reports = Read<ReportRecord>(byKind, K.Report);
        var passages = Read<Passage>(byKind, K.Passage);
        var lists = Read<MembershipList>(byKind, K.List);
        var facts = Read<MembershipFact>(byKind, K.Fact);
        var events = Read<EventFact>(byKind, K.Event);
        var organisations = Read<Organisation>(byKind, K.Organisation);
        var activities = Read<ActivityLink>(byKind, K.Activity);
        var folderWarnings = Read<IngestWarning>(byKind, K.Warning);

        var stored = new Dictionary<string, StoredReport>(StringComparer.Ordinal);
        foreach (var record in reports)
        {
            var source = record.Info.Source;
            var parsed = new ParsedReport(
                record.Info,
                passages.Where(p => p.Source == source).ToArray(),
                lists.Where(l => l.Source == source).ToArray(),
                facts.Where(f => f.Source == source).Select(f => f with { OrganisationId = string.Empty }).ToArray(),
                events.Where(e => e.Source == source).Select(e => e with { OrganisationId = null }).ToArray(),
                record.Warnings);
            stored[source] = new StoredReport(record.Fingerprint, parsed);
        }

        var warnings = folderWarnings.Concat(reports.SelectMany(r => r.Warnings)).ToArray();
        var knowledge = new KnowledgeBase(reports.Select(r => r.Info).ToArray(), passages, lists, facts, events, activities, organisations, warnings);
        return new Loaded(knowledge, stored);
    }

    private static T[] Read<T>(Dictionary<string, List<(string Source, int Ordinal, string Payload)>> byKind, string kind)
    {
        if (!byKind.TryGetValue(kind, out var list))
        {
            return [];
        }

        var ordered = kind is K.Passage or K.List or K.Report
            ? list.OrderBy(d => d.Source, StringComparer.Ordinal).ThenBy(d => d.Ordinal)
            : list.OrderBy(d => d.Ordinal);
        try
        {
            return ordered.Select(d => JsonSerializer.Deserialize<T>(d.Payload, KnowledgeDocuments.Json)
                ?? throw new KnowledgeException($"Pusty zapis dokumentu typu {kind} w indeksie (empty payload).")).ToArray();
        }
        catch (JsonException e)
        {
            throw new KnowledgeException($"Indeks zawiera nieczytelny dokument typu {kind} – przebuduj indeks (unreadable {kind} payload): {e.Message}", e);
        }
    }
}
