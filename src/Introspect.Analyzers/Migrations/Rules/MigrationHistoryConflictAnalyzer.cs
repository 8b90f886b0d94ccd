using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Migrations.Rules.History;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR220: the migration history does not add up. The EF Core model snapshot does not match the latest migration's
/// target model (the next scaffold diffs against a stale model and re-does or undoes work), or two migrations share an
/// id: EF Core [Migration] ids of one DbContext, FluentMigrator versions, Flyway/Evolve script versions in one folder.
/// Each finding is reported while analysing the migration it is about, with an index of all migrations built once per
/// compilation, so it shows in the IDE like any other diagnostic (no compilation-end action, which the IDE runs only
/// with full-solution analysis); a change in another file shows once this file is analysed again.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MigrationHistoryConflictAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.MigrationHistoryConflict,
        title: "Keep the model snapshot and migration ids consistent",
        messageFormat: "Migration '{0}' {1}; {2}",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "EF Core scaffolds each new migration as the difference between the model and the model snapshot, not the migrations; a snapshot that does not match the latest migration's target model (a merge of two branches that each added a migration, a snapshot change lost in a rebase) makes the next migration re-do or undo changes without anyone noticing. Two migrations with the same id or version are applied in an undefined order, or the runner refuses to start (FluentMigrator, Flyway, Evolve). Regenerate the migration or the snapshot; renumber the one that has not shipped.");

    private static readonly DiagnosticDescriptor ShippedNote = MigrationDiagnostics.ShippedNote(Descriptor);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var catalog = MigrationCatalog.For(start.Compilation);
            if (catalog.HasMigrationClasses)
            {
                var compilation = start.Compilation;
                var index = new Lazy<MigrationIndex>(() => MigrationIndex.Build(compilation, catalog, CancellationToken.None));
                start.RegisterSymbolAction(symbolContext => AnalyzeClass(symbolContext, catalog, index), SymbolKind.NamedType);
            }

            start.RegisterAdditionalFileAction(fileContext => AnalyzeScript(fileContext, catalog));
        });
    }

    private static void AnalyzeClass(SymbolAnalysisContext context, MigrationCatalog catalog, Lazy<MigrationIndex> index)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (catalog.ReadClass(type, context.Options, context.CancellationToken, out var options) is not { } migration)
        {
            return;
        }

        var findings = migration.Framework == MigrationFramework.EfCore
            ? EfCoreFindings(type, index.Value, context.CancellationToken)
            : FluentFindings(type, index.Value);
        var shippedId = options.HasShipped(migration) ? migration.Id : null;
        foreach (var (problem, fix) in findings)
        {
            context.ReportDiagnostic(MigrationDiagnostics.Create(Descriptor, ShippedNote, migration.Location, shippedId, [migration.Name, problem, fix]));
        }
    }

    private static IEnumerable<(string Problem, string Fix)> EfCoreFindings(INamedTypeSymbol type, MigrationIndex index, CancellationToken cancellationToken)
    {
        var self = index.EfMigrations.FirstOrDefault(entry => SymbolEqualityComparer.Default.Equals(entry.Type, type));
        if (self is null)
        {
            return Enumerable.Empty<(string, string)>();
        }

        var findings = new List<(string Problem, string Fix)>();
        var sameContext = index.EfMigrations.Where(entry => SymbolEqualityComparer.Default.Equals(entry.Context, self.Context)).ToList();
        var twin = sameContext.FirstOrDefault(entry => entry.Id == self.Id && !SymbolEqualityComparer.Default.Equals(entry.Type, type));
        if (twin is not null)
        {
            findings.Add((
                $"has the id '{self.Id}', which migration '{twin.Type.Name}' has too",
                "EF Core keeps one history row per id, so one of them never runs; give the one that has not shipped a new id (remove it and add it again)"));
        }

        var latest = sameContext.Aggregate((best, next) => MigrationOrder.Compare(next.Id, best.Id) > 0 ? next : best);
        if (self.Context is not null && SymbolEqualityComparer.Default.Equals(latest.Type, type) && twin is null)
        {
            var snapshot = index.Snapshots.FirstOrDefault(entry => SymbolEqualityComparer.Default.Equals(entry.Context, self.Context));
            var contextName = self.Context.Name;
            if (snapshot is null)
            {
                if (type.GetMembers("BuildTargetModel").Any())
                {
                    findings.Add((
                        $"is the latest migration of {contextName}, which has no model snapshot in this project",
                        "the next 'dotnet ef migrations add' would scaffold every table again; restore the snapshot file (<Context>ModelSnapshot.cs) from source control"));
                }
            }
            else if (SnapshotComparison.Matches(snapshot.Type, type, cancellationToken) == false)
            {
                findings.Add((
                    $"is the latest migration of {contextName}, but the model snapshot {snapshot.Type.Name} does not match its target model",
                    "the next 'dotnet ef migrations add' would diff against the stale snapshot and re-do or undo changes; remove this migration (dotnet ef migrations remove) and add it again after merging, so that the snapshot is regenerated"));
            }
        }

        return findings;
    }

    private static IEnumerable<(string Problem, string Fix)> FluentFindings(INamedTypeSymbol type, MigrationIndex index)
    {
        var self = index.FluentMigrations.FirstOrDefault(entry => SymbolEqualityComparer.Default.Equals(entry.Type, type));
        var twin = self is null
            ? null
            : index.FluentMigrations.FirstOrDefault(entry => entry.Version == self.Version && !SymbolEqualityComparer.Default.Equals(entry.Type, type));
        if (twin is not null)
        {
            yield return (
                $"has version {self!.Version}, which migration '{twin.Type.Name}' has too",
                "FluentMigrator refuses to run two migrations with one version; give the one that has not shipped a new, later version");
        }
    }

    /// <summary>A Flyway/Evolve-style script whose version another script of the same folder has too.</summary>
    private static void AnalyzeScript(AdditionalFileAnalysisContext context, MigrationCatalog catalog)
    {
        var path = context.AdditionalFile.Path;
        if (!path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase) || ScriptVersions.Of(path) is not { } version)
        {
            return;
        }

        var optionsProvider = context.Options.AnalyzerConfigOptionsProvider;
        var options = MigrationOptions.Read(optionsProvider.GetOptions(context.AdditionalFile));
        if (!options.IsMigrationScript(path))
        {
            return;
        }

        var folder = ScriptVersions.Folder(path);
        var twin = context.Options.AdditionalFiles.FirstOrDefault(other =>
            !string.Equals(other.Path, path, StringComparison.Ordinal)
            && string.Equals(ScriptVersions.Folder(other.Path), folder, StringComparison.OrdinalIgnoreCase)
            && other.Path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase)
            && ScriptVersions.Of(other.Path) == version
            && MigrationOptions.Read(optionsProvider.GetOptions(other)).IsMigrationScript(other.Path));
        if (twin is null)
        {
            return;
        }

        var name = ScriptVersions.NameWithoutExtension(path);
        var script = catalog.ReadScript(context.AdditionalFile, options, context.CancellationToken);
        var location = script?.Location ?? Location.Create(path, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
        var shippedId = script is not null && options.HasShipped(script) ? script.Id : null;
        context.ReportDiagnostic(MigrationDiagnostics.Create(
            Descriptor,
            ShippedNote,
            location,
            shippedId,
            [name, $"has version {version}, which script '{ScriptVersions.NameWithoutExtension(twin.Path)}' has too", "Flyway and Evolve refuse to run two migrations with one version; give the one that has not shipped a new, later version"]));
    }
}
