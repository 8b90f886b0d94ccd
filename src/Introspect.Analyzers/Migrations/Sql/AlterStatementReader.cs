using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Sql;

/// <summary>
/// ALTER TABLE with its comma-separated actions (PostgreSQL, MySQL and SQLite forms, and the T-SQL-like
/// <c>ALTER COLUMN c type NOT NULL</c> when the provider is not known), ALTER INDEX … RENAME TO, and MySQL's RENAME TABLE.
/// </summary>
internal static class AlterStatementReader
{
    public static void Read(SqlCursor cursor, StatementScope scope, ImmutableArray<SchemaOperation>.Builder operations)
    {
        if (cursor.Accept("INDEX"))
        {
            cursor.SkipIfExists();
            var index = cursor.ReadObjectName();
            if (cursor.Accept("RENAME", "TO"))
            {
                operations.Add(scope.New(SchemaOperationKind.RenameIndex) with { ObjectName = index?.Name, NewName = cursor.ReadName() });
            }

            return;
        }

        if (!cursor.Accept("TABLE"))
        {
            return;
        }

        cursor.SkipIfExists();
        cursor.Accept("ONLY");
        var table = cursor.ReadObjectName();
        cursor.AcceptPunctuation('*');
        var actions = Actions(cursor);
        var lockNone = actions.Any(action => PortableStatementReader.MySqlLockNone(cursor.Slice(action.Start, action.End)));
        foreach (var (start, end) in actions)
        {
            var action = cursor.Slice(start, end);
            if (action.Is("ALGORITHM") || action.Is("LOCK"))
            {
                continue;
            }

            var operation = ReadAction(action, scope, table, operations);
            if (operation is not null)
            {
                operations.Add(lockNone && operation.Index is { } index ? operation with { Index = index with { IsConcurrent = true } } : operation);
            }
        }
    }

    /// <summary>RENAME TABLE a TO b [, c TO d].</summary>
    public static void ReadRenameTables(SqlCursor cursor, StatementScope scope, ImmutableArray<SchemaOperation>.Builder operations)
    {
        do
        {
            var from = cursor.ReadObjectName();
            if (!cursor.Accept("TO"))
            {
                return;
            }

            operations.Add(scope.New(SchemaOperationKind.RenameTable, from) with { NewName = cursor.ReadObjectName()?.Name });
        }
        while (cursor.AcceptPunctuation(','));
    }

    private static List<(int Start, int End)> Actions(SqlCursor cursor)
    {
        var actions = new List<(int, int)>();
        while (!cursor.AtEnd)
        {
            var start = cursor.Position;
            cursor.SkipUntil(_ => false);
            if (cursor.Position > start)
            {
                actions.Add((start, cursor.Position));
            }

            // A stray ')' would stop SkipUntil for good: step over it as over a ','.
            cursor.Position++;
        }

        return actions;
    }

    private static SchemaOperation? ReadAction(SqlCursor action, StatementScope scope, SchemaObjectName? table, ImmutableArray<SchemaOperation>.Builder operations)
    {
        var start = action.Position;
        if (action.Accept("ADD"))
        {
            return IsConstraintStart(action)
                ? TableConstraints.Read(action, scope, table)
                : AddColumn(action, scope, table, operations);
        }

        if (action.Accept("DROP"))
        {
            return Drop(action, scope, table);
        }

        if (action.Accept("ALTER") || action.Accept("MODIFY"))
        {
            var fullDefinition = action.Peek(-1).IsWord("MODIFY");
            action.Accept("COLUMN");
            return AlterColumn(action, scope, table, fullDefinition);
        }

        if (action.Accept("CHANGE"))
        {
            action.Accept("COLUMN");
            var oldName = action.ReadName();
            var (column, _) = ColumnClauses.Read(action);
            if (oldName is not null && column.Name is not null && !string.Equals(oldName, column.Name, StringComparison.OrdinalIgnoreCase))
            {
                operations.Add(scope.New(SchemaOperationKind.RenameColumn, table) with { Column = oldName, NewName = column.Name });
            }

            return scope.New(SchemaOperationKind.AlterColumn, table) with { Column = column.Name, NewColumn = column };
        }

        if (action.Accept("RENAME"))
        {
            return Rename(action, scope, table);
        }

        if (action.Accept("VALIDATE", "CONSTRAINT"))
        {
            return scope.New(SchemaOperationKind.ValidateConstraint, table) with { ObjectName = action.ReadName() };
        }

        action.Position = start;
        return scope.Unrecognised(table);
    }

    private static bool IsConstraintStart(SqlCursor action) =>
        action.Is("CONSTRAINT") || action.Is("PRIMARY") || action.Is("UNIQUE") || action.Is("FOREIGN") || action.Is("CHECK")
        || action.Is("EXCLUDE") || action.Is("INDEX") || action.Is("KEY") || action.Is("FULLTEXT") || action.Is("SPATIAL");

    private static SchemaOperation AddColumn(SqlCursor action, StatementScope scope, SchemaObjectName? table, ImmutableArray<SchemaOperation>.Builder operations)
    {
        action.Accept("COLUMN");
        action.SkipIfExists();
        var (column, constraints) = ColumnClauses.Read(action);
        var added = scope.New(SchemaOperationKind.AddColumn, table) with { Column = column.Name, NewColumn = column };
        if (constraints.IsEmpty)
        {
            return added;
        }

        // The column's own constraints are checked against every existing row: they are operations of their own.
        operations.Add(added);
        for (var index = 0; index < constraints.Length - 1; index++)
        {
            operations.Add(InlineConstraintOperation(constraints[index], scope, table, column.Name));
        }

        return InlineConstraintOperation(constraints[constraints.Length - 1], scope, table, column.Name);
    }

