using PoznanAsk.Answering.Evaluation;

namespace PoznanAsk.Answering.Tests.Evaluation;

public sealed class ReportQuestionCheckTests
{
    [Theory]
    [InlineData("**Tak.** „Związek Miast Polskich” jest na liście", true)]
    [InlineData("**Tak**, według raportu za 2018 r.: „…” [1]", true)]
    [InlineData("_Pytanie nie podaje roku._\n\n**Nie.** Nie ma jej na liście", false)]
    [InlineData("**Yes.** It is listed", true)]
    [InlineData("Według raportu za 2019 r.:\n> „Nie wymaga to umowy”", null)]
    public void Verdict_AnswerText_ReadsTheOpeningVerdictOnly(string text, bool? expected) =>
        Assert.Equal(expected, ReportQuestionCheck.Verdict(text));

    [Theory]
    [InlineData("W 2019 r. władze Poznania spotykały się z  ambasadorami.", "władze Poznania spotykały się z ambasadorami", true)]
    [InlineData("Miasto Poznań", "Miasto Poznań w 2018 r. było członkiem 11 organizacji", false)]
    [InlineData("Gmina Czerwonak, Gmina Dopiewo", "z 18 gminami: Gmina Czerwonak, Gmina Dopiewo", true)]
    [InlineData("Budżet wyniósł 5 mld zł.", "Dochody wyniosły 4 mld zł.", false)]
    public void Holds_PassageAndQuote_OnlyWhenThePassageReallyHoldsIt(string passage, string quote, bool expected) =>
        Assert.Equal(expected, ReportQuestionCheck.Holds(ReportQuestionCheck.Norm(passage), ReportQuestionCheck.Norm(quote)));

    [Fact]
    public void Norm_TypographyAndSpaces_ComparePlainly() =>
        Assert.Equal("\"ccnet\" - 2 projekty", ReportQuestionCheck.Norm("„CCnet”\u00a0–  2 Projekty"));
}
