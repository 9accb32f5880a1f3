using PoznanAsk.Analysis;
using PoznanAsk.Answering.Facts;
using PoznanAsk.Answering.Questions;
using PoznanAsk.Answering.Retrieval;
using PoznanAsk.Answering.Service;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Search.Querying;

namespace PoznanAsk.Answering.Answers;

/// <summary>Wires the answering pipeline for one knowledge base and one analyzer.</summary>
internal static class AnswererFactory
{
    /// <summary>
    /// Builds the composer: registry linker, passage retrieval, subject words. Passages are retrieved
    /// through <paramref name="searcher"/> (the knowledge index of the same commit, searched in
    /// <paramref name="fields"/>); without one, the passages are indexed by the search engine in memory
    /// with <paramref name="analyzer"/> on <c>text</c> and folded surface words on <c>text.folded</c>.
    /// </summary>
    public static AnswerComposer Create(KnowledgeBase knowledge, Analyzer? analyzer, IndexSearcher? searcher = null, IReadOnlyList<RetrievalField>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var view = new KnowledgeView(knowledge);
        var subject = SubjectWords.From(knowledge.Lists);
        var vocabulary = new PassageVocabulary(knowledge.Passages, subject.Select(s => TextFolding.Fold(s)).ToList());
        if (searcher is null || fields is null)
        {
            searcher = SearchIndex.Passages(knowledge, analyzer ?? SurfaceAnalyzer.Instance, SurfaceAnalyzer.Instance);
            fields = analyzer is null
                ? [new RetrievalField(Knowledge.Index.KnowledgeFields.TextFolded, SurfaceAnalyzer.Instance, 1f)]
                : [new RetrievalField(Knowledge.Index.KnowledgeFields.TextFolded, SurfaceAnalyzer.Instance, 1f), new RetrievalField(Knowledge.Index.KnowledgeFields.Text, analyzer, 0.95f, MinTermLength: 3)];
        }

        var retriever = new PassageRetriever(searcher, knowledge, fields, vocabulary);
        var names = knowledge.Memberships.Select(m => (m.OrganisationId, m.NameAsWritten))
            .Concat(knowledge.Events.Where(e => e.OrganisationId is not null).Select(e => (e.OrganisationId!, e.NameAsWritten)));
        var linker = new OrganisationLinker(knowledge.Organisations, names, analyzer);
        return new AnswerComposer(new AnswerContext(view, retriever, subject) { Linker = linker }, new QuestionParser(linker, vocabulary));
    }
}
