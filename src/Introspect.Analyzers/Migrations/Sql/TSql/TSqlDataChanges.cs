using Microsoft.SqlServer.TransactSql.ScriptDom;
using DataChangeKind = Introspect.Analyzers.Migrations.Model.DataChangeKind;
using SchemaOperation = Introspect.Analyzers.Migrations.Model.SchemaOperation;
using SchemaOperationKind = Introspect.Analyzers.Migrations.Model.SchemaOperationKind;

namespace Introspect.Analyzers.Migrations.Sql.TSql;

/// <summary>
/// UPDATE and DELETE: the table (an alias resolved through FROM), and whether the rows are limited — by WHERE, by TOP
/// (the batched form), or by an inner join — or every row is touched.
/// </summary>
internal static class TSqlDataChanges
{
    public static SchemaOperation Modify(StatementScope scope, UpdateDeleteSpecificationBase change, WhereClause? where) =>
        scope.New(SchemaOperationKind.ModifyData, TargetName(change.Target, change.FromClause)) with
        {
            DataChange = change is UpdateSpecification ? DataChangeKind.Update : DataChangeKind.Delete,
            HasWhereClause = where is not null
                || change.TopRowFilter is not null
                || change.FromClause?.TableReferences?.Any(reference => reference is QualifiedJoin { QualifiedJoinType: QualifiedJoinType.Inner }) == true,
        };

    /// <summary>INSERT … VALUES writes new rows; INSERT … SELECT and INSERT … EXEC compute them from existing ones.</summary>
    public static SchemaOperation Insert(StatementScope scope, InsertSpecification insert) =>
        scope.New(SchemaOperationKind.ModifyData, TargetName(insert.Target, null)) with
        {
            DataChange = insert.InsertSource is ValuesInsertSource ? DataChangeKind.Insert : DataChangeKind.InsertFromQuery,
        };

    public static Model.SchemaObjectName? TargetName(TableReference? target, FromClause? from)
    {
        if (target is not NamedTableReference named)
        {
            return null;
        }

        // UPDATE c SET … FROM Customers c: the target is the alias of a table in FROM.
        var alias = named.SchemaObject?.BaseIdentifier?.Value;
        if (named.SchemaObject?.SchemaIdentifier is null && alias is not null && from is not null)
        {
            foreach (var table in from.TableReferences.SelectMany(Tables))
            {
                if (string.Equals(table.Alias?.Value, alias, StringComparison.OrdinalIgnoreCase))
                {
                    return TSqlStatementReader.Name(table.SchemaObject);
                }
            }
        }

        return TSqlStatementReader.Name(named.SchemaObject);
    }

    private static IEnumerable<NamedTableReference> Tables(TableReference reference) => reference switch
    {
        NamedTableReference named => new[] { named },
        JoinTableReference join => Tables(join.FirstTableReference).Concat(Tables(join.SecondTableReference)),
        _ => Enumerable.Empty<NamedTableReference>(),
    };
}
