using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.Analyzers.Migrations.Sql;

/// <summary>
/// The statement-level reader for PostgreSQL, MySQL and SQLite (and SQL of an unknown provider): tokenise, split into
/// statements, and recognise each statement by its leading keywords. A statement of a shape it does not know reads
/// as <see cref="SchemaOperationKind.UnrecognisedSql"/>.
/// </summary>
internal static class PortableStatementReader
{
    public static ImmutableArray<SchemaOperation> Read(string sql, SqlDialect dialect, Func<TextSpan, Location> locate, CancellationToken cancellationToken)
    {
        var tokens = SqlTokenizer.Tokenize(sql, dialect);
        var operations = ImmutableArray.CreateBuilder<SchemaOperation>();
        foreach (var statement in SqlStatementSplitter.Split(tokens))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = statement.Span;
            var scope = new StatementScope(locate(span), sql.Substring(span.Start, span.Length));
            var cursor = new SqlCursor(sql, tokens, statement.First, statement.First + statement.Count);
            var before = operations.Count;
            ReadStatement(cursor, scope, operations);
            if (operations.Count == before)
            {
                operations.Add(scope.Unrecognised());
            }
        }

        return operations.ToImmutable();
    }

    private static void ReadStatement(SqlCursor cursor, StatementScope scope, ImmutableArray<SchemaOperation>.Builder operations)
    {
        if (cursor.Accept("CREATE"))
        {
            ReadCreate(cursor, scope, operations);
        }
        else if (cursor.Accept("DROP"))
        {
            ReadDrop(cursor, scope, operations);
        }
        else if (cursor.Accept("ALTER"))
        {
            AlterStatementReader.Read(cursor, scope, operations);
        }
        else if (cursor.Accept("RENAME", "TABLE"))
        {
            AlterStatementReader.ReadRenameTables(cursor, scope, operations);
        }
        else if (cursor.Accept("TRUNCATE"))
        {
            cursor.Accept("TABLE");
            ReadNames(cursor, name => operations.Add(scope.New(SchemaOperationKind.TruncateTable, name)));
        }
        else if (cursor.Is("SET"))
        {
            operations.Add(ReadSet(cursor, scope));
        }
        else if (TransactionVerb(cursor) is { } verb)
        {
            operations.Add(scope.New(SchemaOperationKind.TransactionControl) with { OptionName = verb });
        }
        else if (DataStatementReader.Read(cursor, scope) is { } data)
        {
            operations.Add(data);
        }
    }

    private static void ReadCreate(SqlCursor cursor, StatementScope scope, ImmutableArray<SchemaOperation>.Builder operations)
    {
        cursor.Accept("OR", "REPLACE");
        bool unique = false, fullTextOrSpatial = false;
        while (true)
        {
            if (cursor.Accept("UNIQUE"))
            {
                unique = true;
            }
            else if (cursor.Accept("FULLTEXT") || cursor.Accept("SPATIAL"))
            {
                fullTextOrSpatial = true;
            }
            else if (!(cursor.Accept("GLOBAL") || cursor.Accept("LOCAL") || cursor.Accept("TEMP") || cursor.Accept("TEMPORARY") || cursor.Accept("UNLOGGED")))
            {
                break;
            }
        }

        if (cursor.Accept("TABLE"))
        {
            cursor.SkipIfExists();
            var table = cursor.ReadObjectName();
            operations.Add(scope.New(SchemaOperationKind.CreateTable, table) with { TableColumns = ReadTableColumns(cursor) });
        }
        else if (cursor.Accept("INDEX"))
        {
            var index = ReadCreateIndex(cursor, scope, unique);
            operations.Add(fullTextOrSpatial && index.Index is { } definition ? index with { Index = definition with { IsFullTextOrSpatial = true } } : index);
        }
        else if (cursor.Accept("VIEW") || cursor.Accept("MATERIALIZED", "VIEW"))
        {
            cursor.SkipIfExists();
            var view = cursor.ReadObjectName();
            operations.Add(scope.New(SchemaOperationKind.CreateView, view) with { ObjectName = view?.Name });
        }
    }

    /// <summary>The column definitions of CREATE TABLE t (…); table constraints and LIKE clauses are skipped.</summary>
    private static ImmutableArray<ColumnDefinition> ReadTableColumns(SqlCursor cursor)
    {
        var columns = ImmutableArray.CreateBuilder<ColumnDefinition>();
        foreach (var (start, end) in cursor.ReadParenthesisedItems())
        {
            var item = cursor.Slice(start, end);
            if (item.Is("CONSTRAINT") || item.Is("PRIMARY") || item.Is("UNIQUE") || item.Is("CHECK") || item.Is("FOREIGN") || item.Is("EXCLUDE")
                || item.Is("LIKE") || item.Is("INDEX") || item.Is("KEY") || item.Is("FULLTEXT") || item.Is("SPATIAL"))
            {
                continue;
            }

            columns.Add(ColumnClauses.Read(item).Column);
        }

        return columns.ToImmutable();
    }

    /// <summary>
    /// CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] table [USING m] (cols) [INCLUDE (…)] [WITH (…)]
    /// [WHERE …], and MySQL's [USING m] … [ALGORITHM = …] [LOCK = NONE].
    /// </summary>
    private static SchemaOperation ReadCreateIndex(SqlCursor cursor, StatementScope scope, bool unique)
    {
        var concurrent = cursor.Accept("CONCURRENTLY");
        cursor.SkipIfExists();
        var name = cursor.Is("ON") ? null : cursor.ReadObjectName();
        if (cursor.Accept("USING"))
        {
            cursor.ReadName();
        }

        if (!cursor.Accept("ON"))
        {
            return scope.Unrecognised();
        }

        cursor.Accept("ONLY");
        var table = cursor.ReadObjectName();
        if (cursor.Accept("USING"))
        {
            cursor.ReadName();
        }

        var columns = cursor.ReadColumnList();
        string? filter = null;
        while (!cursor.AtEnd)
        {
            if (cursor.Accept("WHERE"))
            {
                filter = cursor.Text(cursor.Position, cursor.End);
                break;
            }

            concurrent |= MySqlLockNone(cursor);
            cursor.Position++;
        }

        // SQLite writes the schema on the index name (CREATE INDEX main.ix ON t …); the table is the one named after ON.
        return scope.New(SchemaOperationKind.CreateIndex, table) with
        {
            ObjectName = name?.Name,
            Index = new IndexDefinition(name?.Name, columns, unique, concurrent, filter),
        };
    }

    /// <summary>LOCK = NONE: MySQL builds the index online, with reads and writes going on.</summary>
    internal static bool MySqlLockNone(SqlCursor cursor) =>
        cursor.Is("LOCK") && cursor.Peek(1).IsPunctuation('=') && cursor.IsAt(2, "NONE")
        || cursor.Is("LOCK") && cursor.IsAt(1, "NONE");

    private static void ReadDrop(SqlCursor cursor, StatementScope scope, ImmutableArray<SchemaOperation>.Builder operations)
    {
        cursor.Accept("TEMPORARY");
        if (cursor.Accept("TABLE"))
        {
            cursor.SkipIfExists();
            ReadNames(cursor, table => operations.Add(scope.New(SchemaOperationKind.DropTable, table)));
        }
        else if (cursor.Accept("VIEW") || cursor.Accept("MATERIALIZED", "VIEW"))
        {
            cursor.SkipIfExists();
            ReadNames(cursor, view => operations.Add(scope.New(SchemaOperationKind.DropView, view) with { ObjectName = view.Name }));
        }
        else if (cursor.Accept("INDEX"))
        {
            var concurrent = cursor.Accept("CONCURRENTLY");
            cursor.SkipIfExists();
            var indexes = new List<SchemaObjectName>();
            ReadNames(cursor, indexes.Add);
            var table = cursor.Accept("ON") ? cursor.ReadObjectName() : null;
            while (!cursor.AtEnd)
            {
                concurrent |= MySqlLockNone(cursor);
                cursor.Position++;
            }

            foreach (var index in indexes)
            {
                operations.Add(scope.New(SchemaOperationKind.DropIndex, table) with { ObjectName = index.Name, IsConcurrent = concurrent });
            }
        }
    }

    /// <summary>name [, name …], stopping at the first word that is not a name (CASCADE, RESTRICT, ON, RESTART).</summary>
    private static void ReadNames(SqlCursor cursor, Action<SchemaObjectName> add)
    {
        cursor.Accept("ONLY");
        do
        {
            if (cursor.Is("CASCADE") || cursor.Is("RESTRICT") || cursor.Is("ON") || cursor.Is("RESTART") || cursor.Is("CONTINUE"))
            {
                return;
            }

            if (cursor.ReadObjectName() is { } name)
            {
                add(name);
            }

            cursor.AcceptPunctuation('*');
        }
        while (cursor.AcceptPunctuation(','));
    }

    /// <summary>SET [SESSION | LOCAL] name { = | TO } value; the value as written.</summary>
    private static SchemaOperation ReadSet(SqlCursor cursor, StatementScope scope)
    {
        cursor.Accept("SET");
        _ = cursor.Accept("SESSION") || cursor.Accept("LOCAL") || cursor.Accept("GLOBAL");
        var start = cursor.Position;
        while (!cursor.AtEnd && !cursor.IsPunctuation('=') && !cursor.Is("TO") && !(cursor.Position > start && cursor.Current.Kind is SqlTokenKind.String or SqlTokenKind.Number))
        {
            cursor.Position++;
        }

        var name = cursor.Text(start, cursor.Position).Replace("@@", string.Empty).Replace("session.", string.Empty).Trim().ToLowerInvariant();
        _ = cursor.AcceptPunctuation('=') || cursor.Accept("TO");
        var value = cursor.AtEnd ? null : cursor.Text(cursor.Position, cursor.End);
        return scope.New(SchemaOperationKind.SetOption) with { OptionName = name.Length == 0 ? null : name, OptionValue = value };
    }

    private static string? TransactionVerb(SqlCursor cursor)
    {
        if (cursor.Is("BEGIN") || cursor.Is("START") && cursor.IsAt(1, "TRANSACTION"))
        {
            return "BEGIN";
        }

        if (cursor.Is("COMMIT") || cursor.Is("END"))
        {
            return "COMMIT";
        }

        return cursor.Is("ROLLBACK") || cursor.Is("ABORT") ? "ROLLBACK" : null;
    }
}
