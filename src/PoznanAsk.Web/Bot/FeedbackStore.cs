using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PoznanAsk.Web.Options;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// Teams feedback (thumbs up/down, bot-protocol §2.4) stored against the rated answer's activity id.
/// Teams keeps none, so it is logged and the latest entries kept in memory (bounded).
/// </summary>
internal sealed class FeedbackStore(IOptions<LimitsOptions> limits, ILogger<FeedbackStore> logger)
{
    private readonly ConcurrentQueue<Feedback> _entries = new();

    public IReadOnlyCollection<Feedback> Entries => _entries.ToArray();

    public void Add(Feedback feedback)
    {
        _entries.Enqueue(feedback);
        while (_entries.Count > limits.Value.MaxBotConversations && _entries.TryDequeue(out _))
        {
        }

        logger.LogInformation("Feedback {Reaction} on answer {ActivityId} in {ChannelId}", feedback.Reaction, feedback.ActivityId, feedback.ChannelId);
    }
}
