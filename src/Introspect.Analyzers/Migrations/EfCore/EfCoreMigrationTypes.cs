using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Migrations.EfCore;

/// <summary>EF Core's migration types, resolved once per compilation; null when the compilation does not use EF Core migrations.</summary>
internal sealed class EfCoreMigrationTypes
{
    private EfCoreMigrationTypes(INamedTypeSymbol migration, INamedTypeSymbol migrationBuilder, INamedTypeSymbol? migrationAttribute)
    {
        Migration = migration;
        MigrationBuilder = migrationBuilder;
        MigrationAttribute = migrationAttribute;
    }

    public INamedTypeSymbol Migration { get; }

    public INamedTypeSymbol MigrationBuilder { get; }

    public INamedTypeSymbol? MigrationAttribute { get; }

    public static EfCoreMigrationTypes? Create(Compilation compilation) =>
        compilation.GetTypeByMetadataName(MigrationTypeNames.EfMigration) is { } migration
        && compilation.GetTypeByMetadataName(MigrationTypeNames.EfMigrationBuilder) is { } builder
            ? new EfCoreMigrationTypes(migration, builder, compilation.GetTypeByMetadataName(MigrationTypeNames.EfMigrationAttribute))
            : null;

    public bool IsMigration(INamedTypeSymbol type) => !type.IsAbstract && TypeHierarchy.DerivesFrom(type, Migration);

    public bool IsBuilderCall(IMethodSymbol method) => TypeHierarchy.DerivesFrom(method.ContainingType, MigrationBuilder);
}
