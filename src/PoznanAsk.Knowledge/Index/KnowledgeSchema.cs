using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using F = PoznanAsk.Knowledge.Index.KnowledgeFields;
using LuceneAnalyzerBase = Lucene.Net.Analysis.Analyzer;

namespace PoznanAsk.Knowledge.Index;

/// <summary>
/// The Lucene.Net schema of the knowledge index: which field is a keyword (<see cref="StringField"/>),
/// an int (<see cref="Int32Field"/>), stored-only, or analysed text with its sub-fields
/// (<c>text</c> → <c>text.lemma</c>, <c>text.folded</c>; <c>organisation</c> → <c>organisation.folded</c>),
/// and the per-field analyzer (<see cref="PerFieldAnalyzerWrapper"/>; keywords are not analysed).
/// </summary>
internal sealed class KnowledgeSchema
{
    /// <summary>The Lucene version whose behaviour the index and queries use.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly HashSet<string> TextFields = new(StringComparer.Ordinal) { F.Section, F.Title, F.Text, F.Name, F.Organisation };

    /// <summary>Creates the schema for <paramref name="analyzers"/>.</summary>
    public KnowledgeSchema(IndexAnalyzers analyzers)
    {
        Analyzers = analyzers;
        var text = analyzers.Text.Lucene;
        var folded = analyzers.Folded.Lucene;
        var perField = new Dictionary<string, LuceneAnalyzerBase>(StringComparer.Ordinal)
        {
            [F.Section] = text,
            [F.Title] = text,
            [F.Text] = text,
            [F.Name] = text,
            [F.Organisation] = text,
            [F.TextFolded] = folded,
            [F.OrganisationFolded] = folded,
        };
        if (analyzers.Lemma is { } lemma)
        {
            perField[F.TextLemma] = lemma.Lucene;
        }

        FieldAnalyzers = perField;
        Analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    /// <summary>The analysis chains (Lucene.Net analyzers) of the text fields.</summary>
    public IndexAnalyzers Analyzers { get; }

    /// <summary>Whether the index has <see cref="F.TextLemma"/>.</summary>
    public bool HasLemma => Analyzers.Lemma is not null;

    /// <summary>The analyzer of every field (keywords verbatim).</summary>
    public LuceneAnalyzerBase Analyzer { get; }

    /// <summary>The analyzers of the analysed fields.</summary>
    public IReadOnlyDictionary<string, LuceneAnalyzerBase> FieldAnalyzers { get; }

    /// <summary>What the index records about its chains (a mismatch on open means: rebuild).</summary>
    public string Signature =>
        $"text={Analyzers.Text.Name};text.folded={Analyzers.Folded.Name};text.lemma={Analyzers.Lemma?.Name ?? "-"}";

    /// <summary>The field name of <paramref name="field"/>.</summary>
    public static string Name(SearchField field) => field switch
    {
        SearchField.Text => F.Text,
        SearchField.Lemma => F.TextLemma,
        SearchField.Folded => F.TextFolded,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>Adds <paramref name="value"/> to <paramref name="doc"/> as the schema says (and to the field's sub-fields).</summary>
    public void Add(Document doc, string field, string value)
    {
        if (TextFields.Contains(field))
        {
            doc.Add(new TextField(field, value, Field.Store.YES));
            if (field == F.Text)
            {
                doc.Add(new TextField(F.TextFolded, value, Field.Store.NO));
                if (HasLemma)
                {
                    doc.Add(new TextField(F.TextLemma, value, Field.Store.NO));
                }
            }
            else if (field == F.Organisation)
            {
                doc.Add(new TextField(F.OrganisationFolded, value, Field.Store.NO));
            }
        }
        else if (field is F.Url or F.Payload)
        {
            doc.Add(new StoredField(field, value));
        }
        else
        {
            doc.Add(new StringField(field, value, Field.Store.YES));
        }
    }

    /// <summary>Adds an int: <see cref="F.Year"/> is indexed (range filters) and stored, <see cref="F.Ordinal"/> stored only.</summary>
    public static void Add(Document doc, string field, int value) =>
        doc.Add(field == F.Year ? new Int32Field(field, value, Field.Store.YES) : new StoredField(field, value));
}
