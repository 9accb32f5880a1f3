using System.Text.Json;
using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Model;
using Document = Lucene.Net.Documents.Document;
using F = PoznanAsk.Knowledge.Index.KnowledgeFields;
using K = PoznanAsk.Knowledge.Index.KnowledgeKinds;

namespace PoznanAsk.Knowledge.Index;

/// <summary>
/// Maps the knowledge records to index documents (searchable fields + JSON payload): the one mapping,
/// used by <see cref="KnowledgeIndex"/> and by hosts that index a knowledge base built in memory.
/// </summary>
internal static class KnowledgeDocuments
{
    /// <summary>JSON settings of the payloads (records round-trip through their constructors).</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    /// <summary>The per-file documents of a report: its report record, passages and membership lists.</summary>
    internal static IEnumerable<Document> ForFile(KnowledgeSchema schema, StoredReport stored)
    {
        var report = stored.Report;
        var source = report.Info.Source;
        var head = Base(schema, K.Report, "report:" + source, source, report.Info.Year, 0, new ReportRecord(report.Info, stored.Fingerprint, report.Warnings));
        if (report.Info.Title is { } title)
        {
            head.Add(F.Title, title);
        }

        yield return head.Lucene;
        var ordinal = 0;
        foreach (var passage in report.Passages)
        {
            yield return ForPassage(schema, passage, ordinal++);
        }

        ordinal = 0;
        foreach (var list in report.Lists)
        {
            yield return Base(schema, K.List, "list:" + list.PassageId, source, list.Year, ordinal++, list).Add(F.Passage, list.PassageId).Lucene;
        }
    }

    /// <summary>The documents derived from the whole knowledge base (rewritten on every update).</summary>
    internal static IEnumerable<Document> Derived(KnowledgeSchema schema, KnowledgeBase knowledge)
    {
        var ordinal = 0;
        foreach (var organisation in knowledge.Organisations)
        {
            var doc = Base(schema, K.Organisation, organisation.Id, string.Empty, null, ordinal++, organisation)
                .Add(F.Name, organisation.CanonicalName)
                .Add(F.OrganisationId, organisation.Id);
            AddNames(doc, F.Text, organisation);
            AddNames(doc, F.Organisation, organisation);
            yield return doc.Lucene;
        }

        var passages = knowledge.PassagesById;
        ordinal = 0;
        foreach (var fact in knowledge.Memberships)
        {
            yield return ForFact(schema, fact, knowledge, ordinal++);
        }

        ordinal = 0;
        foreach (var e in knowledge.Events)
        {
            var doc = Base(schema, K.Event, e.Id, e.Source, e.Year, ordinal++, e)
                .Add(F.Text, e.Quote)
                .Add(F.Name, e.NameAsWritten)
                .Add(F.Passage, e.PassageId);
            if (e.OrganisationId is { } id)
            {
                doc.Add(F.OrganisationId, id);
                AddNames(doc, F.Organisation, knowledge.OrganisationsById[id]);
            }

            yield return doc.Lucene;
        }

        ordinal = 0;
        foreach (var link in knowledge.Activities)
        {
            var source = passages.TryGetValue(link.PassageId, out var passage) ? passage.Source : string.Empty;
            yield return Base(schema, K.Activity, "activity:" + link.OrganisationId + ":" + link.PassageId, source, link.Year, ordinal++, link)
                .Add(F.OrganisationId, link.OrganisationId)
                .Add(F.Passage, link.PassageId).Lucene;
        }
    }

    /// <summary>The document of one passage (kind <c>passage</c>).</summary>
    /// <param name="schema">The index schema.</param>
    /// <param name="passage">The passage.</param>
    /// <param name="ordinal">Its position among its file's passages (keeps reload order).</param>
    /// <returns>The document.</returns>
    public static Document ForPassage(KnowledgeSchema schema, Passage passage, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var doc = Base(schema, K.Passage, passage.Id, passage.Source, passage.Year, ordinal, passage)
            .Add(F.Text, passage.Text)
            .Add(F.Section, passage.Section)
            .Add(F.PassageKind, passage.Kind.ToString().ToLowerInvariant());
        Optional(doc, F.Passage, passage.ParentId);
        Optional(doc, F.Url, passage.Url);
        Optional(doc, F.Title, passage.Title);
        return doc.Lucene;
    }

    /// <summary>The document of one membership fact (kind <c>fact</c>): the quote, every name of its organisation, scope, list.</summary>
    /// <param name="schema">The index schema.</param>
    /// <param name="fact">The fact.</param>
    /// <param name="knowledge">The knowledge base it belongs to (registry and list passage).</param>
    /// <param name="ordinal">Its position among the facts.</param>
    /// <returns>The document.</returns>
    public static Document ForFact(KnowledgeSchema schema, MembershipFact fact, KnowledgeBase knowledge, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(knowledge);
        var doc = Base(schema, K.Fact, fact.Id, fact.Source, fact.Year, ordinal, fact)
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

        return doc.Lucene;
    }

    /// <summary>Folder-level warnings (not tied to one parsed file).</summary>
    internal static IEnumerable<Document> Warnings(KnowledgeSchema schema, IEnumerable<IngestWarning> warnings) =>
        warnings.Select((w, i) => Base(schema, K.Warning, $"warning:{i}", w.Source, null, i, w).Lucene);

    private static Doc Base<T>(KnowledgeSchema schema, string kind, string id, string source, int? year, int ordinal, T payload)
    {
        var doc = new Doc(schema)
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

    private static void AddNames(Doc doc, string field, Organisation organisation)
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

    private static void Optional(Doc doc, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            doc.Add(field, value);
        }
    }

    /// <summary>A document being built: the schema decides each field's Lucene type and sub-fields.</summary>
    private sealed class Doc(KnowledgeSchema schema)
    {
        public Document Lucene { get; } = new();

        public Doc Add(string field, string value)
        {
            schema.Add(Lucene, field, value);
            return this;
        }

        public Doc Add(string field, int value)
        {
            KnowledgeSchema.Add(Lucene, field, value);
            return this;
        }
    }
}
