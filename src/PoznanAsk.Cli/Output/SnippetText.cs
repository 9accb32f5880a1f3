using System.Text;
using PoznanAsk.Answering.Service;

namespace PoznanAsk.Cli.Output;

/// <summary>Renders a highlighted snippet for a terminal: matched terms between « and ».</summary>
internal static class SnippetText
{
    public static string Render(Snippet snippet)
    {
        var text = new StringBuilder(snippet.Text.Length + 8);
        var at = 0;
        foreach (var span in snippet.Highlights.OrderBy(h => h.Start))
        {
            if (span.Start < at || span.Start + span.Length > snippet.Text.Length)
            {
                continue;
            }

            text.Append(snippet.Text, at, span.Start - at).Append('«').Append(snippet.Text, span.Start, span.Length).Append('»');
            at = span.Start + span.Length;
        }

        return text.Append(snippet.Text, at, snippet.Text.Length - at).ToString().ReplaceLineEndings(" ");
    }
}
