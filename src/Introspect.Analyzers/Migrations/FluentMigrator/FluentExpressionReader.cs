using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.FluentMigrator;

/// <summary>
/// Turns one fluent expression into schema operations. Each operation is located at the link that decides it (the
/// <c>Column</c> of <c>Delete.Column(…)</c>, the <c>Table</c> of <c>Create.Table(…)</c>, the <c>AddColumn</c> of
/// <c>Alter.Table(…).AddColumn(…)</c>), except <c>Execute.Sql</c>, located at its SQL like the EF Core reader's.
/// Expressions that change nothing the rules look at (schemas, sequences, descriptions, schema queries) read as
/// nothing.
/// </summary>
internal static partial class FluentExpressionReader
{
    public static IEnumerable<SchemaOperation> Read(FluentExpressionChain chain, DatabaseProvider provider)
    {
        if (chain.Links.IsEmpty)
        {
            return Enumerable.Empty<SchemaOperation>();
        }

        return chain.RootName switch
        {
            "Create" => ReadCreate(chain),
            "Alter" => ReadAlter(chain, provider),
            "Delete" => ReadDelete(chain),
            "Rename" => ReadRename(chain),
            "Execute" => ReadExecute(chain),
            "Insert" => ReadInsert(chain),
            "Update" => ReadUpdate(chain),
            _ => Enumerable.Empty<SchemaOperation>(),
        };
    }

    private static IEnumerable<SchemaOperation> ReadCreate(FluentExpressionChain chain) => chain.Name(0) switch
    {
        "Table" => CreateTable(chain),
        "Column" => CreateColumn(chain),
        "Index" => new[] { CreateIndex(chain) },
        "ForeignKey" => new[] { CreateForeignKey(chain) },
        "UniqueConstraint" => new[] { CreateConstraint(chain, SchemaOperationKind.AddUniqueConstraint) },
        "PrimaryKey" => new[] { CreateConstraint(chain, SchemaOperationKind.AddPrimaryKey) },
        _ => Enumerable.Empty<SchemaOperation>(),
    };

    /// <summary><c>Create.Table(t).InSchema(s).WithColumn(c).AsX()….WithColumn(…)…</c>: the table, then what its column options create.</summary>
    private static IEnumerable<SchemaOperation> CreateTable(FluentExpressionChain chain)
    {
        var table = TableName(chain, 0);
        var columns = ImmutableArray.CreateBuilder<ColumnDefinition>();
        var created = new List<SchemaOperation>();
        foreach (var (start, end) in Segments(chain, 0, "WithColumn"))
        {
            // Columns of a new table are NOT NULL unless .Nullable() says otherwise (every generator writes NOT NULL).
            var (column, extra) = FluentColumnSpec.Read(chain, chain.Text(start), table, start + 1, end, nullableWhenUnstated: false, isNewTable: true);
            columns.Add(column);
            created.AddRange(extra);
        }

        yield return new SchemaOperation(SchemaOperationKind.CreateTable, chain.NameLocation(0)) { Table = table, TableColumns = columns.ToImmutable() };
        foreach (var operation in created)
        {
            yield return operation;
        }
    }

    /// <summary><c>Create.Column(c).OnTable(t).InSchema(s).AsX()…</c>: the same as <c>Alter.Table(t).AddColumn(c)</c>.</summary>
    private static IEnumerable<SchemaOperation> CreateColumn(FluentExpressionChain chain)
    {
        var onTable = chain.IndexOf("OnTable");
        var table = TableName(chain, onTable);
        return AddColumn(chain, table, 0, onTable < 0 ? 1 : onTable + 1, chain.Links.Length);
    }

    /// <summary><c>Create.Index(n).OnTable(t).InSchema(s).OnColumn(c).Ascending()….WithOptions().Unique()</c>, with the provider extensions.</summary>
    private static SchemaOperation CreateIndex(FluentExpressionChain chain)
    {
        var name = chain.Text(0);
        var columns = ImmutableArray.CreateBuilder<string>();
        bool unique = false, concurrent = false;
        string? filter = null;
        for (var index = 1; index < chain.Links.Length; index++)
        {
            var arguments = new OperationArguments(chain.Links[index]);
            switch (chain.Name(index))
            {
                case "OnColumn" when chain.Text(index) is { } column:
                    columns.Add(column);
                    break;
                case "Unique" or "UniqueNullsNotDistinct" or "UniqueNullsDistinct":
                    unique = true;
                    break;

                // FluentMigrator.Postgres: CREATE INDEX CONCURRENTLY; FluentMigrator.SqlServer: WITH (ONLINE = ON).
                case "AsConcurrently":
                    concurrent = arguments.Boolean("isConcurrently") ?? true;
                    break;
                case "Online":
                    concurrent = arguments.Boolean("active") ?? true;
                    break;
                case "Filter":
                    filter = arguments.String("filter");
                    break;
            }
        }

        var onTable = chain.IndexOf("OnTable");
        return new SchemaOperation(SchemaOperationKind.CreateIndex, chain.NameLocation(0))
        {
            Table = TableName(chain, onTable),
            ObjectName = name,
            Index = new IndexDefinition(name, columns.ToImmutable(), unique, concurrent, filter),
        };
    }

    /// <summary><c>Create.ForeignKey(n).FromTable(t).InSchema(s).ForeignColumn(c).ToTable(p).PrimaryColumn(id)</c>: checks every existing row of t.</summary>
    private static SchemaOperation CreateForeignKey(FluentExpressionChain chain) =>
        new(SchemaOperationKind.AddForeignKey, chain.NameLocation(0))
        {
            Table = TableName(chain, chain.IndexOf("FromTable")),
            ObjectName = chain.Text(0),
            ValidatesExistingRows = true,
        };

