using Introspect.Core.Analysis;
using Introspect.Core.Migrations;

namespace Introspect.Cli.Output;

/// <summary>The plan as plain text: per migration file, each unsafe operation with its numbered safe steps.</summary>
internal static class MigrationPlanReport
{
    public static void Write(IReadOnlyList<Finding> findings, int shipped, string displayRoot, TextWriter output)
    {
        var migrations = findings.GroupBy(finding => finding.Location.FilePath).ToList();
        output.Write($"{findings.Count} unsafe {Plural(findings.Count, "operation")} in {migrations.Count} {Plural(migrations.Count, "migration")}");
        output.Write(shipped > 0 ? $" ({shipped} in shipped migrations left out)\n" : "\n");

        foreach (var migration in migrations)
        {
            var first = migration.First();
            output.Write($"\n{TerminalText.Sanitise(SourcePaths.Relative(migration.Key, displayRoot))}{Describe(first)}\n");
            foreach (var finding in migration)
            {
                output.Write($"  {finding.Location.Line}:{finding.Location.Column} {finding.RuleId} {TerminalText.Sanitise(finding.Message)}\n");
                var steps = MigrationPlans.For(finding);
                for (var step = 0; step < steps.Count; step++)
                {
                    output.Write($"    {step + 1}. {TerminalText.Sanitise(steps[step])}\n");
                }
            }
        }
    }

    private static string Describe(Finding finding)
    {
        string? Property(string key) => finding.Properties is not null && finding.Properties.TryGetValue(key, out var value) ? value : null;

        var framework = Property("framework") switch
        {
            "EfCore" => "EF Core",
            "FluentMigrator" => "FluentMigrator",
            "SqlScript" => "SQL script",
            var other => other,
        };
        var provider = Property("provider") is { } value and not "Unknown" ? value : null;
        var parts = new[] { Property("migration"), framework, provider }.Where(part => !string.IsNullOrEmpty(part));
        return $" ({TerminalText.Sanitise(string.Join(", ", parts))})";
    }

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
