using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// What INTR206, INTR207 and INTR216 share, so that each operation is reported by one of them only:
/// an added NOT NULL column without a default is INTR207's, with a default nobody chose INTR216's; a nullable column
/// made NOT NULL is INTR206's, except where EF Core on SQL Server turns the scaffolded CLR default into a hidden
/// UPDATE of the NULL rows, which is INTR216's (its message covers the NOT NULL part too).
/// </summary>
internal static class RequiredColumnFacts
{
    /// <summary>A NOT NULL column added to a table that already exists, whose value the database does not compute itself.</summary>
    public static bool IsRequiredAddition(MigrationDefinition migration, SchemaOperation operation) =>
        operation is
        {
            Kind: SchemaOperationKind.AddColumn,
            IsFromEmbeddedSql: false,
            Table: not null,
            Column: not null,
            NewColumn: { IsNullable: false, IsIdentity: false, IsComputed: false } column,
        }
        && !IsRowVersion(column, migration.Provider)
        && !migration.CreatesTable(operation.Table);

    /// <summary>
    /// A literal default that nobody chose: in EF Core the CLR default (0, "", false, Guid.Empty, DateTime.MinValue)
    /// that the model does not configure, because EF Core scaffolds it for every new required property; in
    /// FluentMigrator and SQL, where every default is written by hand, only the values that are never real data
    /// (an empty string, the empty GUID, 0001-01-01), since a hand-written 0 or false is usually meant.
    /// </summary>
    public static bool HasUnchosenDefault(MigrationDefinition migration, ColumnDefinition column) =>
        column.Default is { IsSqlExpression: false } value
        && migration.Framework switch
        {
            MigrationFramework.EfCore => value.IsClrDefault && !value.IsConfiguredInModel,
            MigrationFramework.FluentMigrator => value.IsClrDefault && column.ClrType is "string" or "System.Guid" or "System.DateTime" or "System.DateTimeOffset",
            _ => IsPlaceholderLiteral(value.Text),
        };

    /// <summary>
    /// EF Core 7+ on SQL Server makes a nullable column NOT NULL with a default by first running
    /// <c>UPDATE … SET c = default WHERE c IS NULL</c>, unbatched, inside the migration's transaction.
    /// </summary>
    public static bool HidesNullBackfill(MigrationDefinition migration, SchemaOperation operation) =>
        migration is { Framework: MigrationFramework.EfCore, Provider: DatabaseProvider.SqlServer }
        && operation is { Kind: SchemaOperationKind.AlterColumn, NewColumn: { IsNullable: false } column, OldColumn.IsNullable: true }
        && HasUnchosenDefault(migration, column);

    /// <summary>'' / N'', '00000000-0000-0000-0000-000000000000', '0001-01-01…', with parentheses and casts around them.</summary>
    private static bool IsPlaceholderLiteral(string text)
    {
        var value = text.Trim();
        while (value.Length > 1 && value[0] == '(' && value[value.Length - 1] == ')')
        {
            value = value.Substring(1, value.Length - 2).Trim();
        }

        var cast = value.IndexOf("::", StringComparison.Ordinal);
        if (cast > 0)
        {
            value = value.Substring(0, cast).Trim();
        }

        if (value.StartsWith("N'", StringComparison.OrdinalIgnoreCase))
        {
            value = value.Substring(1);
        }

        if (value.Length < 2 || value[0] != '\'' || value[value.Length - 1] != '\'')
        {
            return false;
        }

        var inner = value.Substring(1, value.Length - 2).Trim();
        return inner.Length == 0
            || inner.Trim('0', '-').Length == 0 && inner.Length == 36
            || inner.StartsWith("0001-01-01", StringComparison.Ordinal);
    }

    private static bool IsRowVersion(ColumnDefinition column, DatabaseProvider provider) =>
        string.Equals(column.StoreType, "rowversion", StringComparison.OrdinalIgnoreCase)
        || provider == DatabaseProvider.SqlServer && string.Equals(column.StoreType, "timestamp", StringComparison.OrdinalIgnoreCase);
}
