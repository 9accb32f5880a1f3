using PoznanAsk.Analysis;
using PoznanAsk.Answering.Facts;
using PoznanAsk.Answering.Questions;
using PoznanAsk.Answering.Retrieval;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Answers;

/// <summary>Wires the answering pipeline for one knowledge base and one analyzer.</summary>
internal static class AnswererFactory
{
    /// <summary>Builds the composer: registry linker, passage index, subject words.</summary>
    public static AnswerComposer Create(KnowledgeBase knowledge, Analyzer? analyzer)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var view = new KnowledgeView(knowledge);
        var subject = SubjectWords.From(knowledge.Lists);
        var index = new PassageIndex(knowledge.Passages, analyzer, subject.Select(s => TextFolding.Fold(s)).ToList());
        var names = knowledge.Memberships.Select(m => (m.OrganisationId, m.NameAsWritten))
            .Concat(knowledge.Events.Where(e => e.OrganisationId is not null).Select(e => (e.OrganisationId!, e.NameAsWritten)));
        var linker = new OrganisationLinker(knowledge.Organisations, names, analyzer);
        return new AnswerComposer(new AnswerContext(view, index, subject) { Linker = linker }, new QuestionParser(linker, index));
    }
}
