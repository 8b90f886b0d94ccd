using System.Collections.Immutable;
using System.CommandLine;
using Introspect.Cli.Output;
using Introspect.Core.Analysis;
using Introspect.Core.Migrations;

namespace Introspect.Cli.Commands;

/// <summary>
/// <c>introspect migrations plan</c>: for every unsafe migration operation that has not shipped, the expand →
/// migrate → contract sequence to use instead.
/// </summary>
public static class MigrationsCommand
{
    public static Command Create(CliConsole console)
    {
        var path = new Argument<string?>("path")
        {
            Description = "A .sln, .slnx, .slnf or .csproj file, or a folder holding one. Defaults to the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var since = new Option<string?>("--since") { Description = "A git ref of the last release: migrations that existed there have shipped and get no plan." };
        var projects = new Option<string[]>("--project") { Description = "Only the projects with this name or file name (wildcards allowed). Repeatable." };
        var noRestore = new Option<bool>("--no-restore") { Description = "Do not run 'dotnet restore' when a project's packages have not been restored." };

        var plan = new Command("plan", "Print the safe expand, migrate and contract sequence for every unsafe migration operation that has not shipped.")
        {
            path, since, projects, noRestore,
        };
        plan.SetAction((parseResult, cancellationToken) =>
        {
            var options = new SolutionRunOptions
            {
                Path = parseResult.GetValue(path),
                Since = parseResult.GetValue(since),
                Projects = [.. parseResult.GetValue(projects) ?? []],
                Restore = !parseResult.GetValue(noRestore),
                Rules = ["INTR2*"],
            };
            return CommandGuard.RunAsync(() => PlanAsync(options, console, cancellationToken), options.Verbosity, console);
        });

        return new Command("migrations", "Work with the migrations of a solution.") { plan };
    }

    private static async Task<int> PlanAsync(SolutionRunOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        var (loaded, report) = await SolutionRun.LoadAndAnalyzeAsync(options, console, cancellationToken).ConfigureAwait(false);
        using var ownedLoad = loaded;

        var unshipped = report.Findings.Where(finding => finding.Severity >= FindingSeverity.Warning).ToImmutableArray();
        var shipped = report.Findings.Length - unshipped.Length;
        MigrationPlanReport.Write(unshipped, shipped, loaded.RootDirectory, console.OutWriter);
        return report.IsComplete ? ExitCodes.Clean : ExitCodes.LoadFailure;
    }
}
