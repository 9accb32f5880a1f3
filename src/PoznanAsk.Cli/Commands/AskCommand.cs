using System.CommandLine;
using PoznanAsk.Cli.Hosting;
using PoznanAsk.Cli.Output;

namespace PoznanAsk.Cli.Commands;

/// <summary><c>poznanask ask "…"</c>: the same answer the bot gives, with its citations.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "A question in Polish or English" };
        var json = GlobalOptions.Json();
        var command = new Command("ask", "Answer a question from the reports, citing the passages") { question, json };
        command.SetAction(parse => CommandRunner.Run(parse, context =>
        {
            var answer = context.Engine.Ask(parse.GetValue(question)!);
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, answer);
                return CommandRunner.Ok;
            }

            AnswerText.Write(context.Output, answer);
            return CommandRunner.Ok;
        }));
        return command;
    }
}
