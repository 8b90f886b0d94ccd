using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Migrations.Model;

/// <summary>One migration: its identity, where it is, the provider it targets, and what its Up and Down do.</summary>
/// <param name="Id">The framework's id: EF Core's [Migration("…")] id, FluentMigrator's version, the script's file name.</param>
/// <param name="Name">A readable name: the class name, or the script name without extension.</param>
/// <param name="Location">Where to report problems about the migration as a whole (the class name, the script's first line).</param>
public sealed record MigrationDefinition(
    string Id,
    string Name,
    MigrationFramework Framework,
    DatabaseProvider Provider,
    Location Location,
    ImmutableArray<SchemaOperation> Up,
    ImmutableArray<SchemaOperation> Down,
    RollbackState Rollback)
{
    /// <summary>
    /// True when the migration runs, at least in part, outside a transaction: it asks so (EF Core's suppressTransaction on
    /// one of its SQL calls — see <see cref="SchemaOperation.SuppressesTransaction"/> for which —, FluentMigrator's
    /// TransactionBehavior.None, Evolve's <c>evolve-tx-off</c> marker in a script), or its runner runs scripts without
    /// one (a DbUp project that never calls WithTransaction…(): DbUp's default).
    /// </summary>
    public bool SuppressesTransaction { get; init; }

    /// <summary>Tables the migration itself creates: operations on them cannot break running code or block it.</summary>
    public ImmutableHashSet<SchemaObjectName> CreatedTables { get; } =
        Up.Where(operation => operation.Kind == SchemaOperationKind.CreateTable && operation.Table is not null)
            .Select(operation => operation.Table!)
            .ToImmutableHashSet();

    public bool CreatesTable(SchemaObjectName? table) => table is not null && CreatedTables.Contains(table);
}

/// <summary>What the migration offers for going back.</summary>
public enum RollbackState
{
    /// <summary>Down exists and does something.</summary>
    Present,

    /// <summary>No Down at all (an EF Core Up without Down, a FluentMigrator ForwardOnlyMigration, a script).</summary>
    Missing,

    /// <summary>Down exists but does nothing.</summary>
    Empty,

    /// <summary>Down throws (NotSupportedException and the like).</summary>
    Throws,

    /// <summary>The framework derives Down from Up (FluentMigrator's AutoReversingMigration).</summary>
    Automatic,

    /// <summary>A plain script: rollback is the runner's business, so the rule about Down does not apply.</summary>
    NotApplicable,
}
