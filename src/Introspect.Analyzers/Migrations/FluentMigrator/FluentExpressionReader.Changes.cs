using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Migrations.FluentMigrator;

/// <summary>Delete, Rename, Execute, Insert and Update expressions.</summary>
internal static partial class FluentExpressionReader
{
    private static IEnumerable<SchemaOperation> ReadDelete(FluentExpressionChain chain) => chain.Name(0) switch
    {
        "Table" => new[] { new SchemaOperation(SchemaOperationKind.DropTable, chain.NameLocation(0)) { Table = TableName(chain, 0) } },
        "Column" => DeleteColumns(chain),
        "Index" => new[] { DeleteIndex(chain) },
        "ForeignKey" => new[] { DropConstraint(chain, chain.IndexOf("OnTable") is var onTable and >= 0 ? onTable : chain.IndexOf("FromTable")) },
        "UniqueConstraint" or "PrimaryKey" => new[] { DropConstraint(chain, chain.IndexOf("FromTable")) },
        "FromTable" => new[] { DeleteRows(chain) },
        _ => Enumerable.Empty<SchemaOperation>(),
    };

    /// <summary><c>Delete.Column(a).Column(b).FromTable(t).InSchema(s)</c>: one drop per column, each at its own <c>Column</c>.</summary>
    private static IEnumerable<SchemaOperation> DeleteColumns(FluentExpressionChain chain)
    {
        var table = TableName(chain, chain.IndexOf("FromTable"));
        for (var index = 0; index < chain.Links.Length; index++)
        {
            if (chain.Name(index) == "Column")
            {
                yield return new SchemaOperation(SchemaOperationKind.DropColumn, chain.NameLocation(index)) { Table = table, Column = chain.Text(index) };
            }
        }
    }

    /// <summary><c>Delete.Index(n).OnTable(t)</c>; FluentMigrator.SqlServer's <c>.WithOptions().Online()</c> drops it online.</summary>
    private static SchemaOperation DeleteIndex(FluentExpressionChain chain)
    {
        var online = chain.IndexOf("Online") is var index and >= 0 && (new OperationArguments(chain.Links[index]).Boolean("active") ?? true);
        return new SchemaOperation(SchemaOperationKind.DropIndex, chain.NameLocation(0))
        {
            Table = TableName(chain, chain.IndexOf("OnTable")),
            ObjectName = chain.Text(0),
            IsConcurrent = online,
        };
    }

    /// <summary>Delete.ForeignKey / UniqueConstraint / PrimaryKey: a dropped constraint, like the EF Core reader's.</summary>
    private static SchemaOperation DropConstraint(FluentExpressionChain chain, int tableLink) =>
        new(SchemaOperationKind.DropConstraint, chain.NameLocation(0))
        {
            Table = TableName(chain, tableLink),
            ObjectName = chain.Text(0),
        };

    /// <summary><c>Delete.FromTable(t).AllRows()</c> deletes every row; <c>.Row(new { … })</c> and <c>.IsNull(c)</c> only matching ones.</summary>
    private static SchemaOperation DeleteRows(FluentExpressionChain chain) =>
        new(SchemaOperationKind.ModifyData, chain.NameLocation(0))
        {
            Table = TableName(chain, 0),
            HasWhereClause = WhereClause(chain, "Row", "IsNull"),
            DataChange = DataChangeKind.Delete,
        };

    private static IEnumerable<SchemaOperation> ReadRename(FluentExpressionChain chain)
    {
        switch (chain.Name(0))
        {
            // Rename.Table(a).InSchema(s).To(b) and Rename.Table(a).To(b).InSchema(s) both exist.
            case "Table" when chain.IndexOf("To") is var to:
                var table = chain.Text(0) is { } name ? new SchemaObjectName(chain.SchemaAfter(0) ?? chain.SchemaAfter(to), name) : null;
                yield return new SchemaOperation(SchemaOperationKind.RenameTable, chain.NameLocation(0)) { Table = table, NewName = chain.Text(to) };
                break;
            case "Column":
                yield return new SchemaOperation(SchemaOperationKind.RenameColumn, chain.NameLocation(0))
                {
                    Table = TableName(chain, chain.IndexOf("OnTable")),
                    Column = chain.Text(0),
                    NewName = chain.TextOf("To"),
                };
                break;
        }
    }

    /// <summary>
    /// Execute.Sql: the SQL string, broken into statements later. Execute.Script / EmbeddedScript: SQL in a file
    /// the reader does not see, kept as unrecognised SQL that names the script. WithConnection runs arbitrary code.
    /// </summary>
    private static IEnumerable<SchemaOperation> ReadExecute(FluentExpressionChain chain)
    {
        var link = chain.Links[0];
        switch (chain.Name(0))
        {
            case "Sql":
                var sql = FluentExpressionChain.Arguments(link).FirstOrDefault();
                yield return new SchemaOperation(SchemaOperationKind.UnrecognisedSql, sql?.Syntax.GetLocation() ?? chain.NameLocation(0))
                {
                    Sql = sql is null ? null : FluentExpressionChain.Constant<string>(sql),
                    IsFromEmbeddedSql = true,
                };
                break;
            case "Script" or "EmbeddedScript":
                yield return new SchemaOperation(SchemaOperationKind.UnrecognisedSql, chain.NameLocation(0)) { ObjectName = chain.Text(0) };
                break;
        }
    }

    /// <summary><c>Insert.IntoTable(t).InSchema(s).Row(new { … })</c>: new rows, no WHERE to speak of (like EF Core's InsertData).</summary>
    private static IEnumerable<SchemaOperation> ReadInsert(FluentExpressionChain chain)
    {
        if (chain.Name(0) == "IntoTable")
        {
            yield return new SchemaOperation(SchemaOperationKind.ModifyData, chain.NameLocation(0)) { Table = TableName(chain, 0), DataChange = DataChangeKind.Insert };
        }
    }

    /// <summary><c>Update.Table(t).Set(new { … }).AllRows()</c> changes every row; <c>.Where(new { … })</c> only matching ones.</summary>
    private static IEnumerable<SchemaOperation> ReadUpdate(FluentExpressionChain chain)
    {
        if (chain.Name(0) == "Table")
        {
            yield return new SchemaOperation(SchemaOperationKind.ModifyData, chain.NameLocation(0))
            {
                Table = TableName(chain, 0),
                HasWhereClause = WhereClause(chain, "Where"),
                DataChange = DataChangeKind.Update,
            };
        }
    }

    /// <summary>True when the chain ends in a condition, false for AllRows(), null when it says neither (FluentMigrator then refuses to run it).</summary>
    private static bool? WhereClause(FluentExpressionChain chain, params string[] conditions)
    {
        if (chain.IndexOf("AllRows") >= 0)
        {
            return false;
        }

        return conditions.Any(condition => chain.IndexOf(condition) >= 0) ? true : null;
    }
}
