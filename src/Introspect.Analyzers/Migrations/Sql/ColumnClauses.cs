using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Sql;

/// <summary>A constraint written on the column itself (<c>ADD COLUMN code text UNIQUE REFERENCES …</c>).</summary>
internal sealed record InlineConstraint(SchemaOperationKind Kind, string? Name, string Sql);

/// <summary>
/// Reads a column definition: <c>name type [NOT NULL | NULL] [DEFAULT expr] [GENERATED … STORED | AS IDENTITY]
/// [PRIMARY KEY | UNIQUE | CHECK (…) | REFERENCES …] [COLLATE …]</c>, in the PostgreSQL, MySQL and SQLite forms. A
/// column without NULL or NOT NULL is nullable, as SQL defines it (a primary key column is not).
/// </summary>
internal static class ColumnClauses
{
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "NOT", "NULL", "DEFAULT", "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "REFERENCES", "GENERATED", "COLLATE",
        "AUTO_INCREMENT", "AUTOINCREMENT", "IDENTITY", "COMMENT", "ON", "AS", "FIRST", "AFTER", "CHARSET", "INVISIBLE",
        "VISIBLE", "STORAGE", "COMPRESSION",
    };

    private static readonly HashSet<string> SerialTypes = new(StringComparer.OrdinalIgnoreCase) { "serial", "serial4", "serial8", "bigserial", "smallserial", "serial2" };

    public static (ColumnDefinition Column, ImmutableArray<InlineConstraint> Constraints) Read(SqlCursor cursor)
    {
        var name = cursor.ReadName();
        var typeStart = cursor.Position;
        cursor.SkipUntil(IsClauseStart);
        var storeType = cursor.Position > typeStart ? cursor.Text(typeStart, cursor.Position) : null;
        var column = StoreTypes.Describe(new ColumnDefinition { Name = name, IsNullable = true }, storeType);
        if (storeType is not null && SerialTypes.Contains(storeType))
        {
            column = column with { IsIdentity = true };
        }

        var constraints = ImmutableArray.CreateBuilder<InlineConstraint>();
        string? constraintName = null;
        while (!cursor.AtEnd && !cursor.IsPunctuation(','))
        {
            var clauseStart = cursor.Position;
            if (cursor.Accept("CONSTRAINT"))
            {
                constraintName = cursor.ReadName();
                continue;
            }

            if (cursor.Accept("NOT", "NULL"))
            {
                column = column with { IsNullable = false };
            }
            else if (cursor.Accept("NULL"))
            {
                column = column with { IsNullable = true };
            }
            else if (cursor.Accept("DEFAULT"))
            {
                column = column with { Default = ReadDefault(cursor) };
            }
            else if (cursor.Accept("PRIMARY", "KEY"))
            {
                column = column with { IsNullable = false };
                constraints.Add(new InlineConstraint(SchemaOperationKind.AddPrimaryKey, constraintName, cursor.Text(clauseStart, cursor.Position)));
            }
            else if (cursor.Accept("UNIQUE"))
            {
                cursor.Accept("KEY");
                constraints.Add(new InlineConstraint(SchemaOperationKind.AddUniqueConstraint, constraintName, cursor.Text(clauseStart, cursor.Position)));
            }
            else if (cursor.Accept("CHECK"))
            {
                cursor.SkipParenthesised();
                constraints.Add(new InlineConstraint(SchemaOperationKind.AddCheckConstraint, constraintName, cursor.Text(clauseStart, cursor.Position)));
            }
            else if (cursor.Accept("REFERENCES"))
            {
                cursor.ReadObjectName();
                cursor.SkipUntil(IsClauseStartOutsideReferences);
                constraints.Add(new InlineConstraint(SchemaOperationKind.AddForeignKey, constraintName, cursor.Text(clauseStart, cursor.Position)));
            }
            else if (cursor.Is("GENERATED") || cursor.Is("AS"))
            {
                column = ReadGenerated(cursor, column);
            }
            else if (cursor.Accept("AUTO_INCREMENT") || cursor.Accept("AUTOINCREMENT") || cursor.Accept("IDENTITY"))
            {
                cursor.SkipParenthesised();
                column = column with { IsIdentity = true };
            }
            else
            {
                // COLLATE x, COMMENT '…', ON UPDATE …, FIRST, AFTER x: nothing the rules need.
                cursor.Position++;
                cursor.SkipUntil(IsClauseStart);
            }

            constraintName = null;
        }

        return (column, constraints.ToImmutable());
    }

    /// <summary>The expression after DEFAULT, up to the next clause; DEFAULT NULL is no default.</summary>
    public static ColumnDefault? ReadDefault(SqlCursor cursor)
    {
        var start = cursor.Position;
        cursor.SkipUntil(IsClauseStartAfterDefault);
        if (cursor.Position == start || cursor.Position == start + 1 && cursor.Peek(-1).IsWord("NULL"))
        {
            return null;
        }

        var text = cursor.Text(start, cursor.Position);
        return new ColumnDefault(text, IsSqlExpression: !IsLiteral(cursor.Slice(start, cursor.Position)), IsClrDefault: false)
        {
            IsVolatile = VolatileDefaults.IsVolatile(text),
        };
    }

    public static bool IsClauseStart(SqlCursor cursor) =>
        cursor.Current.Kind == SqlTokenKind.Word && ClauseWords.Contains(cursor.Current.Value)
        && !(cursor.Is("ON") && !cursor.IsAt(1, "UPDATE"));

    private static bool IsClauseStartAfterDefault(SqlCursor cursor) => IsClauseStart(cursor) && !cursor.Is("NULL");

    /// <summary>ON DELETE / ON UPDATE and MATCH belong to REFERENCES.</summary>
    private static bool IsClauseStartOutsideReferences(SqlCursor cursor) => IsClauseStart(cursor) && !cursor.Is("ON");

    /// <summary>GENERATED ALWAYS AS (expr) STORED, GENERATED … AS IDENTITY, AS (expr) [STORED | VIRTUAL | PERSISTED].</summary>
    private static ColumnDefinition ReadGenerated(SqlCursor cursor, ColumnDefinition column)
    {
        cursor.Accept("GENERATED");
        cursor.Accept("ALWAYS");
        cursor.Accept("BY", "DEFAULT");
        cursor.Accept("AS");
        if (cursor.Accept("IDENTITY"))
        {
            cursor.SkipParenthesised();
            return column with { IsIdentity = true };
        }

        cursor.SkipParenthesised();
        var stored = cursor.Accept("STORED") || cursor.Accept("PERSISTED");
        cursor.Accept("VIRTUAL");
        return column with { IsComputed = true, IsStoredComputed = stored };
    }

    /// <summary>'text', 42, -1, true, 'x'::text: a value rather than an expression.</summary>
    private static bool IsLiteral(SqlCursor expression)
    {
        expression.AcceptPunctuation('-');
        expression.AcceptPunctuation('+');
        var value = expression.Current;
        var isValue = value.Kind is SqlTokenKind.String or SqlTokenKind.Number || value.IsWord("TRUE") || value.IsWord("FALSE");
        if (!isValue)
        {
            return false;
        }

        expression.Position++;
        if (expression.IsPunctuation(':') && expression.Peek(1).IsPunctuation(':'))
        {
            expression.Position = expression.End;
        }

        return expression.AtEnd;
    }
}
