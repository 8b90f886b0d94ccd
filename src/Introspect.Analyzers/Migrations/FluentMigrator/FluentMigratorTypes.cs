using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Migrations.FluentMigrator;

/// <summary>
/// FluentMigrator's migration types, resolved once per compilation; null when the compilation does not use
/// FluentMigrator. Migration, AutoReversingMigration, ForwardOnlyMigration and AutoScriptMigration all derive from
/// MigrationBase, which declares Up, Down and the expression roots (Create, Alter, …).
/// </summary>
internal sealed class FluentMigratorTypes
{
    private static readonly HashSet<string> ExpressionRootNames = new(StringComparer.Ordinal)
    {
        "Create", "Alter", "Delete", "Rename", "Execute", "Insert", "Update",
    };

    private FluentMigratorTypes(Compilation compilation, INamedTypeSymbol migrationBase)
    {
        MigrationBase = migrationBase;
        AutoReversingMigration = compilation.GetTypeByMetadataName(MigrationTypeNames.FluentAutoReversingMigration);
        AutoScriptMigration = compilation.GetTypeByMetadataName(MigrationTypeNames.FluentAutoScriptMigration);
        MigrationAttribute = compilation.GetTypeByMetadataName(MigrationTypeNames.FluentMigrationAttribute);
        IfDatabaseRoot = compilation.GetTypeByMetadataName(MigrationTypeNames.FluentIfDatabaseExpressionRoot);
    }

    public INamedTypeSymbol MigrationBase { get; }

    public INamedTypeSymbol? AutoReversingMigration { get; }

    public INamedTypeSymbol? AutoScriptMigration { get; }

    public INamedTypeSymbol? MigrationAttribute { get; }

    public INamedTypeSymbol? IfDatabaseRoot { get; }

    public static FluentMigratorTypes? Create(Compilation compilation) =>
        compilation.GetTypeByMetadataName(MigrationTypeNames.FluentMigrationBase) is { } migrationBase
            ? new FluentMigratorTypes(compilation, migrationBase)
            : null;

    public bool IsMigration(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Class && !type.IsAbstract && TypeHierarchy.DerivesFrom(type, MigrationBase);

    /// <summary>
    /// The parameterless override of Up or Down that the class declares or inherits from a base class in source
    /// (a custom base such as a NonReversibleMigration whose Down throws). Null when only FluentMigrator's own
    /// base classes implement it.
    /// </summary>
    public IMethodSymbol? FindOverride(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null && current.DeclaringSyntaxReferences.Length > 0; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IMethodSymbol { IsOverride: true, IsAbstract: false, Parameters.Length: 0, DeclaringSyntaxReferences.Length: > 0 } method)
                {
                    return method;
                }
            }
        }

        return null;
    }

    /// <summary><c>Create</c>, <c>Delete</c>, … of a migration, or of an <c>IfDatabase(…)</c> root.</summary>
    public bool IsExpressionRoot(IPropertySymbol property) =>
        ExpressionRootNames.Contains(property.Name)
        && (TypeHierarchy.DerivesFrom(property.ContainingType, MigrationBase)
            || SymbolEqualityComparer.Default.Equals(property.ContainingType, IfDatabaseRoot));

    public bool IsIfDatabase(IMethodSymbol method) =>
        method.Name == "IfDatabase" && TypeHierarchy.DerivesFrom(method.ContainingType, MigrationBase);

    public bool IsMigrationAttribute(INamedTypeSymbol? attribute) => TypeHierarchy.DerivesFrom(attribute, MigrationAttribute);
}
