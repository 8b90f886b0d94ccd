using System.Collections.Immutable;
using Introspect.Analyzers.Migrations;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Core.Loading;
using Microsoft.CodeAnalysis;

namespace Introspect.Core.Migrations;

/// <summary>
/// Every migration of a solution (EF Core and FluentMigrator classes, SQL migration scripts), read with the same catalog
/// and the same per-file settings as the migration rules, in the order the frameworks apply them, with their operations.
/// The docs site lists them and puts each rule's verdict next to the operation it is about.
/// </summary>
public static class MigrationInventory
{
    public static async Task<ImmutableArray<MigrationSummary>> ReadAsync(
        LoadedSolution loaded, Func<Project, bool>? includeProject, CancellationToken cancellationToken)
    {
        var migrations = new List<MigrationSummary>();
        foreach (var project in loaded.CSharpProjects.Where(includeProject ?? (_ => true)))
        {
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is not null)
            {
                migrations.AddRange(Read(project, compilation, cancellationToken));
            }
        }

        return
        [
            .. migrations
                .OrderBy(migration => migration.Project, StringComparer.Ordinal)
                .ThenBy(migration => migration.Id, Comparer<string>.Create(MigrationOrder.Compare))
                .ThenBy(migration => migration.Id, StringComparer.Ordinal)
                .ThenBy(migration => migration.FilePath, StringComparer.Ordinal),
        ];
    }

    private static IEnumerable<MigrationSummary> Read(Project project, Compilation compilation, CancellationToken cancellationToken)
    {
        var catalog = MigrationCatalog.For(compilation);
        var options = project.AnalyzerOptions;
        if (catalog.HasMigrationClasses)
        {
            foreach (var type in SourceClasses(compilation.Assembly.GlobalNamespace))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (catalog.ReadClass(type, options, cancellationToken, out _) is { } migration)
                {
                    yield return Summarise(project.Name, migration);
                }
            }
        }

        foreach (var file in options.AdditionalFiles.Where(file => file.Path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase)))
        {
            var fileOptions = MigrationOptions.Read(options.AnalyzerConfigOptionsProvider.GetOptions(file));
            if (catalog.ReadScript(file, fileOptions, cancellationToken) is { } script)
            {
                yield return Summarise(project.Name, script);
            }
        }
    }

    private static MigrationSummary Summarise(string project, MigrationDefinition migration)
    {
        var span = migration.Location.GetLineSpan();
        return new MigrationSummary(
            project,
            migration.Id,
            migration.Name,
            migration.Framework.ToString(),
            migration.Provider.ToString(),
            span.Path,
            span.StartLinePosition.Line + 1,
            migration.Rollback.ToString(),
            [.. migration.Up.Select(Summarise)]);
    }

    private static MigrationOperationSummary Summarise(SchemaOperation operation)
    {
        var span = operation.Location.GetLineSpan();
        return new MigrationOperationSummary(
            operation.Kind.ToString(),
            operation.Table?.ToString(),
            operation.Column ?? operation.NewColumn?.Name ?? operation.Index?.Name ?? operation.ObjectName,
            operation.NewName,
            span.Path,
            span.StartLinePosition.Line + 1,
            span.EndLinePosition.Line + 1);
    }

    private static IEnumerable<INamedTypeSymbol> SourceClasses(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                foreach (var type in SourceClasses(child))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol { TypeKind: TypeKind.Class } type && type.Locations.Any(location => location.IsInSource))
            {
                yield return type;
                foreach (var nested in SourceClasses(type))
                {
                    yield return nested;
                }
            }
        }
    }
}

/// <summary>One migration: its framework id and readable name, where it is, its provider, its rollback, and what Up does.</summary>
/// <param name="FilePath">The full path of the file that declares it (the class or the script).</param>
/// <param name="Rollback">What Down offers: Present, Missing, Empty, Throws, Automatic or NotApplicable (scripts).</param>
public sealed record MigrationSummary(
    string Project,
    string Id,
    string Name,
    string Framework,
    string Provider,
    string FilePath,
    int Line,
    string Rollback,
    ImmutableArray<MigrationOperationSummary> Operations);

/// <summary>One operation of a migration's Up, with the lines it spans (a finding about it starts inside them).</summary>
public sealed record MigrationOperationSummary(
    string Kind,
    string? Table,
    string? Column,
    string? NewName,
    string FilePath,
    int Line,
    int EndLine);
