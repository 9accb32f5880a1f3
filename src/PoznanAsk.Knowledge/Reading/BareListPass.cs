using PoznanAsk.Knowledge.Text;

namespace PoznanAsk.Knowledge.Reading;

/// <summary>
/// Recovers lists whose bullets were lost when a page was copied to text: after a paragraph ending
/// with ':', a run of short lines (one per line or one per paragraph) each ending with ';' or ','
/// and the last with '.' or ';' is a list. At least two items; a line longer than
/// <see cref="MaxWords"/> words ends the run (running text, not a list item).
/// </summary>
internal static class BareListPass
{
    /// <summary>Most words a recovered item may have.</summary>
    public const int MaxWords = 15;

    /// <summary>The blocks with bullet-less lists turned into list blocks.</summary>
    public static IReadOnlyList<Block> Apply(string text, IReadOnlyList<Block> blocks)
    {
        var result = new List<Block>(blocks.Count);
        for (var b = 0; b < blocks.Count; b++)
        {
            result.Add(blocks[b]);
            if (blocks[b].Kind != BlockKind.Paragraph || !blocks[b].Span.Of(text).EndsWith(':'))
            {
                continue;
            }

            var items = new List<TextSpan>();
            var next = b + 1;
            var closed = false;
            while (!closed && next < blocks.Count && blocks[next].Kind == BlockKind.Paragraph)
            {
                var lines = Lines(text, blocks[next].Span);
                var taken = 0;
                foreach (var line in lines)
                {
                    var content = line.Of(text);
                    if (content.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords)
                    {
                        closed = true;
                        break;
                    }

                    items.Add(line);
                    taken++;
                    if (content[^1] is not (';' or ','))
                    {
                        closed = true;
                        break;
                    }
                }

                if (taken < lines.Count)
                {
                    // A paragraph only partly made of items is running text: give its lines back.
                    items.RemoveRange(items.Count - taken, taken);
                    break;
                }

                next++;
            }

            if (items.Count >= 2 && items.Take(items.Count - 1).All(i => i.Of(text)[^1] is ';' or ','))
            {
                result.Add(Block.List(items));
                b = next - 1;
            }
        }

        return result;
    }

    private static List<TextSpan> Lines(string text, TextSpan span)
    {
        var lines = new List<TextSpan>();
        var start = span.Start;
        for (var i = span.Start; i <= span.End; i++)
        {
            if (i == span.End || text[i] == '\n')
            {
                var (s, e) = (start, i);
                while (s < e && char.IsWhiteSpace(text[s]))
                {
                    s++;
                }

                while (e > s && char.IsWhiteSpace(text[e - 1]))
                {
                    e--;
                }

                if (e > s)
                {
                    lines.Add(new TextSpan(s, e));
                }

                start = i + 1;
            }
        }

        return lines;
    }
}
