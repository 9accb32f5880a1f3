using System.CommandLine;
using System.Globalization;
using PoznanAsk.Answering.Service;
using PoznanAsk.Cli.Hosting;
using PoznanAsk.Cli.Output;

namespace PoznanAsk.Cli.Commands;

/// <summary><c>poznanask search "query"</c>: Lucene query syntax over passages and facts, best hits with highlighted snippets.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Lucene classic syntax: terms, \"phrases\"~2, +must, -not, AND/OR/NOT, field:value, prefix*, fuzzy~, year:[2017 TO 2023]" };
        var top = new Option<int>("--top") { Description = "How many hits (1–100)", DefaultValueFactory = _ => 10 };
        var year = new Option<int?>("--year") { Description = "Only this report year" };
        var kind = new Option<string?>("--kind") { Description = "Only 'passage' or 'fact'" };
        kind.AcceptOnlyFromAmong("passage", "fact");
        top.Validators.Add(r =>
        {
            // A value that is not a number already has the parser's own error; reading it here would throw.
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is < 1 or > 100)
            {
                r.AddError("--top must be between 1 and 100.");
            }
        });
        var json = GlobalOptions.Json();
        var command = new Command("search", "Search report passages and facts") { query, top, year, kind, json };
        command.SetAction(parse => CommandRunner.Run(parse, context =>
        {
            var response = context.Engine.Reports.Search(new SearchRequest(parse.GetValue(query)!, parse.GetValue(year), parse.GetValue(kind), parse.GetValue(top)));
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, response.Hits);
                return CommandRunner.Ok;
            }

            var output = context.Output;
            output.WriteLine($"Trafień: {response.TotalHits}");
            var rank = 0;
            foreach (var hit in response.Hits)
            {
                rank++;
                var score = hit.Score.ToString("0.000", CultureInfo.InvariantCulture);
                output.WriteLine($"{rank,2}. {hit.Id}  {hit.Kind}  {hit.Year?.ToString(CultureInfo.InvariantCulture) ?? "—"}  {hit.Source}  {score}");
                if (hit.Section.Length > 0)
                {
                    output.WriteLine($"    {hit.Section}");
                }

                foreach (var snippet in hit.Snippets)
                {
                    output.WriteLine("    " + SnippetText.Render(snippet));
                }
            }

            return CommandRunner.Ok;
        }));
        return command;
    }
}
