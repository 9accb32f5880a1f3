namespace PoznanAsk.Knowledge.Index;

/// <summary>
/// The fields of the knowledge index (docs/knowledge.md, "Index documents"). Every document has
/// <see cref="Id"/>, <see cref="Kind"/> and a stored <see cref="Payload"/> (the record as JSON, for an
/// exact reload); searchable documents (passages, facts, events, organisations) also fill the text fields.
/// </summary>
public static class KnowledgeFields
{
    /// <summary>Keyword: the passage, fact, event or organisation id.</summary>
    public const string Id = "id";

    /// <summary>Keyword: one of <see cref="KnowledgeKinds"/>.</summary>
    public const string Kind = "kind";

    /// <summary>Keyword: source file (relative name); empty for registry-wide documents.</summary>
    public const string Source = "source";

    /// <summary>Int: report year (absent when unknown).</summary>
    public const string Year = "year";

    /// <summary>Text (polish): section path.</summary>
    public const string Section = "section";

    /// <summary>Text (polish): report title from the manifest.</summary>
    public const string Title = "title";

    /// <summary>Text (polish): the passage text, the fact's quote, the event's sentence, the organisation's names.</summary>
    public const string Text = "text";

    /// <summary>Text (polish-folded), not stored: <see cref="Text"/> without Polish letters, for questions typed without them.</summary>
    public const string TextFolded = "text.folded";

    /// <summary>
    /// Text (polish-lemma), not stored: <see cref="Text"/> as Morfologik dictionary lemmas (with diacritics
    /// restored for unknown words typed without them). Chosen by measured retrieval (docs/index-chain.md):
    /// query it together with <see cref="Text"/> and <see cref="TextFolded"/>.
    /// </summary>
    public const string TextLemma = "text.lemma";

    /// <summary>Text (polish): a fact's or event's name as written.</summary>
    public const string Name = "name";

    /// <summary>Text (polish): the organisation's canonical name, aliases and abbreviations (facts, events, organisations).</summary>
    public const string Organisation = "organisation";

    /// <summary>Text (polish-folded), not stored: <see cref="Organisation"/> folded.</summary>
    public const string OrganisationFolded = "organisation.folded";

    /// <summary>Keyword: registry id of the organisation.</summary>
    public const string OrganisationId = "organisation_id";

    /// <summary>Keyword: <c>international</c>, <c>national</c> or <c>unknown</c> (facts).</summary>
    public const string Scope = "scope";

    /// <summary>Keyword: <c>paragraph</c>, <c>list</c> or <c>listitem</c> (passages).</summary>
    public const string PassageKind = "passage_kind";

    /// <summary>Keyword: the passage a fact, event or activity cites; a list item's list.</summary>
    public const string Passage = "passage";

    /// <summary>Keyword, stored only: the published URL.</summary>
    public const string Url = "url";

    /// <summary>Int, stored only: order of the document within its source (or the registry).</summary>
    public const string Ordinal = "ordinal";

    /// <summary>Keyword, stored only: the record as JSON.</summary>
    public const string Payload = "payload";
}
