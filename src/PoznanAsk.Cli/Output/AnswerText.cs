using PoznanAsk.Answering.Answers;

namespace PoznanAsk.Cli.Output;

/// <summary>Prints an answer for a terminal: the Markdown text, then each source (its label, quote and URL).</summary>
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
                // The source as a reader finds it (report year, section, page: the same label as in Teams and Web
                // Chat); the file and offsets are in --json.
                output.WriteLine($"[{c.Number}] {c.Label}");
                output.WriteLine($"    „{CitationLabel.OneLine(c.Quote)}”");
                if (c.Url is not null)
                {
                    output.WriteLine("    " + c.Url);
                }
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
