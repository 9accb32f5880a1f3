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
    /// <paramref name="fields"/>): the one query path; there is no index without the Polish analysis.
    /// With <paramref name="dictionary"/>, English questions are translated into the passages' words; with
    /// <paramref name="lemmas"/>, inflected list items are also given in their nominative form.
    /// </summary>
    public static AnswerComposer Create(KnowledgeBase knowledge, Analyzer? analyzer, IKnowledgeSearch search, IReadOnlyList<RetrievalField> fields, FreeDict? dictionary = null, Analysis.Morfologik.MorfologikDictionary? lemmas = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(fields);
        var view = new KnowledgeView(knowledge);
        var subject = SubjectWords.From(knowledge.Lists);
        var vocabulary = new PassageVocabulary(knowledge.Passages, subject.Select(s => TextFolding.Fold(s)).ToList());
        var retriever = new PassageRetriever(search, knowledge, fields, vocabulary);
        var names = knowledge.Memberships.Select(m => (m.OrganisationId, m.NameAsWritten))
            .Concat(knowledge.Events.Where(e => e.OrganisationId is not null).Select(e => (e.OrganisationId!, e.NameAsWritten)));
        var linker = new OrganisationLinker(knowledge.Organisations, names, analyzer);
        return new AnswerComposer(new AnswerContext(view, retriever, subject) { Linker = linker, Forms = lemmas is null ? null : new Lists.BaseForms(lemmas) }, new QuestionParser(linker, vocabulary, dictionary is null ? null : new QuestionTranslator(dictionary, vocabulary)));
    }
}
