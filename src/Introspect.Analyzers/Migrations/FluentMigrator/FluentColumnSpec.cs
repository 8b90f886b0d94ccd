using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Migrations.FluentMigrator;

/// <summary>
/// The links that describe one column: <c>.AsString(64).Nullable().WithDefaultValue("")</c> after
/// <c>WithColumn</c>, <c>AddColumn</c>, <c>AlterColumn</c> or <c>Alter.Column(…).OnTable(…)</c>. Besides the column
/// itself, some options create other objects, as FluentMigrator's builders do: <c>Indexed()</c> and
/// <c>Unique()</c> an index, <c>ForeignKey(…)</c> and <c>ReferencedBy(…)</c> a foreign key, and
/// <c>SetExistingRowsTo(…)</c> on an existing table an UPDATE of every row.
/// </summary>
internal static class FluentColumnSpec
{
    /// <summary>FluentMigrator's column types: the CLR type they map to, and how their arguments read.</summary>
    private static readonly Dictionary<string, (string ClrType, SizeKind Size)> Types = new(StringComparer.Ordinal)
    {
        ["AsString"] = ("string", SizeKind.Length),
        ["AsAnsiString"] = ("string", SizeKind.Length),
        ["AsFixedLengthString"] = ("string", SizeKind.Length),
        ["AsFixedLengthAnsiString"] = ("string", SizeKind.Length),
        ["AsXml"] = ("string", SizeKind.Length),
        ["AsBinary"] = ("byte[]", SizeKind.Length),
        ["AsBoolean"] = ("bool", SizeKind.None),
        ["AsByte"] = ("byte", SizeKind.None),
        ["AsInt16"] = ("short", SizeKind.None),
        ["AsInt32"] = ("int", SizeKind.None),
        ["AsInt64"] = ("long", SizeKind.None),
        ["AsFloat"] = ("float", SizeKind.None),
        ["AsDouble"] = ("double", SizeKind.None),
        ["AsDecimal"] = ("decimal", SizeKind.PrecisionAndScale),
        ["AsCurrency"] = ("decimal", SizeKind.None),
        ["AsGuid"] = ("System.Guid", SizeKind.None),
        ["AsDate"] = ("System.DateTime", SizeKind.None),
        ["AsDateTime"] = ("System.DateTime", SizeKind.None),
        ["AsDateTime2"] = ("System.DateTime", SizeKind.None),
        ["AsDateTimeOffset"] = ("System.DateTimeOffset", SizeKind.None),
        ["AsTime"] = ("System.TimeSpan", SizeKind.None),
    };

    private enum SizeKind
    {
        None,
        Length,
        PrecisionAndScale,
    }

    /// <summary>Reads links [<paramref name="start"/>, <paramref name="end"/>) as the options of one column.</summary>
    /// <param name="nullableWhenUnstated">What the runner does when neither Nullable() nor NotNullable() is said.</param>
    /// <param name="isNewTable">Options of a column of a table being created: its primary key is part of the table.</param>
    public static (ColumnDefinition Column, ImmutableArray<SchemaOperation> Created) Read(
        FluentExpressionChain chain,
        string? columnName,
        SchemaObjectName? table,
        int start,
        int end,
        bool? nullableWhenUnstated,
        bool isNewTable)
    {
        var column = new ColumnDefinition { Name = columnName };
        bool? nullable = null;
        var created = ImmutableArray.CreateBuilder<SchemaOperation>();
        for (var index = start; index < end; index++)
        {
            var link = chain.Links[index];
            var arguments = new OperationArguments(link);
            switch (link.TargetMethod.Name)
            {
                case var name when Types.TryGetValue(name, out var type):
                    column = WithType(column, name, type.ClrType, type.Size, arguments);
                    break;
                case "AsCustom":
                    column = column with { StoreType = chain.Text(index) };
                    break;
                case "Nullable":
                    nullable = true;
                    break;
                case "NotNullable":
                    nullable = false;
                    break;
                // The key of a new table makes its columns NOT NULL. On an added or altered column the generators
                // do not agree (PostgreSQL's ignores it), so nothing is read from it there.
                case "PrimaryKey" when isNewTable:
                    nullable = false;
                    break;
                case "WithDefaultValue":
                    column = column with { Default = Default(arguments.Value("value")) };
                    break;
                case "WithDefault":
                    column = column with { Default = SqlDefault(arguments.Value("method")) };
                    break;
                case "Identity":
                    column = column with { IsIdentity = true };
                    break;
                case "Computed":
                    column = column with { IsComputed = true, IsStoredComputed = arguments.Boolean("stored") == true };
                    break;
                case "Indexed":
                case "Unique":
                    created.Add(ColumnIndex(chain, index, table, columnName, link.TargetMethod.Name == "Unique", arguments.String("indexName")));
                    break;
                case "ForeignKey" or "ReferencedBy" when ForeignKey(chain, index, table) is { } foreignKey:
                    created.Add(foreignKey);
                    break;
                case "SetExistingRowsTo" when !isNewTable:
                    created.Add(new SchemaOperation(SchemaOperationKind.ModifyData, chain.NameLocation(index)) { Table = table, HasWhereClause = false });
                    break;
            }
        }

        return (column with { IsNullable = nullable ?? nullableWhenUnstated }, created.ToImmutable());
    }

