using System.Net;
using System.Text.RegularExpressions;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// Removes the bot's own @mention from Teams text (bot-protocol §5.2): the mention entities addressed
/// to the recipient first, then any <c>&lt;at&gt;</c> tag naming the bot; mentions of other people keep
/// their names; HTML entities decoded, whitespace collapsed.
/// </summary>
internal static partial class MentionStripper
{
    public static string Strip(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        var botName = activity.Recipient?.Name;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mentionedId = entity.GetString("mentioned", "id");
            var mentionText = entity.GetString("text");
            if (botId is not null && mentionedId == botId && !string.IsNullOrEmpty(mentionText))
            {
                var at = text.IndexOf(mentionText, StringComparison.Ordinal);
                if (at >= 0)
                {
                    text = text.Remove(at, mentionText.Length);
                }
            }
        }

        text = AtTag().Replace(text, m =>
        {
            var inner = WebUtility.HtmlDecode(m.Groups["name"].Value).Trim();
            return botName is not null && string.Equals(inner, botName.Trim(), StringComparison.OrdinalIgnoreCase) ? " " : inner;
        });
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<at[^>]*>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
