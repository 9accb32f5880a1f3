using System.CommandLine;
using System.Text;
using Microsoft.Extensions.Options;
using PoznanAsk.Analysis;
using PoznanAsk.Answering;
using PoznanAsk.Knowledge;

namespace PoznanAsk.Cli.Hosting;

/// <summary>
/// Runs a verb inside the host and turns every failure into one plain line on stderr and an exit code:
/// 0 success, 1 a problem with the data or environment (missing resources, corrupt or locked index, an
/// unreadable report, a port in use, a bug), 2 bad input from the user (a query that does not parse, a bad
/// option value, invalid configuration). Never a stack trace: the line says what is wrong and, where it
/// helps, what to do.
/// </summary>
internal static class CommandRunner
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    public static int Run(ParseResult parse, Func<CliContext, int> verb) =>
        RunAsync(parse, context => Task.FromResult(verb(context)), CancellationToken.None).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(ParseResult parse, Func<CliContext, Task<int>> verb, CancellationToken cancellationToken)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
        try
        {
            var builder = CliHost.CreateBuilder(parse);
            var paths = CliHost.Paths(builder.Configuration, builder.Environment.ContentRootPath);
            using var context = new CliContext(builder.Build(), paths, stdout);
            return await verb(context).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            var (message, code) = Describe(e);
            return Fail(message, code);
        }
        finally
        {
            try
            {
                await stdout.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (IOException)
            {
                // stdout closed (e.g. piped into head): nothing more to say.
            }
        }
    }

    /// <summary>The one line and the exit code for a failure.</summary>
    internal static (string Message, int Code) Describe(Exception e)
    {
        switch (e)
        {
            case InvalidQueryException q:
                return ($"niepoprawne zapytanie (pozycja {q.Position + 1}): {q.Message}", BadInput);
            case OptionsValidationException o:
                return ("błędna konfiguracja: " + string.Join(" ", o.Failures.Select(f => f.Trim())), BadInput);
            case ArgumentException a:
                return (a.Message, BadInput);
            case OperationCanceledException:
                return ("przerwano", Failure);
            case AnsweringException or KnowledgeException when Innermost<KnowledgeException>(e) is { } k and not ReportReadException:
                // An index problem (corrupt, locked, unreadable): the knowledge layer's own message names it, not a wrapper's guess about the reports.
                return (k.Message, Failure);
            case AggregateException { InnerExceptions.Count: 1 } agg:
                return Describe(agg.InnerExceptions[0]);
            case AnalysisException or AnsweringException or IOException or UnauthorizedAccessException or InvalidDataException or InvalidOperationException:
                return (e.Message, Failure);
            default:
                return ($"nieoczekiwany błąd ({e.GetType().Name}): {e.Message}", Failure);
        }
    }

    private static T? Innermost<T>(Exception e)
        where T : Exception
    {
        T? found = null;
        for (var x = e; x is not null; x = x.InnerException)
        {
            found = x as T ?? found;
        }

        return found;
    }

    private static int Fail(string message, int code)
    {
        Console.Error.WriteLine("poznanask: " + string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        return code;
    }
}
