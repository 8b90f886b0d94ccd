using System.CommandLine;
using Introspect.Cli.Output;
using Introspect.Core.Analysis;
using Introspect.Core.Loading;
using Spectre.Console;

namespace Introspect.Cli.Commands;

/// <summary><c>introspect check</c>: load a solution, run the Introspect rules, print the findings, set the exit code.</summary>
public static class CheckCommand
{
    private static readonly Dictionary<string, FindingSeverity?> Thresholds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["error"] = FindingSeverity.Error,
        ["warning"] = FindingSeverity.Warning,
        ["note"] = FindingSeverity.Note,
        ["none"] = null,
    };

    public static Command Create(CliConsole console)
    {
        var path = new Argument<string?>("path")
        {
            Description = "A .sln, .slnx, .slnf or .csproj file, or a folder holding one. Defaults to the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "The lowest severity that makes the exit code 1.",
            DefaultValueFactory = _ => "warning",
        };
        failOn.AcceptOnlyFromAmong([.. Thresholds.Keys]);
        var noRestore = new Option<bool>("--no-restore")
        {
            Description = "Do not run 'dotnet restore' when a project's packages have not been restored.",
        };
        var properties = new Option<string[]>("--property", "-p")
        {
            Description = "An MSBuild property for loading the projects, as name=value. Repeat for more.",
            AllowMultipleArgumentsPerToken = false,
        };
        properties.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(token => !token.Value.Contains('=', StringComparison.Ordinal)))
            {
                result.AddError($"'{token.Value}' is not name=value.");
            }
        });

        var command = new Command("check", CheckHelp.Description)
        {
            path, failOn, noRestore, properties,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var options = new CheckOptions(
                parseResult.GetValue(path),
                Thresholds[parseResult.GetValue(failOn) ?? "warning"],
                Restore: !parseResult.GetValue(noRestore),
                ParseProperties(parseResult.GetValue(properties) ?? []));
            return RunAsync(options, console, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(CheckOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        string inputPath;
        try
        {
            inputPath = InputResolver.Resolve(options.Path, Environment.CurrentDirectory);
        }
        catch (InputException exception)
        {
            console.Error.MarkupLineInterpolated($"[red]error:[/] {exception.Message}");
            return ExitCodes.UsageError;
        }

        try
        {
            var loadOptions = new LoadOptions { Properties = options.Properties, RestoreWhenNeeded = options.Restore };
            using var loaded = await SolutionLoader.LoadAsync(inputPath, loadOptions, cancellationToken).ConfigureAwait(false);
            var report = await SolutionAnalyzer.AnalyzeAsync(loaded, IntrospectAnalyzers.All, cancellationToken).ConfigureAwait(false);

            ConsoleReport.Write(report, loaded.RootDirectory, console);
            return ExitCodeFor(report, options.FailOn);
        }
        catch (LoadException exception)
        {
            console.Error.MarkupLineInterpolated($"[red]error:[/] {exception.Message}");
            return ExitCodes.LoadFailure;
        }
    }

    private static int ExitCodeFor(AnalysisReport report, FindingSeverity? failOn)
    {
        if (!report.IsComplete)
        {
            return ExitCodes.LoadFailure;
        }

        return failOn is { } threshold && report.CountAtOrAbove(threshold) > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static Dictionary<string, string> ParseProperties(IEnumerable<string> tokens) =>
        tokens.Select(token => token.Split('=', 2))
            .GroupBy(parts => parts[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Last()[1], StringComparer.OrdinalIgnoreCase);
}