    /// <summary><c>Create.UniqueConstraint(n).OnTable(t).WithSchema(s).Columns(…)</c> and <c>Create.PrimaryKey(…)</c> alike.</summary>
    private static SchemaOperation CreateConstraint(FluentExpressionChain chain, SchemaOperationKind kind)
    {
        var name = chain.Text(0);
        var columns = ImmutableArray.CreateBuilder<string>();
        var online = false;
        for (var index = 1; index < chain.Links.Length; index++)
        {
            switch (chain.Name(index))
            {
                case "Column" or "Columns":
                    columns.AddRange(ConstantStrings(chain, index));
                    break;
                case "Online":
                    online = new OperationArguments(chain.Links[index]).Boolean("active") ?? true;
                    break;
            }
        }

        return new SchemaOperation(kind, chain.NameLocation(0))
        {
            Table = TableName(chain, chain.IndexOf("OnTable")),
            ObjectName = name,
            Index = new IndexDefinition(name, columns.ToImmutable(), IsUnique: true, online, Filter: null),
        };
    }

    private static IEnumerable<SchemaOperation> ReadAlter(FluentExpressionChain chain, DatabaseProvider provider) => chain.Name(0) switch
    {
        "Table" => AlterTable(chain, provider),
        "Column" => AlterColumn(chain, TableName(chain, chain.IndexOf("OnTable")), provider, 0, Math.Max(chain.IndexOf("OnTable"), 0) + 1, chain.Links.Length),
        _ => Enumerable.Empty<SchemaOperation>(),
    };

    /// <summary><c>Alter.Table(t).InSchema(s).AddColumn(a)….AlterColumn(b)…</c>: one operation per column.</summary>
    private static IEnumerable<SchemaOperation> AlterTable(FluentExpressionChain chain, DatabaseProvider provider)
    {
        var table = TableName(chain, 0);
        foreach (var (start, end) in Segments(chain, 0, "AddColumn", "AlterColumn"))
        {
            var operations = chain.Name(start) == "AddColumn"
                ? AddColumn(chain, table, start, start + 1, end)
                : AlterColumn(chain, table, provider, start, start + 1, end);
            foreach (var operation in operations)
            {
                yield return operation;
            }
        }
    }

    /// <summary>An added column is NOT NULL unless .Nullable() says otherwise, on every provider.</summary>
    private static IEnumerable<SchemaOperation> AddColumn(FluentExpressionChain chain, SchemaObjectName? table, int nameLink, int start, int end)
    {
        var (column, created) = FluentColumnSpec.Read(chain, chain.Text(nameLink), table, start, end, nullableWhenUnstated: false, isNewTable: false);
        return created.Insert(0, new SchemaOperation(SchemaOperationKind.AddColumn, chain.NameLocation(nameLink)) { Table = table, Column = column.Name, NewColumn = column });
    }

    /// <summary>
    /// FluentMigrator does not state the column as it was, so OldColumn stays null. Without Nullable() or
    /// NotNullable(), the PostgreSQL generator leaves the column's nullability alone, while the SQL Server, MySQL and
    /// SQLite generators restate the whole column and write NOT NULL: on those providers an unstated nullability
    /// makes the column NOT NULL.
    /// </summary>
    private static IEnumerable<SchemaOperation> AlterColumn(FluentExpressionChain chain, SchemaObjectName? table, DatabaseProvider provider, int nameLink, int start, int end)
    {
        bool? unstated = provider is DatabaseProvider.SqlServer or DatabaseProvider.MySql or DatabaseProvider.Sqlite ? false : null;
        var (column, created) = FluentColumnSpec.Read(chain, chain.Text(nameLink), table, start, end, unstated, isNewTable: false);
        return created.Insert(0, new SchemaOperation(SchemaOperationKind.AlterColumn, chain.NameLocation(nameLink)) { Table = table, Column = column.Name, NewColumn = column });
    }

    /// <summary>The table a link names, with the schema of an InSchema(…) right after it; null when not a constant.</summary>
    private static SchemaObjectName? TableName(FluentExpressionChain chain, int index) =>
        chain.Text(index) is { } name ? new SchemaObjectName(chain.SchemaAfter(index), name) : null;

    /// <summary>The parts of the chain after <paramref name="after"/> that each start with one of <paramref name="starts"/>: [start, end).</summary>
    private static IEnumerable<(int Start, int End)> Segments(FluentExpressionChain chain, int after, params string[] starts)
    {
        var start = -1;
        for (var index = after + 1; index <= chain.Links.Length; index++)
        {
            if (index < chain.Links.Length && !starts.Contains(chain.Name(index)))
            {
                continue;
            }

            if (start >= 0)
            {
                yield return (start, index);
            }

            start = index;
        }
    }

    /// <summary>The string constants a link was given, one or a params array (<c>Columns("a", "b")</c>).</summary>
    private static IEnumerable<string> ConstantStrings(FluentExpressionChain chain, int index) =>
        FluentExpressionChain.Arguments(chain.Links[index])
            .SelectMany(value => value is Microsoft.CodeAnalysis.Operations.IArrayCreationOperation { Initializer: { } initializer }
                ? initializer.ElementValues.Select(OperationArguments.Unwrap)
                : new[] { value })
            .Select(FluentExpressionChain.Constant<string>)
            .Where(text => text is not null)
            .Select(text => text!);
}
