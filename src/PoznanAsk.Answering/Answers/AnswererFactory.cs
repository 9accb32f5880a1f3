using PoznanAsk.Analysis;
using PoznanAsk.Answering.Facts;
using PoznanAsk.Answering.Questions;
using PoznanAsk.Answering.Questions.Translation;
using PoznanAsk.Answering.Retrieval;
using PoznanAsk.Knowledge.Index;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Answers;

/// <summary>Wires the answering pipeline for one knowledge base and one analyzer.</summary>
internal static class AnswererFactory
{
    /// <summary>
    /// Builds the composer: registry linker, passage retrieval, subject words. Passages are retrieved
    /// through <paramref name="search"/> (the knowledge index of the same commit, searched in
    /// <paramref name="fields"/>); without one, the passages are indexed in memory with
    /// <paramref name="analyzer"/> on <c>text</c> and folded surface words on <c>text.folded</c>.
    /// With <paramref name="dictionary"/>, English questions are translated into the passages' words.
    /// </summary>
    public static AnswerComposer Create(KnowledgeBase knowledge, Analyzer? analyzer, IKnowledgeSearch? search = null, IReadOnlyList<RetrievalField>? fields = null, FreeDict? dictionary = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var view = new KnowledgeView(knowledge);
        var subject = SubjectWords.From(knowledge.Lists);
        var vocabulary = new PassageVocabulary(knowledge.Passages, subject.Select(s => TextFolding.Fold(s)).ToList());
        if (search is null || fields is null)
        {
            search = KnowledgeSearch.InMemory(knowledge, new IndexAnalyzers(analyzer ?? SurfaceAnalyzer.Instance, SurfaceAnalyzer.Instance), facts: false);
            fields = analyzer is null
                ? [new RetrievalField(SearchField.Folded, SurfaceAnalyzer.Instance, 1f)]
                : [new RetrievalField(SearchField.Folded, SurfaceAnalyzer.Instance, 1f), new RetrievalField(SearchField.Text, analyzer, 0.95f, MinTermLength: 3)];
        }

        var retriever = new PassageRetriever(search, knowledge, fields, vocabulary);
        var names = knowledge.Memberships.Select(m => (m.OrganisationId, m.NameAsWritten))
            .Concat(knowledge.Events.Where(e => e.OrganisationId is not null).Select(e => (e.OrganisationId!, e.NameAsWritten)));
        var linker = new OrganisationLinker(knowledge.Organisations, names, analyzer);
        return new AnswerComposer(new AnswerContext(view, retriever, subject) { Linker = linker }, new QuestionParser(linker, vocabulary, dictionary is null ? null : new QuestionTranslator(dictionary, vocabulary)));
    }
}
