using System.Collections.Immutable;
using Introspect.Analyzers.Migrations;
using Introspect.Analyzers.Migrations.Rules;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;
using Microsoft.CodeAnalysis;

namespace Introspect.Core.Migrations.JobUse;

/// <summary>
/// INTR221: a migration that has not shipped drops or renames a table or column that a job of the solution still
/// reads or writes. The job usually runs from another deployable than the one that runs the migration, so this is a
/// solution-level rule: the migrations of one project are matched against the jobs of every project.
/// </summary>
internal static class DroppedWhileJobUsesIt
{
    public static DiagnosticDescriptor Rule => DroppedWhileJobUsesItAnalyzer.Descriptor;

    /// <summary>Jobs named in full in one message; the rest are counted.</summary>
    private const int JobsNamed = 5;

    /// <summary>One diagnostic per removal that a job uses, at the migration operation, with the jobs' effect sites as additional locations.</summary>
    public static ImmutableArray<Diagnostic> Find(IEnumerable<SchemaRemoval> removals, IReadOnlyList<Job> jobs, string rootDirectory)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var removal in removals)
        {
            var uses = jobs
                .Select(job => JobSchemaUse.Of(job, removal))
                .OfType<JobSchemaUse>()
                .OrderBy(use => use.Job.DisplayName, StringComparer.Ordinal)
                .ThenBy(use => use.Job.Id, StringComparer.Ordinal)
                .ToList();
            if (uses.Count > 0)
            {
                diagnostics.Add(Create(removal, uses, rootDirectory));
            }
        }

        return diagnostics.ToImmutable();
    }

    internal static string Users(SchemaRemoval removal, IReadOnlyList<JobSchemaUse> uses)
    {
        if (uses.Count == 1)
        {
            return $"{Describe(uses[0].Job)} {Verb(uses[0].Access)} {removal.Table}";
        }

        var named = uses.Take(JobsNamed).Select(use => $"{Describe(use.Job)} {Verb(use.Access)} it");
        var more = uses.Count > JobsNamed ? $"; and {uses.Count - JobsNamed} more" : string.Empty;
        return $"{uses.Count} jobs use {removal.Table}: {string.Join("; ", named)}{more}";
    }

    /// <summary>"Hangfire job 'Nightly snapshot scheduler' (recurring, at 02:30 every day (Europe/Berlin))".</summary>
    internal static string Describe(Job job)
    {
        var triggers = job.Triggers.Select(trigger => trigger.Description).Where(text => text.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var when = triggers.Count == 0 ? string.Empty : $" ({string.Join(" and ", triggers)})";
        return $"{job.FrameworkName} job '{job.DisplayName}'{when}";
    }

    private static string Verb(EffectAccess access) => access switch
    {
        EffectAccess.Write => "writes",
        EffectAccess.ReadWrite => "reads and writes",
        _ => "reads",
    };

    private static Diagnostic Create(SchemaRemoval removal, IReadOnlyList<JobSchemaUse> uses, string rootDirectory)
    {
        var fix = uses.Count == 1
            ? "drain and redeploy the job before this migration runs"
            : "drain and redeploy these jobs before this migration runs";
        var properties = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        properties[MigrationFindingProperties.Migration] = removal.Migration;
        properties[MigrationFindingProperties.Framework] = removal.Framework.ToString();
        properties[MigrationFindingProperties.Provider] = removal.Provider.ToString();
        properties[MigrationFindingProperties.Operation] = removal.Kind.ToString();
        properties[MigrationFindingProperties.Table] = removal.Table.ToString();
        properties[MigrationFindingProperties.Column] = removal.Column;
        properties[MigrationFindingProperties.NewName] = removal.NewName;
        properties[JobsProperty] = string.Join(";", uses.Select(use => use.Job.Id));

        return Diagnostic.Create(
            Rule,
            removal.Location,
            uses.SelectMany(use => use.Effects).Select(effect => EffectLocation(effect, rootDirectory)).OfType<Location>().Distinct(),
            properties.ToImmutable(),
            removal.Migration,
            removal.Change,
            Users(removal, uses),
            fix);
    }

    /// <summary>The property that lists the ids of the jobs that use what the migration removes, separated by semicolons.</summary>
    public const string JobsProperty = "jobs";

    /// <summary>An effect's site as a location in its file (line and column; the span is not known).</summary>
    private static Location? EffectLocation(ProcessEffect effect, string rootDirectory)
    {
        if (effect.Location is not { } position)
        {
            return null;
        }

        var path = Path.IsPathRooted(position.Path) ? position.Path : Path.GetFullPath(Path.Combine(rootDirectory, position.Path));
        var start = new Microsoft.CodeAnalysis.Text.LinePosition(Math.Max(0, position.Line - 1), Math.Max(0, position.Column - 1));
        return Location.Create(path, default, new Microsoft.CodeAnalysis.Text.LinePositionSpan(start, start));
    }
}
