using System.Collections.Concurrent;
using Introspect.Analyzers.Knowledge;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Migrations.Rules.History;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Migrations.EfCore.Model;

/// <summary>
/// The EF Core models the compilation records: each migration's target model (its Designer's BuildTargetModel) and
/// each context's snapshot, read on first use and kept for the compilation. The model the running version of the
/// app uses while a migration runs is the target model of the migration before it — of the last shipped one before
/// it, when the settings say which have shipped, since unshipped migrations before it go out in the same release.
/// </summary>
internal sealed class EfModelHistory
{
    private readonly Compilation _compilation;
    private readonly MigrationCatalog _catalog;
    private readonly Lazy<MigrationIndex> _index;
    private readonly ConcurrentDictionary<INamedTypeSymbol, EfModel> _models = new(SymbolEqualityComparer.Default);

    public EfModelHistory(Compilation compilation, MigrationCatalog catalog)
    {
        _compilation = compilation;
        _catalog = catalog;
        _index = new Lazy<MigrationIndex>(() => MigrationIndex.Build(compilation, catalog, CancellationToken.None));
    }

    public MigrationIndex Index => _index.Value;

    /// <summary>
    /// The model the running version of the app uses when <paramref name="migration"/> runs, and the migration whose
    /// target model it is; null when the migration is not an EF Core class, is the first, or its predecessor has no
    /// Designer in source.
    /// </summary>
    public (EfModel Model, string MigrationName)? RunningModel(MigrationDefinition migration, MigrationOptions options)
    {
        if (migration.Framework != MigrationFramework.EfCore || _catalog.EfCore is not { } types)
        {
            return null;
        }

        var migrations = Index.EfMigrations;
        var self = migrations.FirstOrDefault(entry => entry.Id == migration.Id && entry.Type.Name == migration.Name);
        if (self is null)
        {
            return null;
        }

        var earlier = migrations
            .Where(entry => SymbolEqualityComparer.Default.Equals(entry.Context, self.Context) && MigrationOrder.Compare(entry.Id, self.Id) < 0)
            .OrderBy(entry => entry.Id, Comparer<string>.Create(MigrationOrder.Compare))
            .ToList();
        var baseline = earlier.LastOrDefault(entry => options.HasShipped(entry.Id)) ?? earlier.LastOrDefault();
        if (baseline is null)
        {
            return null;
        }

        var model = _models.GetOrAdd(baseline.Type, type => Read(TypeHierarchy.FindOverride(type, "BuildTargetModel", types.Migration)));
        return model.Entities.IsEmpty ? null : (model, baseline.Type.Name);
    }

    /// <summary>The model of each snapshot in source (the model as the last scaffold saw it).</summary>
    public IEnumerable<(SnapshotEntry Snapshot, EfModel Model)> Snapshots() =>
        Index.Snapshots.Select(snapshot => (snapshot, _models.GetOrAdd(
            snapshot.Type,
            type => Read(type.GetMembers("BuildModel").OfType<IMethodSymbol>().FirstOrDefault(method => method.IsOverride)))));

    private EfModel Read(IMethodSymbol? method) => EfModelReader.Read(MethodBodies.Operation(method, _compilation, CancellationToken.None));
}
