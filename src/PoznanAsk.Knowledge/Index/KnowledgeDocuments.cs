using System.Text.Json;
using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Search.Documents;
using F = PoznanAsk.Knowledge.Index.KnowledgeFields;
using K = PoznanAsk.Knowledge.Index.KnowledgeKinds;

namespace PoznanAsk.Knowledge.Index;

/// <summary>
/// Maps the knowledge records to index documents (searchable fields + JSON payload): the one mapping,
/// used by <see cref="KnowledgeIndex"/> and by hosts that index a knowledge base built in memory.
/// </summary>
public static class KnowledgeDocuments
{
    /// <summary>JSON settings of the payloads (records round-trip through their constructors).</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    /// <summary>The per-file documents of a report: its report record, passages and membership lists.</summary>
    internal static IEnumerable<Document> ForFile(StoredReport stored)
    {
        var report = stored.Report;
        var source = report.Info.Source;
        var head = Base(K.Report, "report:" + source, source, report.Info.Year, 0, new ReportRecord(report.Info, stored.Fingerprint, report.Warnings));
        if (report.Info.Title is { } title)
        {
            head.Add(F.Title, title);
        }

        yield return head;
        var ordinal = 0;
        foreach (var passage in report.Passages)
        {
            yield return ForPassage(passage, ordinal++);
        }

        ordinal = 0;
        foreach (var list in report.Lists)
        {
            yield return Base(K.List, "list:" + list.PassageId, source, list.Year, ordinal++, list).Add(F.Passage, list.PassageId);
        }
    }

    /// <summary>The documents derived from the whole knowledge base (rewritten on every update).</summary>
    internal static IEnumerable<Document> Derived(KnowledgeBase knowledge)
    {
        var ordinal = 0;
        foreach (var organisation in knowledge.Organisations)
        {
            var doc = Base(K.Organisation, organisation.Id, string.Empty, null, ordinal++, organisation)
                .Add(F.Name, organisation.CanonicalName)
                .Add(F.OrganisationId, organisation.Id);
            AddNames(doc, F.Text, organisation);
            AddNames(doc, F.Organisation, organisation);
            yield return doc;
        }

        var passages = knowledge.PassagesById;
        ordinal = 0;
        foreach (var fact in knowledge.Memberships)
        {
            yield return ForFact(fact, knowledge, ordinal++);
        }

        ordinal = 0;
        foreach (var e in knowledge.Events)
        {
            var doc = Base(K.Event, e.Id, e.Source, e.Year, ordinal++, e)
                .Add(F.Text, e.Quote)
                .Add(F.Name, e.NameAsWritten)
                .Add(F.Passage, e.PassageId);
            if (e.OrganisationId is { } id)
            {
                doc.Add(F.OrganisationId, id);
                AddNames(doc, F.Organisation, knowledge.OrganisationsById[id]);
            }

            yield return doc;
        }

        ordinal = 0;
        foreach (var link in knowledge.Activities)
        {
            var source = passages.TryGetValue(link.PassageId, out var passage) ? passage.Source : string.Empty;
            yield return Base(K.Activity, "activity:" + link.OrganisationId + ":" + link.PassageId, source, link.Year, ordinal++, link)
                .Add(F.OrganisationId, link.OrganisationId)
                .Add(F.Passage, link.PassageId);
        }
    }

    /// <summary>The document of one passage (kind <c>passage</c>).</summary>
    /// <param name="passage">The passage.</param>
    /// <param name="ordinal">Its position among its file's passages (keeps reload order).</param>
    /// <returns>The document.</returns>
    public static Document ForPassage(Passage passage, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var doc = Base(K.Passage, passage.Id, passage.Source, passage.Year, ordinal, passage)
            .Add(F.Text, passage.Text)
            .Add(F.Section, passage.Section)
            .Add(F.PassageKind, passage.Kind.ToString().ToLowerInvariant());
        Optional(doc, F.Passage, passage.ParentId);
        Optional(doc, F.Url, passage.Url);
        Optional(doc, F.Title, passage.Title);
        return doc;
    }

    /// <summary>The document of one membership fact (kind <c>fact</c>): the quote, every name of its organisation, scope, list.</summary>
    /// <param name="fact">The fact.</param>
    /// <param name="knowledge">The knowledge base it belongs to (registry and list passage).</param>
    /// <param name="ordinal">Its position among the facts.</param>
    /// <returns>The document.</returns>
    public static Document ForFact(MembershipFact fact, KnowledgeBase knowledge, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(knowledge);
        var doc = Base(K.Fact, fact.Id, fact.Source, fact.Year, ordinal, fact)
            .Add(F.Text, fact.Quote)
            .Add(F.Name, fact.NameAsWritten)
            .Add(F.OrganisationId, fact.OrganisationId)
            .Add(F.Scope, fact.Scope.ToString().ToLowerInvariant())
            .Add(F.Passage, fact.ListPassageId);
        if (knowledge.OrganisationsById.TryGetValue(fact.OrganisationId, out var organisation))
        {
            AddNames(doc, F.Organisation, organisation);
        }
        else
        {
            doc.Add(F.Organisation, fact.NameAsWritten);
        }

        if (knowledge.PassagesById.TryGetValue(fact.ListPassageId, out var list))
        {
            doc.Add(F.Section, list.Section);
            Optional(doc, F.Title, list.Title);
            Optional(doc, F.Url, list.Url);
        }

        return doc;
    }

    /// <summary>Folder-level warnings (not tied to one parsed file).</summary>
    internal static IEnumerable<Document> Warnings(IEnumerable<IngestWarning> warnings) =>
        warnings.Select((w, i) => Base(K.Warning, $"warning:{i}", w.Source, null, i, w));

    private static Document Base<T>(string kind, string id, string source, int? year, int ordinal, T payload)
    {
        var doc = new Document()
            .Add(F.Id, id)
            .Add(F.Kind, kind)
            .Add(F.Source, source)
            .Add(F.Ordinal, ordinal)
            .Add(F.Payload, JsonSerializer.Serialize(payload, Json));
        if (year is { } y)
        {
            doc.Add(F.Year, y);
        }

        return doc;
    }

    private static void AddNames(Document doc, string field, Organisation organisation)
    {
        doc.Add(field, organisation.CanonicalName);
        foreach (var alias in organisation.Aliases)
        {
            doc.Add(field, alias.Name);
        }

        foreach (var abbreviation in organisation.Abbreviations)
        {
            doc.Add(field, abbreviation);
        }
    }

    private static void Optional(Document doc, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            doc.Add(field, value);
        }
    }
}
