using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Migrations.Rules.History;

/// <summary>
/// Every migration class and EF Core model snapshot declared in the compilation, built once (on first use) for the
/// rules that compare migrations with each other: EF Core migrations by DbContext and [Migration] id, FluentMigrator
/// migrations by [Migration] version, snapshots by DbContext.
/// </summary>
internal sealed class MigrationIndex
{
    private MigrationIndex(
        ImmutableArray<EfMigrationEntry> efMigrations,
        ImmutableArray<FluentMigrationEntry> fluentMigrations,
        ImmutableArray<SnapshotEntry> snapshots)
    {
        EfMigrations = efMigrations;
        FluentMigrations = fluentMigrations;
        Snapshots = snapshots;
    }

    public ImmutableArray<EfMigrationEntry> EfMigrations { get; }

    public ImmutableArray<FluentMigrationEntry> FluentMigrations { get; }

    public ImmutableArray<SnapshotEntry> Snapshots { get; }

    public static MigrationIndex Build(Compilation compilation, MigrationCatalog catalog, CancellationToken cancellationToken)
    {
        var efMigrations = ImmutableArray.CreateBuilder<EfMigrationEntry>();
        var fluentMigrations = ImmutableArray.CreateBuilder<FluentMigrationEntry>();
        var snapshots = ImmutableArray.CreateBuilder<SnapshotEntry>();
        var migrationAttribute = compilation.GetTypeByMetadataName(MigrationTypeNames.EfMigrationAttribute);
        var dbContextAttribute = compilation.GetTypeByMetadataName(MigrationTypeNames.EfDbContextAttribute);
        var modelSnapshot = compilation.GetTypeByMetadataName(MigrationTypeNames.EfModelSnapshot);

        foreach (var type in SourceTypes(compilation.Assembly.GlobalNamespace, cancellationToken))
        {
            if (type.TypeKind != TypeKind.Class || type.IsAbstract)
            {
                continue;
            }

            if (catalog.EfCore is { } ef && ef.IsMigration(type))
            {
                if (ConstructorString(type, migrationAttribute) is { } id)
                {
                    efMigrations.Add(new EfMigrationEntry(type, id, ContextOf(type, dbContextAttribute)));
                }
            }
            else if (modelSnapshot is not null && TypeHierarchy.DerivesFrom(type, modelSnapshot))
            {
                snapshots.Add(new SnapshotEntry(type, ContextOf(type, dbContextAttribute)));
            }
            else if (catalog.FluentMigrator is { } fluent && fluent.IsMigration(type) && FluentVersion(type, fluent) is { } version)
            {
                fluentMigrations.Add(new FluentMigrationEntry(type, version));
            }
        }

        return new MigrationIndex(efMigrations.ToImmutable(), fluentMigrations.ToImmutable(), snapshots.ToImmutable());
    }

    /// <summary>The version of [Migration(version, …)] or a derived attribute whose first argument is the number.</summary>
    private static long? FluentVersion(INamedTypeSymbol type, FluentMigrator.FluentMigratorTypes fluent)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (fluent.IsMigrationAttribute(attribute.AttributeClass)
                && attribute.ConstructorArguments.FirstOrDefault() is { Kind: TypedConstantKind.Primitive, Value: long or int } argument)
            {
                return Convert.ToInt64(argument.Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static string? ConstructorString(INamedTypeSymbol type, INamedTypeSymbol? attributeType) =>
        attributeType is null
            ? null
            : type.GetAttributes()
                .Where(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                .Select(attribute => attribute.ConstructorArguments.FirstOrDefault().Value as string)
                .FirstOrDefault(value => !string.IsNullOrEmpty(value));

    /// <summary>The context of [DbContext(typeof(X))]; null when the attribute is missing or unreadable.</summary>
    private static INamedTypeSymbol? ContextOf(INamedTypeSymbol type, INamedTypeSymbol? attributeType) =>
        attributeType is null
            ? null
            : type.GetAttributes()
                .Where(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                .Select(attribute => attribute.ConstructorArguments.FirstOrDefault().Value as INamedTypeSymbol)
                .FirstOrDefault(context => context is not null);

    private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceSymbol root, CancellationToken cancellationToken)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = pending.Pop();
            if (current is INamedTypeSymbol type)
            {
                yield return type;
            }

            foreach (var member in current.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol child && (child is INamespaceSymbol || child.Locations.Any(location => location.IsInSource)))
                {
                    pending.Push(child);
                }
            }
        }
    }
}

internal sealed record EfMigrationEntry(INamedTypeSymbol Type, string Id, INamedTypeSymbol? Context);

internal sealed record FluentMigrationEntry(INamedTypeSymbol Type, long Version);

internal sealed record SnapshotEntry(INamedTypeSymbol Type, INamedTypeSymbol? Context);
