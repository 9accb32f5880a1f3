using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Knowledge.Tests.Support;

/// <summary>The offsets property: every passage and every quote is exactly its range of the source text.</summary>
internal static class OffsetAssert
{
    public static void AllOffsetsExact(KnowledgeBase knowledge, Func<string, string> sourceText)
    {
        Assert.NotEmpty(knowledge.Passages);
        foreach (var passage in knowledge.Passages)
        {
            Assert.Equal(passage.Text, sourceText(passage.Source)[passage.Start..passage.End]);
        }

        foreach (var fact in knowledge.Memberships)
        {
            Assert.Equal(fact.Quote, sourceText(fact.Source)[fact.Start..fact.End]);
        }

        foreach (var list in knowledge.Lists)
        {
            Assert.Equal(list.IntroSentence, sourceText(list.Source)[list.IntroStart..list.IntroEnd]);
        }

        foreach (var e in knowledge.Events)
        {
            Assert.Equal(e.Quote, sourceText(e.Source)[e.Start..e.End]);
        }
    }

    /// <summary>The text offsets refer to: the decoded file, or for HTML the extracted text.</summary>
    public static Func<string, string> SourceTexts(string folder) => source =>
    {
        var text = File.ReadAllText(Path.Combine(folder, source));
        return ReportParser.Read(source, text).Text;
    };
}
