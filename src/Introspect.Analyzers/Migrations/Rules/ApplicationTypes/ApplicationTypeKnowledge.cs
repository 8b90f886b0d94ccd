using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Migrations.Rules.ApplicationTypes;

/// <summary>
/// Tells application types (entities, the DbContext, services, the app's enums and constants) from what a migration
/// may use: the framework's and the BCL's types, other migrations and their custom bases, types nested in the
/// migration, and migration helpers — types in a namespace whose name says Migration(s), and static classes of
/// extension methods for MigrationBuilder or FluentMigrator's expression roots. Types of referenced assemblies count as
/// the application's when the assembly name starts like the project's own (OpsPlatform.Domain for
/// OpsPlatform.Migrations), or when they are a DbContext of such an assembly.
/// </summary>
internal sealed class ApplicationTypeKnowledge
{
    private static readonly HashSet<string> VendorPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "System", "Microsoft", "mscorlib", "netstandard", "FluentMigrator", "Npgsql", "Pomelo", "MySql", "MySqlConnector", "Oracle", "DbUp", "dbup", "Evolve",
    };

    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol? _dbContext;
    private readonly INamedTypeSymbol? _efMigration;
    private readonly INamedTypeSymbol? _efMigrationBuilder;
    private readonly INamedTypeSymbol? _fluentMigrationBase;
    private readonly string? _ownPrefix;

    public ApplicationTypeKnowledge(Compilation compilation, MigrationCatalog catalog)
    {
        _compilation = compilation;
        _dbContext = compilation.GetTypeByMetadataName(MigrationTypeNames.EfDbContext);
        _efMigration = catalog.EfCore?.Migration;
        _efMigrationBuilder = catalog.EfCore?.MigrationBuilder;
        _fluentMigrationBase = catalog.FluentMigrator?.MigrationBase;
        _ownPrefix = FirstSegment(compilation.AssemblyName);
    }

    /// <summary>The application type <paramref name="type"/> is or is built from (List&lt;Server&gt;, Server[]), or null.</summary>
    public INamedTypeSymbol? ApplicationTypeIn(ITypeSymbol? type, INamedTypeSymbol migration) => Find(type, migration, depth: 0);

    public bool IsDbContext(INamedTypeSymbol type) => _dbContext is not null && TypeHierarchy.DerivesFrom(type, _dbContext);

    private INamedTypeSymbol? Find(ITypeSymbol? type, INamedTypeSymbol migration, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                return Find(array.ElementType, migration, depth + 1);
            case INamedTypeSymbol { TypeKind: not TypeKind.Error } named:
                if (IsApplicationType(named.OriginalDefinition, migration))
                {
                    return named.OriginalDefinition;
                }

                foreach (var argument in named.TypeArguments)
                {
                    if (Find(argument, migration, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private bool IsApplicationType(INamedTypeSymbol type, INamedTypeSymbol migration)
    {
        if (type.IsAnonymousType || type.IsTupleType || type.SpecialType != SpecialType.None)
        {
            return false;
        }

        var fromSource = SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _compilation.Assembly);
        if (!fromSource && !IsApplicationAssembly(type.ContainingAssembly))
        {
            return false;
        }

        if (IsDbContext(type))
        {
            return true;
        }

        return !IsMigrationOwnType(type, migration) && !IsMigrationHelper(type);
    }

    /// <summary>The migration, types nested in it or containing it, its bases, and other migrations.</summary>
    private bool IsMigrationOwnType(INamedTypeSymbol type, INamedTypeSymbol migration)
    {
        for (var container = type; container is not null; container = container.ContainingType)
        {
            if (SymbolEqualityComparer.Default.Equals(container, migration.OriginalDefinition))
            {
                return true;
            }
        }

        for (var container = migration.ContainingType; container is not null; container = container.ContainingType)
        {
            if (SymbolEqualityComparer.Default.Equals(container, type))
            {
                return true;
            }
        }

        return TypeHierarchy.DerivesFrom(migration, type)
            || TypeHierarchy.DerivesFrom(type, _efMigration)
            || TypeHierarchy.DerivesFrom(type, _fluentMigrationBase);
    }

    private bool IsMigrationHelper(INamedTypeSymbol type)
    {
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns.Name.IndexOf("Migration", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return type is { IsStatic: true, MightContainExtensionMethods: true }
            && type.GetMembers().OfType<IMethodSymbol>().Any(method => method.IsExtensionMethod && method.Parameters.Length > 0 && ExtendsMigrationApi(method.Parameters[0].Type));
    }

    private bool ExtendsMigrationApi(ITypeSymbol type) =>
        TypeHierarchy.DerivesFrom(type, _efMigrationBuilder)
        || TypeHierarchy.DerivesFrom(type, _fluentMigrationBase)
        || type.ContainingNamespace?.ToDisplayString().StartsWith("FluentMigrator", StringComparison.Ordinal) == true;

    /// <summary>A referenced project of the same solution: its assembly name starts with the project's first name segment.</summary>
    private bool IsApplicationAssembly(IAssemblySymbol? assembly) =>
        assembly is not null
        && _ownPrefix is not null
        && !VendorPrefixes.Contains(_ownPrefix)
        && string.Equals(FirstSegment(assembly.Name), _ownPrefix, StringComparison.OrdinalIgnoreCase);

    private static string? FirstSegment(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        var dot = name!.IndexOf('.');
        return dot < 0 ? name : name.Substring(0, dot);
    }
}
