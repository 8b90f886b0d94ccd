using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Sql;

/// <summary>
/// ALTER TABLE … ADD [CONSTRAINT name] PRIMARY KEY | UNIQUE | FOREIGN KEY | CHECK … [NOT VALID], and MySQL's
/// ADD [UNIQUE] INDEX|KEY name (cols). <c>USING INDEX</c> turns an index that already exists (built concurrently) into
/// the constraint, so nothing is built under the lock: such an index reads as concurrent.
/// </summary>
internal static class TableConstraints
{
    public static SchemaOperation Read(SqlCursor action, StatementScope scope, SchemaObjectName? table)
    {
        var name = action.Accept("CONSTRAINT") ? action.ReadName() : null;
        var notValid = ContainsNotValid(action);
        if (action.Accept("PRIMARY", "KEY"))
        {
            return scope.New(SchemaOperationKind.AddPrimaryKey, table) with { ObjectName = name, Index = Index(action, name) };
        }

        if (action.Accept("UNIQUE"))
        {
            if (action.Accept("INDEX") || action.Accept("KEY"))
            {
                return CreateIndex(action, scope, table, unique: true);
            }

            action.Accept("NULLS", "NOT");
            action.Accept("NULLS");
            action.Accept("DISTINCT");
            return scope.New(SchemaOperationKind.AddUniqueConstraint, table) with { ObjectName = name, Index = Index(action, name) };
        }

        if (action.Accept("FOREIGN", "KEY"))
        {
            return scope.New(SchemaOperationKind.AddForeignKey, table) with { ObjectName = name, ValidatesExistingRows = !notValid };
        }

        if (action.Accept("CHECK"))
        {
            return scope.New(SchemaOperationKind.AddCheckConstraint, table) with { ObjectName = name, ValidatesExistingRows = !notValid };
        }

        if (action.Accept("INDEX") || action.Accept("KEY"))
        {
            return CreateIndex(action, scope, table, unique: false);
        }

        if (action.Accept("FULLTEXT") || action.Accept("SPATIAL"))
        {
            _ = action.Accept("INDEX") || action.Accept("KEY");
            var index = CreateIndex(action, scope, table, unique: false);
            return index with { Index = index.Index! with { IsFullTextOrSpatial = true } };
        }

        return scope.Unrecognised(table);
    }

    /// <summary>(cols), or USING INDEX existing_index.</summary>
    private static IndexDefinition Index(SqlCursor action, string? name)
    {
        if (action.Accept("USING", "INDEX"))
        {
            var existing = action.ReadName();
            return new IndexDefinition(existing ?? name, ImmutableArray<string>.Empty, IsUnique: true, IsConcurrent: true, Filter: null);
        }

        return new IndexDefinition(name, action.ReadColumnList(), IsUnique: true, IsConcurrent: false, Filter: null);
    }

    private static SchemaOperation CreateIndex(SqlCursor action, StatementScope scope, SchemaObjectName? table, bool unique)
    {
        var name = action.IsPunctuation('(') ? null : action.ReadName();
        if (action.Accept("USING"))
        {
            action.ReadName();
        }

        return scope.New(SchemaOperationKind.CreateIndex, table) with
        {
            ObjectName = name,
            Index = new IndexDefinition(name, action.ReadColumnList(), unique, IsConcurrent: false, Filter: null),
        };
    }

    private static bool ContainsNotValid(SqlCursor action)
    {
        var probe = action.Slice(action.Position, action.End);
        while (!probe.AtEnd)
        {
            if (probe.Is("NOT") && probe.IsAt(1, "VALID"))
            {
                return true;
            }

            if (probe.IsPunctuation('('))
            {
                probe.SkipParenthesised();
            }
            else
            {
                probe.Position++;
            }
        }

        return false;
    }
}