    private static ColumnDefinition WithType(ColumnDefinition column, string method, string clrType, SizeKind size, OperationArguments arguments)
    {
        var typeName = method.Substring("As".Length);
        return size switch
        {
            SizeKind.Length when arguments.Integer("size") is { } length =>
                column with { ClrType = clrType, StoreType = $"{typeName}({length})", MaxLength = length },
            SizeKind.PrecisionAndScale when arguments.Integer("size") is { } precision && arguments.Integer("precision") is { } scale =>
                // FluentMigrator names them size and precision: AsDecimal(12, 2) is decimal(12,2).
                column with { ClrType = clrType, StoreType = $"{typeName}({precision},{scale})", Precision = precision, Scale = scale },
            _ => column with { ClrType = clrType, StoreType = typeName },
        };
    }

    /// <summary>
    /// WithDefaultValue(v): a literal, unless it is a SystemMethods member or <c>RawSql.Insert("…")</c>, which
    /// FluentMigrator writes into the DDL as SQL.
    /// </summary>
    private static ColumnDefault? Default(IOperation? value) => value switch
    {
        null => null,
        IInvocationOperation { TargetMethod: { Name: "Insert", ContainingType.Name: "RawSql" } } raw =>
            ColumnDefaults.FromSql(FluentExpressionChain.Arguments(raw).Select(FluentExpressionChain.Constant<string>).FirstOrDefault()),
        _ when IsSystemMethod(value) => SqlDefault(value),
        _ => ColumnDefaults.FromValue(value),
    };

    /// <summary>A SystemMethods default: NewGuid and NewSequentialId give every row its own value, the dates and the user do not.</summary>
    private static ColumnDefault? SqlDefault(IOperation? method) =>
        method is null
            ? null
            : new ColumnDefault(method.Syntax.ToString(), IsSqlExpression: true, IsClrDefault: false)
            {
                IsVolatile = method is IFieldReferenceOperation { Field.Name: "NewGuid" or "NewSequentialId" },
            };

    private static bool IsSystemMethod(IOperation value) => value.Type is { TypeKind: TypeKind.Enum, Name: "SystemMethods" };

    private static SchemaOperation ColumnIndex(FluentExpressionChain chain, int index, SchemaObjectName? table, string? column, bool unique, string? name) =>
        new(SchemaOperationKind.CreateIndex, chain.NameLocation(index))
        {
            Table = table,
            ObjectName = name,
            Index = new IndexDefinition(name, column is null ? ImmutableArray<string>.Empty : ImmutableArray.Create(column), unique, IsConcurrent: false, Filter: null),
        };

    /// <summary>
    /// ForeignKey(primaryTable, primaryColumn) puts the key on this column's table; ReferencedBy(foreignTable, …)
    /// puts it on the other table, pointing here. Both check the existing rows of the table that holds the key.
    /// </summary>
    private static SchemaOperation? ForeignKey(FluentExpressionChain chain, int index, SchemaObjectName? table)
    {
        var arguments = new OperationArguments(chain.Links[index]);
        var holder = chain.Name(index) == "ReferencedBy"
            ? arguments.String("foreignTableName") is { } foreignTable ? new SchemaObjectName(arguments.String("foreignTableSchema"), foreignTable) : null
            : table;
        if (chain.Name(index) == "ForeignKey" && chain.Links[index].Arguments.Length == 0)
        {
            // ForeignKey() without arguments only marks the column; the key itself is described elsewhere.
            return null;
        }

        return new SchemaOperation(SchemaOperationKind.AddForeignKey, chain.NameLocation(index))
        {
            Table = holder,
            ObjectName = arguments.String("foreignKeyName"),
            ValidatesExistingRows = true,
        };
    }
}
