using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Answering.Service;
using PoznanAsk.Knowledge;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Web.Hosting;
using PoznanAsk.Web.Options;

namespace PoznanAsk.Web.Api;

/// <summary>
/// The REST API over the same answering core: search with highlights, ask (the <see cref="Answer"/> model),
/// membership facts and year-to-year differences. Parameters are validated up front (400 with a
/// ValidationProblem naming each bad parameter); a query that does not parse is a 400 saying what and where.
/// </summary>
internal static class ApiEndpoints
{
    public const int MaxQueryChars = 1000;
    public const int MaxConversationIdChars = 200;

    public static void MapRestApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").WithTags("Reports").RequireRateLimiting(RateLimits.ApiPolicy);
        api.MapGet("/search", Search).WithSummary("Searches report passages and facts (Lucene classic query syntax).");
        api.MapPost("/ask", AskAsync).WithSummary("Answers a question with citations.").Accepts<AskRequest>("application/json");
        api.MapGet("/facts", Facts).WithSummary("Membership facts by year, scope (international|national) and organisation.");
        api.MapGet("/facts/diff", Diff).WithSummary("What changed between two report years.");
        api.MapGet("/years", Years).WithSummary("The report years covered.");
    }

    private static Results<CachedJson<SearchResponse>, ValidationProblem, ProblemHttpResult> Search(
        string? q, string? year, string? kind, string? top, IServiceProvider services)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(q))
        {
            errors["q"] = ["The query 'q' is required."];
        }
        else if (q.Length > MaxQueryChars)
        {
            errors["q"] = [$"The query is longer than {MaxQueryChars} characters."];
        }

        var y = OptionalYear(year, "year", errors);
        if (kind is not null && kind is not ("passage" or "fact"))
        {
            errors["kind"] = ["'kind' must be 'passage' or 'fact'."];
        }

        var n = OptionalInt(top, "top", 1, 100, errors) ?? 10;
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (Reports(services) is not { } reports)
        {
            return Unavailable();
        }

        try
        {
            return new CachedJson<SearchResponse>(reports.Search(new SearchRequest(q!, y, kind, n)));
        }
        catch (InvalidQueryException ex)
        {
            return Problems.Create(StatusCodes.Status400BadRequest, "Invalid query", QueryErrors.Detail(ex.Message, ex.Position), "BadArgument",
                new Dictionary<string, object?> { ["position"] = ex.Position, ["parameter"] = "q" });
        }
    }

    private static async Task<Results<CachedJson<Answer>, ValidationProblem, ProblemHttpResult>> AskAsync(
        HttpContext context, ITurnHandler handler, TurnPolicy policy, IOptions<LimitsOptions> limits)
    {
        if (!(context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return TypedResults.Problem(title: "Unsupported media type", detail: "Send the question as application/json: {\"question\": \"…\"}.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var body = await JsonBody.ReadAsync(context.Request, ApiJsonContext.Default.AskRequest, limits.Value.MaxRequestBodyBytes, context.RequestAborted);
        if (body.Problem() is { } bad)
        {
            return bad;
        }

        var ask = body.Value!;

        var question = ask.Question?.Trim();
        if (string.IsNullOrEmpty(question))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["question"] = ["The question is required."] });
        }

        if (policy.IsTooLong(question))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["question"] = [policy.TooLong(TurnPolicy.CharCount(question), english: true)] });
        }

        if (ask.ConversationId is { Length: > MaxConversationIdChars })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["conversationId"] = [$"The conversation id is longer than {MaxConversationIdChars} characters."] });
        }

        var request = new TurnRequest(question, ask.Locale, "api", ask.ConversationId ?? string.Empty);
        return new CachedJson<Answer>(await handler.HandleMessageAsync(request, context.RequestAborted));
    }

    private static Results<Ok<IReadOnlyList<FactRow>>, ValidationProblem, ProblemHttpResult> Facts(
        string? year, string? scope, string? org, IServiceProvider services)
    {
        var errors = new Dictionary<string, string[]>();
        var y = OptionalYear(year, "year", errors);
        MembershipScope? s = null;
        if (scope is not null)
        {
            if (Enum.TryParse<MembershipScope>(scope, ignoreCase: true, out var parsed) && !int.TryParse(scope, out _))
            {
                s = parsed;
            }
            else
            {
                errors["scope"] = ["'scope' must be 'international', 'national' or 'unknown'."];
            }
        }

        if (org is { Length: > 200 })
        {
            errors["org"] = ["'org' is longer than 200 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return Reports(services) is { } reports
            ? TypedResults.Ok(reports.Facts(new FactQuery(y, s, string.IsNullOrWhiteSpace(org) ? null : org.Trim())))
            : Unavailable();
    }

    private static Results<Ok<FactsDiff>, ValidationProblem, ProblemHttpResult> Diff(string? from, string? to, IServiceProvider services)
    {
        var errors = new Dictionary<string, string[]>();
        var f = OptionalYear(from, "from", errors);
        var t = OptionalYear(to, "to", errors);
        if (from is null)
        {
            errors["from"] = ["'from' (the earlier report year) is required."];
        }

        if (to is null)
        {
            errors["to"] = ["'to' (the later report year) is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (Reports(services) is not { } reports)
        {
            return Unavailable();
        }

        var years = reports.Years;
        foreach (var (name, year) in new[] { ("from", f!.Value), ("to", t!.Value) }.Where(p => !years.Contains(p.Item2)))
        {
            errors[name] = [years.Count == 0
                ? $"There is no report for {year}: no reports are indexed."
                : $"There is no report for {year}; the reports cover {string.Join(", ", years)}."];
        }

        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(reports.Diff(f.Value, t.Value));
    }

    private static Results<Ok<YearsResponse>, ProblemHttpResult> Years(IServiceProvider services) =>
        Reports(services) is { } reports ? TypedResults.Ok(new YearsResponse(reports.Years)) : Unavailable();

    private static IReportService? Reports(IServiceProvider services) => services.GetService<IReportService>();

    private static ProblemHttpResult Unavailable() =>
        TypedResults.Problem(title: "Reports unavailable", detail: "This host has no report service.", statusCode: StatusCodes.Status503ServiceUnavailable);

    private static int? OptionalYear(string? value, string name, Dictionary<string, string[]> errors) =>
        OptionalInt(value, name, 1900, 2200, errors);

    private static int? OptionalInt(string? value, string name, int min, int max, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            errors[name] = [$"'{name}' must be a whole number from {min} to {max}, got '{Shorten(value)}'."];
            return null;
        }

        return n;
    }

    private static string Shorten(string value) => value.Length <= 20 ? value : value[..20] + "…";
}
