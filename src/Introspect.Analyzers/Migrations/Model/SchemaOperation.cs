using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Migrations.Model;

/// <summary>
/// One change a migration makes, read from an EF Core MigrationBuilder call, a FluentMigrator expression or an SQL
/// statement. Only the parts that belong to its <see cref="Kind"/> are set.
/// </summary>
public sealed record SchemaOperation(SchemaOperationKind Kind, Location Location)
{
    /// <summary>The table the operation is about (the old name for a rename).</summary>
    public SchemaObjectName? Table { get; init; }

    /// <summary>The column, for column operations (the old name for a rename).</summary>
    public string? Column { get; init; }

    /// <summary>The new name of a renamed table, column or index.</summary>
    public string? NewName { get; init; }

    /// <summary>The column as added, or as it is after an alteration.</summary>
    public ColumnDefinition? NewColumn { get; init; }

    /// <summary>The column as it was before an alteration, when the migration states it (EF Core's old* arguments).</summary>
    public ColumnDefinition? OldColumn { get; init; }

    /// <summary>The columns of a created table.</summary>
    public System.Collections.Immutable.ImmutableArray<ColumnDefinition> TableColumns { get; init; } = System.Collections.Immutable.ImmutableArray<ColumnDefinition>.Empty;

    public IndexDefinition? Index { get; init; }

    /// <summary>For a constraint or index name (drop, foreign key, check, unique).</summary>
    public string? ObjectName { get; init; }

    /// <summary>
    /// For foreign keys and check constraints: false when created without checking existing rows
    /// (NOT VALID on PostgreSQL, WITH NOCHECK on SQL Server); null when not stated.
    /// </summary>
    public bool? ValidatesExistingRows { get; init; }

    /// <summary>For data changes: whether the statement is limited by a WHERE clause (false: every row).</summary>
    public bool? HasWhereClause { get; init; }

    /// <summary>For a <see cref="SchemaOperationKind.ModifyData"/>: what the statement does to rows, when known.</summary>
    public DataChangeKind? DataChange { get; init; }

    /// <summary>The SQL text, when the operation came from SQL.</summary>
    public string? Sql { get; init; }

    /// <summary>True when the operation was read from an SQL string inside C# code (migrationBuilder.Sql, Execute.Sql).</summary>
    public bool IsFromEmbeddedSql { get; init; }

    /// <summary>For a DROP INDEX: whether it is CONCURRENTLY (PostgreSQL) or ONLINE = ON (SQL Server).</summary>
    public bool IsConcurrent { get; init; }

    /// <summary>
    /// True when this operation runs outside the migration's transaction although the migration as a whole runs in
    /// one: EF Core commits its transaction before a command that suppresses it and begins a new one after
    /// (<c>migrationBuilder.Sql(…, suppressTransaction: true)</c>, and the index Npgsql creates concurrently); also a script
    /// statement whose runner does not wrap scripts in a transaction (DbUp's default).
    /// </summary>
    public bool SuppressesTransaction { get; init; }

    /// <summary>
    /// For a <see cref="SchemaOperationKind.SetOption"/>: the setting as written, lower case (<c>lock_timeout</c>,
    /// <c>statement_timeout</c>); for <see cref="SchemaOperationKind.TransactionControl"/>: BEGIN, COMMIT or ROLLBACK.
    /// </summary>
    public string? OptionName { get; init; }

    /// <summary>For a <see cref="SchemaOperationKind.SetOption"/>: the value as written (<c>'5s'</c>, <c>5000</c>), when stated.</summary>
    public string? OptionValue { get; init; }
}
