using System.CommandLine;
using PoznanAsk.Answering.Service;
using PoznanAsk.Cli.Hosting;
using PoznanAsk.Cli.Output;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Cli.Commands;

/// <summary>
/// <c>poznanask facts</c>: membership facts with their citations, filtered by year, scope and
/// organisation; <c>poznanask facts diff 2017 2023</c>: joined / left / renamed between two years.
/// </summary>
internal static class FactsCommand
{
    public static Command Create()
    {
        var year = new Option<int?>("--year") { Description = "Only this report year" };
        var scope = new Option<string?>("--scope") { Description = "international or national" };
        scope.AcceptOnlyFromAmong("international", "national");
        var org = new Option<string?>("--org") { Description = "An organisation as you would type it (any form, abbreviation, no diacritics)", HelpName = "NAME" };
        var json = GlobalOptions.Json();
        var command = new Command("facts", "List membership facts with their citations") { year, scope, org, json, CreateDiff() };
        command.SetAction(parse => CommandRunner.Run(parse, context =>
        {
            var query = new FactQuery(parse.GetValue(year), ParseScope(parse.GetValue(scope)), parse.GetValue(org));
            var facts = context.Engine.Reports.Facts(query);
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, facts);
                return CommandRunner.Ok;
            }

            if (facts.Count == 0)
            {
                context.Output.WriteLine("Brak faktów dla tych warunków. Lata w raportach: " + string.Join(", ", context.Engine.Reports.Years) + ".");
                return CommandRunner.Ok;
            }

            foreach (var group in facts.GroupBy(f => (f.Year, f.Scope)))
            {
                context.Output.WriteLine($"{group.Key.Year} — {ScopeName(group.Key.Scope)} ({group.Count()}):");
                foreach (var fact in group)
                {
                    WriteFact(context.Output, fact);
                }
            }

            return CommandRunner.Ok;
        }));
        return command;
    }

    private static Command CreateDiff()
    {
        var from = new Argument<int>("from") { Description = "The earlier report year" };
        var to = new Argument<int>("to") { Description = "The later report year" };
        var json = GlobalOptions.Json();
        var command = new Command("diff", "What changed between two years: joined, left, renamed") { from, to, json };
        command.SetAction(parse => CommandRunner.Run(parse, context =>
        {
            var diff = context.Engine.Reports.Diff(parse.GetValue(from), parse.GetValue(to));
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, diff);
                return CommandRunner.Ok;
            }

            var output = context.Output;
            output.WriteLine($"Zmiany członkostw {diff.FromYear} → {diff.ToYear}");
            Section(output, $"Przystąpienia (są w {diff.ToYear}, nie ma w {diff.FromYear})", diff.Joined);
            Section(output, $"Odejścia (są w {diff.FromYear}, nie ma w {diff.ToYear})", diff.Left);
            output.WriteLine($"Zmiany nazw ({diff.Renamed.Count}):");
            foreach (var renamed in diff.Renamed)
            {
                output.WriteLine($"  {renamed.Before.NameAsWritten} → {renamed.After.NameAsWritten}");
            }

            output.WriteLine($"Bez zmian: {diff.Unchanged.Count}.");
            return CommandRunner.Ok;
        }));
        return command;
    }

    private static void Section(TextWriter output, string title, IReadOnlyList<FactRow> rows)
    {
        output.WriteLine($"{title} ({rows.Count}):");
        foreach (var row in rows)
        {
            WriteFact(output, row);
        }
    }

    private static void WriteFact(TextWriter output, FactRow fact)
    {
        var name = fact.NameAsWritten == fact.Organisation ? fact.Organisation : $"{fact.NameAsWritten} (= {fact.Organisation})";
        output.WriteLine($"  • {name}");
        output.WriteLine($"      {fact.Citation.Source}, {fact.Citation.PassageId}: „{fact.Citation.Quote}”");
    }

    private static MembershipScope? ParseScope(string? scope) => scope switch
    {
        "international" => MembershipScope.International,
        "national" => MembershipScope.National,
        _ => null,
    };

    private static string ScopeName(MembershipScope scope) => scope switch
    {
        MembershipScope.International => "organizacje międzynarodowe",
        MembershipScope.National => "organizacje krajowe",
        _ => "organizacje (zakres nieokreślony)",
    };
}
