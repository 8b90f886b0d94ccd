namespace Introspect.Analyzers.Migrations.Model;

/// <summary>What a data change does to rows: new rows from values, rows read from a query, or existing rows changed.</summary>
public enum DataChangeKind
{
    /// <summary>INSERT … VALUES, EF Core's InsertData, FluentMigrator's Insert.IntoTable: rows written out in the migration.</summary>
    Insert,

    /// <summary>INSERT … SELECT (or … EXEC): rows computed from existing rows.</summary>
    InsertFromQuery,

    /// <summary>UPDATE, EF Core's UpdateData, FluentMigrator's Update.Table.</summary>
    Update,

    /// <summary>DELETE, EF Core's DeleteData, FluentMigrator's Delete.FromTable.</summary>
    Delete,

    /// <summary>MERGE (and upserts that match existing rows).</summary>
    Merge,
}
