using PoznanAsk.Knowledge.Facts;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Registry;

namespace PoznanAsk.Knowledge.Ingest;

/// <summary>
/// Joins the parsed reports into one <see cref="KnowledgeBase"/>: builds the organisation registry
/// from every list item and event name (plus the curated aliases), resolves facts and events to
/// organisations and links activity passages. Cheap (no file is read), so it runs on every update.
/// </summary>
internal static class KnowledgeAssembler
{
    /// <summary>Assembles the knowledge base.</summary>
    /// <param name="reports">Parsed reports, any order (sorted by source here).</param>
    /// <param name="curated">Curated aliases.</param>
    /// <param name="stem">Optional stemmer for inflection-tolerant name matching.</param>
    /// <param name="extraWarnings">Folder-level warnings (duplicates, manifest entries without files).</param>
    public static KnowledgeBase Assemble(
        IEnumerable<ParsedReport> reports, IReadOnlyList<CuratedAlias> curated, Func<string, IReadOnlyList<string>>? stem, IEnumerable<IngestWarning> extraWarnings)
    {
        var ordered = reports.OrderBy(r => r.Info.Source, StringComparer.Ordinal).ToArray();
        var passages = ordered.SelectMany(r => r.Passages).ToArray();
        var names = ordered.SelectMany(r => r.Memberships.Select(m => new NameOccurrence(m.NameAsWritten, m.Year, Listed: true))
            .Concat(r.Events.Select(e => new NameOccurrence(e.NameAsWritten, e.Year, Listed: false))));
        var texts = passages.Where(p => p.Kind is not (PassageKind.ListItem or PassageKind.Caption)).Select(p => p.Text)
            .Concat(passages.SelectMany(p => p.Section.Split(" › ")).Distinct(StringComparer.Ordinal));
        var registry = RegistryBuilder.Build(names, curated, texts, stem);

        var memberships = ordered.SelectMany(r => r.Memberships)
            .Select(m => m with { OrganisationId = registry.Resolve(m.NameAsWritten, out _) ?? throw new InvalidOperationException("unregistered name " + m.NameAsWritten) })
            .ToArray();
        var events = ordered.SelectMany(r => r.Events)
            .Select(e => e with { OrganisationId = registry.Resolve(e.NameAsWritten, out _) })
            .ToArray();
        var lists = ordered.SelectMany(r => r.Lists).ToArray();
        var listIds = lists.Select(l => l.PassageId).ToHashSet(StringComparer.Ordinal);
        var activities = ActivityLinker.Link(passages, registry, listIds, events);
        var warnings = extraWarnings.Concat(ordered.SelectMany(r => r.Warnings)).ToArray();
        return new KnowledgeBase(
            ordered.Select(r => r.Info).ToArray(), passages, lists, memberships, events, activities, registry.Organisations, warnings);
    }
}