    private static SchemaOperation InlineConstraintOperation(InlineConstraint constraint, StatementScope scope, SchemaObjectName? table, string? column) =>
        scope.New(constraint.Kind, table) with
        {
            ObjectName = constraint.Name,
            Index = constraint.Kind is SchemaOperationKind.AddPrimaryKey or SchemaOperationKind.AddUniqueConstraint
                ? new IndexDefinition(constraint.Name, column is null ? ImmutableArray<string>.Empty : ImmutableArray.Create(column), IsUnique: true, IsConcurrent: false, Filter: null)
                : null,
            ValidatesExistingRows = constraint.Kind is SchemaOperationKind.AddForeignKey or SchemaOperationKind.AddCheckConstraint ? true : null,
        };

    private static SchemaOperation Drop(SqlCursor action, StatementScope scope, SchemaObjectName? table)
    {
        if (action.Accept("CONSTRAINT") || action.Accept("FOREIGN", "KEY") || action.Accept("CHECK"))
        {
            action.SkipIfExists();
            return scope.New(SchemaOperationKind.DropConstraint, table) with { ObjectName = action.ReadName() };
        }

        if (action.Accept("PRIMARY", "KEY"))
        {
            return scope.New(SchemaOperationKind.DropConstraint, table);
        }

        if (action.Accept("INDEX") || action.Accept("KEY"))
        {
            return scope.New(SchemaOperationKind.DropIndex, table) with { ObjectName = action.ReadName() };
        }

        action.Accept("COLUMN");
        action.SkipIfExists();
        return scope.New(SchemaOperationKind.DropColumn, table) with { Column = action.ReadName() };
    }

    private static SchemaOperation Rename(SqlCursor action, StatementScope scope, SchemaObjectName? table)
    {
        if (action.Accept("TO") || action.Accept("AS"))
        {
            return scope.New(SchemaOperationKind.RenameTable, table) with { NewName = action.ReadObjectName()?.Name };
        }

        if (action.Accept("INDEX") || action.Accept("KEY"))
        {
            var index = action.ReadName();
            action.Accept("TO");
            return scope.New(SchemaOperationKind.RenameIndex, table) with { ObjectName = index, NewName = action.ReadName() };
        }

        if (action.Is("CONSTRAINT"))
        {
            return scope.Unrecognised(table);
        }

        action.Accept("COLUMN");
        var column = action.ReadName();
        action.Accept("TO");
        return scope.New(SchemaOperationKind.RenameColumn, table) with { Column = column, NewName = action.ReadName() };
    }

    /// <summary>
    /// ALTER [COLUMN] c [SET DATA] TYPE t | SET/DROP NOT NULL | SET/DROP DEFAULT | ADD GENERATED … AS IDENTITY, or a
    /// whole new definition (MySQL MODIFY, and <c>ALTER COLUMN c varchar(16) NOT NULL</c> as T-SQL writes it).
    /// </summary>
    private static SchemaOperation AlterColumn(SqlCursor action, StatementScope scope, SchemaObjectName? table, bool fullDefinition)
    {
        var definitionStart = action.Position;
        var name = action.ReadName();
        var altered = scope.New(SchemaOperationKind.AlterColumn, table) with { Column = name };
        var column = new ColumnDefinition { Name = name };
        if (action.Accept("TYPE") || action.Accept("SET", "DATA") && action.Accept("TYPE"))
        {
            var typeStart = action.Position;
            action.SkipUntil(cursor => cursor.Is("USING") || cursor.Is("COLLATE"));
            return altered with { NewColumn = StoreTypes.Describe(column, action.Text(typeStart, action.Position)) };
        }

        if (action.Accept("SET", "NOT") && action.Accept("NULL"))
        {
            return altered with { NewColumn = column with { IsNullable = false } };
        }

        if (action.Accept("DROP", "NOT") && action.Accept("NULL"))
        {
            return altered with { NewColumn = column with { IsNullable = true } };
        }

        if (action.Accept("SET", "DEFAULT"))
        {
            return altered with { NewColumn = column with { Default = ColumnClauses.ReadDefault(action) } };
        }

        if (action.Accept("DROP", "DEFAULT"))
        {
            return altered with { NewColumn = column };
        }

        if (action.Accept("ADD", "GENERATED"))
        {
            return altered with { NewColumn = column with { IsIdentity = true } };
        }

        if (action.Is("SET") || action.Is("DROP") || action.Is("RESET") || action.Is("ADD") || action.Is("OPTIONS"))
        {
            return scope.Unrecognised(table);
        }

        // A whole definition: MySQL restates nullability (none stated means nullable), T-SQL may leave it unsaid.
        action.Position = definitionStart;
        var statesNullability = action.ContainsTopLevel("NULL");
        var (definition, _) = ColumnClauses.Read(action);
        return altered with { NewColumn = fullDefinition || statesNullability ? definition : definition with { IsNullable = null } };
    }
}
