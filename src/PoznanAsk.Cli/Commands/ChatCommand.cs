using System.CommandLine;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Cli.Hosting;
using PoznanAsk.Cli.Output;

namespace PoznanAsk.Cli.Commands;

/// <summary>
/// <c>poznanask chat</c>: an interactive conversation on the terminal with the same follow-up rules as the web
/// chat ("a w 2023?" after a question about 2017). One question per line (the terminal's line editing), an
/// empty line is skipped, Ctrl+D (end of input) ends it. <c>ask</c> stays stateless.
/// </summary>
internal static class ChatCommand
{
    public static Command Create()
    {
        var command = new Command("chat", "Talk to PoznanAsk: follow-up questions keep their context; Ctrl+D ends");
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async context =>
        {
            var handler = context.Engine.TurnHandler;
            var conversation = "chat-" + Guid.NewGuid().ToString("N");
            var interactive = !Console.IsInputRedirected;
            if (interactive)
            {
                await Console.Error.WriteLineAsync("PoznanAsk — zadaj pytanie o raporty (Ctrl+D kończy).").ConfigureAwait(false);
            }

            while (true)
            {
                if (interactive)
                {
                    await Console.Error.WriteAsync("> ").ConfigureAwait(false);
                }

                var line = Console.ReadLine();
                if (line is null)
                {
                    break;
                }

                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var answer = await handler.HandleMessageAsync(new TurnRequest(line, null, "cli", conversation), cancellationToken).ConfigureAwait(false);
                AnswerText.Write(context.Output, answer);
                context.Output.WriteLine();
                await context.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}
