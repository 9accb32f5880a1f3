using System.Text.Json;
using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Service;

namespace PoznanAsk.Answering.Evaluation;

/// <summary>Runs a question file (JSON Lines of <see cref="EvalQuestion"/>) through an engine: <c>poznanask eval FILE</c>.</summary>
public static class EvalRunner
{
    private static readonly JsonSerializerOptions Json = new() { ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>
    /// Reads <paramref name="file"/> and runs every question: the project's format (<c>q</c>, <c>intent</c> …)
    /// or the report question format (<c>question</c>, <c>kind</c>, <c>expected</c>, <c>evidence</c>),
    /// told apart by the first question line.
    /// </summary>
    /// <exception cref="AnsweringException">The file is missing or a line is not a valid question.</exception>
    public static EvalResult Run(PoznanAskEngine engine, string file)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return IsReportFormat(file) ? ReportEval.Run(engine, ReportEval.Read(file)) : Run(engine, Read(file));
    }

    /// <summary>Runs the given questions (line numbers are positions from 1).</summary>
    public static EvalResult Run(PoznanAskEngine engine, IReadOnlyList<(int Line, EvalQuestion Question)> questions)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(questions);
        var failures = new List<EvalFailure>();
        var perIntent = new SortedDictionary<string, (int Total, int Passed)>(StringComparer.Ordinal);
        foreach (var (line, q) in questions)
        {
            var answer = engine.Ask(q.Question);
            var reasons = Check(q, answer, engine);
            var key = q.Intent ?? "(any)";
            var cur = perIntent.GetValueOrDefault(key);
            perIntent[key] = (cur.Total + 1, cur.Passed + (reasons.Count == 0 ? 1 : 0));
            if (reasons.Count > 0)
            {
                failures.Add(new EvalFailure(line, null, q.Question, reasons, answer));
            }
        }

        return new EvalResult(questions.Count, questions.Count - failures.Count, perIntent.Select(kv => new IntentAccuracy(kv.Key, kv.Value.Total, kv.Value.Passed)).ToList(), failures);
    }

    /// <summary>True when the file's first question line is in the report question format.</summary>
    /// <exception cref="AnsweringException">The file is missing.</exception>
    public static bool IsReportFormat(string file)
    {
        var first = Lines(file).Select(l => l.Text).FirstOrDefault();
        try
        {
            using var doc = first is null ? null : JsonDocument.Parse(first, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return doc is not null && doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("question", out _) && doc.RootElement.TryGetProperty("kind", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The question lines of a file (blank lines and lines starting with # or // skipped), numbered from 1.</summary>
    /// <exception cref="AnsweringException">The file is missing.</exception>
    internal static IEnumerable<(int Line, string Text)> Lines(string file)
    {
        if (!File.Exists(file))
        {
            throw new AnsweringException($"Question file not found: {Path.GetFullPath(file)}");
        }

        return Iterate(File.ReadAllLines(file));

        static IEnumerable<(int, string)> Iterate(string[] lines)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("//", StringComparison.Ordinal))
                {
                    yield return (i + 1, line);
                }
            }
        }
    }

    /// <summary>Parses a question file in the project's format; blank lines and lines starting with # or // are skipped.</summary>
    /// <exception cref="AnsweringException">The file is missing or a line is not a valid question.</exception>
    public static IReadOnlyList<(int Line, EvalQuestion Question)> Read(string file)
    {
        var result = new List<(int, EvalQuestion)>();
        foreach (var (n, line) in Lines(file))
        {
            try
            {
                var q = JsonSerializer.Deserialize<EvalQuestion>(line, Json);
                if (q is null || string.IsNullOrWhiteSpace(q.Question))
                {
                    throw new AnsweringException($"{file}:{n}: the line has no \"q\".");
                }

                result.Add((n, q));
            }
            catch (JsonException ex)
            {
                throw new AnsweringException($"{file}:{n}: not a JSON question: {ex.Message}", ex);
            }
        }

        return result;
    }

    /// <summary>The unmet expectations of one answer (empty = pass), including never-invent violations.</summary>
    public static IReadOnlyList<string> Check(EvalQuestion q, Answer a, PoznanAskEngine engine)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(engine);
        var r = new List<string>();
        if (q.Intent is not null && q.Intent != a.Intent)
        {
            r.Add($"intent {a.Intent}, expected {q.Intent}");
        }

        if (q.Language is not null && q.Language != a.Language)
        {
            r.Add($"language {a.Language}, expected {q.Language}");
        }

        if (q.Found is not null && q.Found != a.Found)
        {
            r.Add($"found {a.Found}, expected {q.Found}");
        }

        if (q.Year is not null && q.Year != a.Year)
        {
            r.Add($"year {a.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, expected {q.Year}");
        }

        if (q.Scope is not null && (a.Facts.Where(f => f.Organisation is not null).ToList() is var m && (m.Count == 0 || m.Any(f => f.Scope != q.Scope))))
        {
            r.Add($"organisation facts are not all {q.Scope}");
        }

        foreach (var o in q.Organisations ?? [])
        {
            var hit = a.Facts.Any(f => Has(f.Organisation, o) || Has(f.NameAsWritten, o)) || a.Citations.Any(c => Has(c.Quote, o));
            if (!hit)
            {
                r.Add($"organisation '{o}' not in facts or quotes");
            }
        }

        if (q.Count is not null && !a.Facts.Any(f => f.Kind == "count" && f.Value == q.Count))
        {
            r.Add($"no count fact with value {q.Count}");
        }

        r.AddRange((q.Cite ?? []).Where(s => !a.Citations.Any(c => Has(c.Quote, s))).Select(s => $"no citation quotes '{s}'"));
        r.AddRange((q.Text ?? []).Where(s => !Has(a.Text, s)).Select(s => $"text lacks '{s}'"));
        r.AddRange((q.NotText ?? []).Where(s => Has(a.Text, s)).Select(s => $"text contains '{s}'"));
        r.AddRange(AnswerAudit.Check(a, engine.Knowledge, q.Question).Select(p => "never-invent: " + p));
        return r;
    }

    // Reports write no-break and doubled spaces ("Fundacja  Poznań", "do\u00a0sieci"); expectations are typed plainly.
    private static bool Has(string? haystack, string needle) => haystack is not null && Spaces(haystack).Contains(Spaces(needle), StringComparison.OrdinalIgnoreCase);

    private static string Spaces(string s) => string.Join(' ', s.Split([' ', '\u00a0', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
