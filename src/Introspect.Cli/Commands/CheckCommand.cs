using System.Collections.Immutable;
using System.CommandLine;
using Introspect.Core.Analysis;

namespace Introspect.Cli.Commands;

/// <summary><c>introspect check</c>: its arguments and options. <see cref="CheckRunner"/> does the work.</summary>
public static class CheckCommand
{
    private static readonly Dictionary<string, FindingSeverity?> Thresholds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["error"] = FindingSeverity.Error,
        ["warning"] = FindingSeverity.Warning,
        ["note"] = FindingSeverity.Note,
        ["none"] = null,
    };

    private static readonly Dictionary<string, OutputFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["console"] = OutputFormat.Console,
        ["json"] = OutputFormat.Json,
        ["sarif"] = OutputFormat.Sarif,
        ["github"] = OutputFormat.GitHub,
        ["azure"] = OutputFormat.Azure,
    };

    internal static readonly Dictionary<string, Verbosity> Verbosities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["q"] = Verbosity.Quiet, ["quiet"] = Verbosity.Quiet,
        ["m"] = Verbosity.Minimal, ["minimal"] = Verbosity.Minimal,
        ["n"] = Verbosity.Normal, ["normal"] = Verbosity.Normal,
        ["d"] = Verbosity.Detailed, ["detailed"] = Verbosity.Detailed,
        ["diag"] = Verbosity.Diagnostic, ["diagnostic"] = Verbosity.Diagnostic,
    };

    public static Command Create(CliConsole console)
    {
        var path = new Argument<string?>("path")
        {
            Description = "A .sln, .slnx, .slnf or .csproj file, or a folder holding one. Defaults to the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var configuration = new Option<string?>("--configuration", "-c") { Description = "The build configuration to load the projects with (MSBuild Configuration)." };
        var framework = new Option<string?>("--framework", "-f") { Description = "The target framework to analyse, for multi-targeted projects (MSBuild TargetFramework)." };
        var properties = new Option<string[]>("--property", "-p") { Description = "An MSBuild property for loading the projects, as name=value. Repeatable." };
        properties.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(token => !token.Value.Contains('=', StringComparison.Ordinal)))
            {
                result.AddError($"'{token.Value}' is not name=value.");
            }
        });
        var projects = new Option<string[]>("--project") { Description = "Analyse only the projects with this name or file name (wildcards * and ? allowed). Repeatable." };
        var rules = new Option<string[]>("--rules") { Description = "Run only these rules: ids or prefixes ending in * (INTR103, INTR1*), comma-separated or repeated." };
        var excludeRules = new Option<string[]>("--exclude-rules") { Description = "Do not run these rules (same forms as --rules)." };
        var format = new Option<string[]>("--format") { Description = "What to print on standard output: console (default), json, sarif, github, azure. Repeatable; json and sarif stand alone." };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var sarif = new Option<string?>("--sarif") { Description = "Also write the findings as SARIF 2.1.0 to this file." };
        var json = new Option<string?>("--json") { Description = "Also write the findings as JSON to this file." };
        var baseline = new Option<string?>("--baseline") { Description = "Report only findings that are not in this baseline file." };
        var updateBaseline = new Option<bool>("--update-baseline") { Description = "Write the current findings to the --baseline file (adds new ones, prunes stale ones)." };
        var since = new Option<string?>("--since") { Description = "A git ref (tag, branch, commit) of the last release: migrations that existed there have shipped and are reported as notes, not warnings." };
        var failOn = new Option<string>("--fail-on") { Description = "The lowest severity that makes the exit code 1.", DefaultValueFactory = _ => "warning" };
        failOn.AcceptOnlyFromAmong([.. Thresholds.Keys]);
        var noRestore = new Option<bool>("--no-restore") { Description = "Do not run 'dotnet restore' when a project's packages have not been restored." };
        var verbosity = new Option<string>("--verbosity", "-v") { Description = "quiet, minimal, normal, detailed (adds timings) or diagnostic (adds stack traces).", DefaultValueFactory = _ => "normal" };
        verbosity.AcceptOnlyFromAmong([.. Verbosities.Keys]);

        var command = new Command("check", CheckHelp.Description)
        {
            path, configuration, framework, properties, projects, rules, excludeRules, format, sarif, json, baseline, updateBaseline, since, failOn, noRestore, verbosity,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(updateBaseline) && string.IsNullOrWhiteSpace(result.GetValue(baseline)))
            {
                result.AddError("--update-baseline needs --baseline <file> to say which file to write.");
            }

            var formats = (result.GetValue(format) ?? []).Select(value => Formats[value]).Distinct().ToList();
            if (formats.Count > 1 && formats.Any(value => value is OutputFormat.Json or OutputFormat.Sarif))
            {
                result.AddError("--format json and --format sarif fill standard output alone; use --json <file> or --sarif <file> next to other formats.");
            }
        });

        command.SetAction((parseResult, cancellationToken) =>
        {
            var msbuildProperties = ParseProperties(parseResult.GetValue(properties) ?? []);
            if (parseResult.GetValue(configuration) is { Length: > 0 } configurationValue)
            {
                msbuildProperties["Configuration"] = configurationValue;
            }

            if (parseResult.GetValue(framework) is { Length: > 0 } frameworkValue)
            {
                msbuildProperties["TargetFramework"] = frameworkValue;
            }

            var options = new CheckOptions
            {
                Path = parseResult.GetValue(path),
                FailOn = Thresholds[parseResult.GetValue(failOn) ?? "warning"],
                Restore = !parseResult.GetValue(noRestore),
                Properties = msbuildProperties,
                Projects = [.. parseResult.GetValue(projects) ?? []],
                Rules = [.. parseResult.GetValue(rules) ?? []],
                ExcludeRules = [.. parseResult.GetValue(excludeRules) ?? []],
                Formats = [.. (parseResult.GetValue(format) ?? []).Select(value => Formats[value]).Distinct()],
                SarifPath = parseResult.GetValue(sarif),
                JsonPath = parseResult.GetValue(json),
                BaselinePath = parseResult.GetValue(baseline),
                UpdateBaseline = parseResult.GetValue(updateBaseline),
                Since = parseResult.GetValue(since),
                Verbosity = Verbosities[parseResult.GetValue(verbosity) ?? "normal"],
            };
            return CheckRunner.RunAsync(options, console, cancellationToken);
        });
        return command;
    }

    private static Dictionary<string, string> ParseProperties(IEnumerable<string> tokens) =>
        tokens.Select(token => token.Split('=', 2))
            .GroupBy(parts => parts[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Last()[1], StringComparer.OrdinalIgnoreCase);
}
