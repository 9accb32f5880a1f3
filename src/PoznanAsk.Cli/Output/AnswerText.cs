using System.Globalization;
using PoznanAsk.Answering.Answers;

namespace PoznanAsk.Cli.Output;

/// <summary>Prints an answer for a terminal: the Markdown text, then each citation with its quote and source.</summary>
internal static class AnswerText
{
    public static void Write(TextWriter output, Answer answer)
    {
        output.WriteLine(answer.Text);
        if (answer.Citations.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(answer.Language == "en" ? "Sources:" : "Źródła:");
            foreach (var c in answer.Citations)
            {
                var year = c.Year?.ToString(CultureInfo.InvariantCulture) ?? "—";
                var where = c.Section.Length > 0 ? $"{c.Source}, {year}, {c.Section}" : $"{c.Source}, {year}";
                where = c.PageLabel is { } page ? $"{where}, {page}" : where;
                output.WriteLine($"[{c.Number}] „{c.Quote.ReplaceLineEndings(" ")}”");
                output.WriteLine($"    {where} (znaki {c.Start}–{c.End}){(c.Url is null ? string.Empty : " " + c.Url)}");
            }
        }

        if (answer.SuggestedQuestions.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(answer.Language == "en" ? "You could also ask:" : "Możesz też zapytać:");
            foreach (var q in answer.SuggestedQuestions)
            {
                output.WriteLine("  • " + q);
            }
        }
    }
}
