using System.CommandLine;
using PoznanAsk.Cli.Commands;
using PoznanAsk.Cli.Hosting;

// poznanask: the PoznanAsk command line. Every verb runs in the same generic host
// (appsettings.json + environment + --reports/--index) and prints its result to stdout.
var root = new RootCommand("PoznanAsk — pytania o raporty o stanie Miasta Poznania, z cytatami")
{
    GlobalOptions.Reports,
    GlobalOptions.Index,
    AnalyzeCommand.Create(),
    IndexCommand.Create(),
    SearchCommand.Create(),
    FactsCommand.Create(),
    AskCommand.Create(),
    ChatCommand.Create(),
    EvalCommand.Create(),
    ServeCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // A command line that does not parse is bad input: one line and exit 2, not the whole help page.
    Console.Error.WriteLine($"poznanask: {parse.Errors[0].Message} (poznanask --help pokazuje polecenia i opcje)");
    return CommandRunner.BadInput;
}

return await parse.InvokeAsync();
