using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Conversation;

namespace PoznanAsk.Web.TestHost.Fakes;

/// <summary>
/// Stands in for the answering engine: membership questions get a Polish answer citing two passages of
/// <see cref="FakeReports"/> (for the year asked about), anything else an honest "not in the reports".
/// Records every request; <see cref="Delay"/> and <see cref="Failure"/> simulate slow and broken engines.
/// </summary>
public sealed partial class FakeTurnHandler : ITurnHandler
{
    /// <summary>The latest requests (at most <see cref="MaxRecorded"/>, so benchmarks measure the host, not the fake), in arrival order.</summary>
    public ConcurrentQueue<TurnRequest> Requests { get; } = new();

    /// <summary>How many requests <see cref="Requests"/> keeps.</summary>
    public int MaxRecorded { get; set; } = 1000;

    /// <summary>How long each answer takes.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Awaited before answering, when set: lets a test hold an answer back without timing.</summary>
    public Task? Gate { get; set; }

    /// <summary>Thrown instead of answering, when set.</summary>
    public Exception? Failure { get; set; }

    /// <inheritdoc />
    public async Task<Answer> HandleMessageAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        while (Requests.Count > MaxRecorded && Requests.TryDequeue(out _))
        {
        }
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        if (Gate is { } gate)
        {
            await gate.WaitAsync(cancellationToken);
        }

        if (Failure is { } failure)
        {
            throw failure;
        }

        var year = Year().Match(request.Text) is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : 2023;
        if (!request.Text.Contains("organizacj", StringComparison.OrdinalIgnoreCase) || !FakeReports.Years.Contains(year))
        {
            return new Answer(
                $"Raporty o stanie miasta nie zawierają odpowiedzi na pytanie „{request.Text}”.",
                [], [], Intents.Search, ["Do jakich organizacji krajowych należał Poznań w 2023 r.?"], "pl", null, false);
        }

        var list = FakeReports.Citation(1, year, 0);
        var detail = FakeReports.Citation(2, year, 1);
        var text = $"W {year} r. Poznań należał m.in. do następujących organizacji krajowych [1]:\n\n" +
            "- Związek Miast Polskich\n- Unia Metropolii Polskich\n- Metropolia Poznań\n\n" +
            "W ramach członkostwa w Unii Metropolii Polskich miasto współtworzyło poradniki i szkolenia [2].";
        return new Answer(
            text,
            [list, detail],
            [
                new AnswerFact("membership", "Związek Miast Polskich", "Związek Miast Polskich", year, "national", 1),
                new AnswerFact("membership", "Unia Metropolii Polskich", "Unia Metropolii Polskich", year, "national", 1),
                new AnswerFact("membership", "Metropolia Poznań", "Metropolia Poznań", year, "national", 1),
            ],
            Intents.ListMemberships,
            ["Ile organizacji międzynarodowych?", "Co się zmieniło od 2022 r.?", "Kiedy Poznań wstąpił do Eurocities?"],
            "pl",
            year,
            true);
    }

    /// <inheritdoc />
    public Answer Welcome(string? locale) => new(
        "Dzień dobry! Jestem **PoznanAsk**. Odpowiadam na pytania o raporty o stanie miasta Poznania i zawsze podaję źródła.",
        [], [], Intents.Help,
        ["Do jakich organizacji krajowych należał Poznań w 2023 r.?", "Ile organizacji międzynarodowych?", "Co się zmieniło od 2022 r.?"],
        "pl", null, true);

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();
}
