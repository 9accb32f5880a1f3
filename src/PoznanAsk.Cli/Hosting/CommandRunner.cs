using System.CommandLine;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using PoznanAsk.Analysis;
using PoznanAsk.Answering;
using PoznanAsk.Answering.Service;
using PoznanAsk.Knowledge;

namespace PoznanAsk.Cli.Hosting;

/// <summary>
/// Runs a verb inside the host and turns failures into one plain line on stderr and an exit code:
/// 0 success, 1 a problem with the data or environment (missing resources, corrupt index),
/// 2 bad input from the user (a query that does not parse, a bad option value). Never a stack trace.
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
        catch (InvalidQueryException e)
        {
            return Fail($"niepoprawne zapytanie (pozycja {e.Position + 1}): {e.Message}", BadInput);
        }
        catch (ArgumentException e)
        {
            return Fail(e.Message, BadInput);
        }
        catch (OperationCanceledException)
        {
            return Fail("przerwano", Failure);
        }
        catch (Exception e) when (e is AnalysisException or IOException or UnauthorizedAccessException or InvalidDataException or InvalidOperationException or AnsweringException or Knowledge.KnowledgeException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            return Fail(e.Message, Failure);
        }
        finally
        {
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static int Fail(string message, int code)
    {
        Console.Error.WriteLine("poznanask: " + message);
        return code;
    }
}
