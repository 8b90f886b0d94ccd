using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Sql;

/// <summary>
/// DELETE, UPDATE, INSERT, MERGE (and MySQL's REPLACE, SQLite's INSERT OR …) after an optional WITH list: which table,
/// what the statement does to rows (an INSERT with a top-level SELECT reads existing rows), and whether a DELETE or
/// UPDATE is limited (a top-level WHERE, a LIMIT, or a joined table) or touches every row.
/// </summary>
internal static class DataStatementReader
{
    public static SchemaOperation? Read(SqlCursor cursor, StatementScope scope)
    {
        SkipCommonTableExpressions(cursor);
        if (cursor.Accept("DELETE"))
        {
            cursor.Accept("FROM");
            cursor.Accept("ONLY");
            return Limited(cursor, scope.New(SchemaOperationKind.ModifyData, cursor.ReadObjectName()) with { DataChange = DataChangeKind.Delete });
        }

        if (cursor.Accept("UPDATE"))
        {
            if (cursor.Accept("OR"))
            {
                cursor.ReadName();
            }

            cursor.Accept("ONLY");
            return Limited(cursor, scope.New(SchemaOperationKind.ModifyData, cursor.ReadObjectName()) with { DataChange = DataChangeKind.Update });
        }

        if (cursor.Accept("MERGE"))
        {
            cursor.Accept("INTO");
            return scope.New(SchemaOperationKind.ModifyData, cursor.ReadObjectName()) with { DataChange = DataChangeKind.Merge };
        }

        if (cursor.Accept("INSERT") || cursor.Accept("REPLACE") || cursor.Accept("UPSERT"))
        {
            while (cursor.Accept("OR") || cursor.Accept("IGNORE") || cursor.Accept("LOW_PRIORITY") || cursor.Accept("DELAYED") || cursor.Accept("HIGH_PRIORITY")
                || cursor.Accept("REPLACE") || cursor.Accept("ABORT") || cursor.Accept("FAIL") || cursor.Accept("ROLLBACK"))
            {
            }

            cursor.Accept("INTO");
            var table = cursor.ReadObjectName();

            // INSERT INTO t [(cols)] SELECT …: the rows come from existing rows (a VALUES list's subqueries sit in parentheses).
            var fromQuery = cursor.ContainsTopLevel("SELECT");
            return scope.New(SchemaOperationKind.ModifyData, table) with { DataChange = fromQuery ? DataChangeKind.InsertFromQuery : DataChangeKind.Insert };
        }

        return null;
    }

    private static SchemaOperation Limited(SqlCursor cursor, SchemaOperation operation) =>
        operation with { HasWhereClause = cursor.ContainsTopLevel("WHERE") || cursor.ContainsTopLevel("LIMIT") || cursor.ContainsTopLevel("JOIN") };

    /// <summary>WITH [RECURSIVE] name [(cols)] AS [[NOT] MATERIALIZED] (…) [, …].</summary>
    private static void SkipCommonTableExpressions(SqlCursor cursor)
    {
        if (!cursor.Accept("WITH"))
        {
            return;
        }

        cursor.Accept("RECURSIVE");
        do
        {
            cursor.ReadName();
            cursor.SkipParenthesised();
            cursor.Accept("AS");
            cursor.Accept("NOT");
            cursor.Accept("MATERIALIZED");
            cursor.SkipParenthesised();
        }
        while (cursor.AcceptPunctuation(','));
    }
}
