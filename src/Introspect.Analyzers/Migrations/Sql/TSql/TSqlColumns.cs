using System.Collections.Immutable;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ColumnDefault = Introspect.Analyzers.Migrations.Model.ColumnDefault;
using SchemaOperation = Introspect.Analyzers.Migrations.Model.SchemaOperation;
using SchemaOperationKind = Introspect.Analyzers.Migrations.Model.SchemaOperationKind;

namespace Introspect.Analyzers.Migrations.Sql.TSql;

/// <summary>ALTER TABLE ADD/DROP/ALTER COLUMN, constraints and indexes of one T-SQL statement, as schema operations.</summary>
internal sealed class TSqlColumns
{
    private readonly TSqlStatementReader _reader;
    private readonly StatementScope _scope;

    public TSqlColumns(TSqlStatementReader reader, StatementScope scope)
    {
        _reader = reader;
        _scope = scope;
    }

    /// <param name="statesNullability">
    /// True where SQL Server's default applies (ADD and CREATE TABLE: nullable unless NOT NULL or a primary key);
    /// false for ALTER COLUMN, where leaving it out is read as "not stated".
    /// </param>
    public Model.ColumnDefinition Column(ColumnDefinition column, bool statesNullability)
    {
        var constraints = column.Constraints ?? (IList<ConstraintDefinition>)Array.Empty<ConstraintDefinition>();
        var nullable = constraints.OfType<NullableConstraintDefinition>().Select(constraint => (bool?)constraint.Nullable).LastOrDefault();
        var primaryKey = constraints.OfType<UniqueConstraintDefinition>().Any(constraint => constraint.IsPrimaryKey);
        var described = StoreTypes.Describe(new Model.ColumnDefinition { Name = column.ColumnIdentifier?.Value }, _reader.Text(column.DataType));
        return described with
        {
            IsNullable = nullable ?? (primaryKey ? false : statesNullability ? true : null),
            Default = Default(column.DefaultConstraint?.Expression),
            IsStoredComputed = column.ComputedColumnExpression is not null && column.IsPersisted,
            IsIdentity = column.IdentityOptions is not null,
            IsComputed = column.ComputedColumnExpression is not null || IsRowVersion(described.StoreType),
        };
    }

    /// <summary>rowversion (and its old name timestamp): SQL Server fills it on every write.</summary>
    private static bool IsRowVersion(string? storeType) =>
        string.Equals(storeType, "rowversion", StringComparison.OrdinalIgnoreCase) || string.Equals(storeType, "timestamp", StringComparison.OrdinalIgnoreCase);

    public void Add(AlterTableAddTableElementStatement add)
    {
        var table = TSqlStatementReader.Name(add.SchemaObjectName);
        var validates = add.ExistingRowsCheckEnforcement != ConstraintEnforcement.NoCheck;
        foreach (var column in add.Definition?.ColumnDefinitions ?? (IList<ColumnDefinition>)Array.Empty<ColumnDefinition>())
        {
            var definition = Column(column, statesNullability: true);
            _reader.AddOperation(_scope.New(SchemaOperationKind.AddColumn, table) with { Column = definition.Name, NewColumn = definition });
            foreach (var constraint in column.Constraints ?? (IList<ConstraintDefinition>)Array.Empty<ConstraintDefinition>())
            {
                if (Constraint(constraint, table, validates, definition.Name) is { } operation)
                {
                    _reader.AddOperation(operation);
                }
            }
        }

        foreach (var constraint in add.Definition?.TableConstraints ?? (IList<ConstraintDefinition>)Array.Empty<ConstraintDefinition>())
        {
            _reader.AddOperation(Constraint(constraint, table, validates, column: null) ?? _scope.Unrecognised(table));
        }

        foreach (var index in add.Definition?.Indexes ?? (IList<IndexDefinition>)Array.Empty<IndexDefinition>())
        {
            var name = index.Name?.Value;
            _reader.AddOperation(_scope.New(SchemaOperationKind.CreateIndex, table) with
            {
                ObjectName = name,
                Index = new Model.IndexDefinition(name, Columns(index.Columns), index.Unique, IsOnline(index.IndexOptions), _reader.Text(index.FilterPredicate) is { Length: > 0 } filter ? filter : null),
            });
        }
    }

    public void Drop(AlterTableDropTableElementStatement drop)
    {
        var table = TSqlStatementReader.Name(drop.SchemaObjectName);

        // DROP COLUMN a, b: the element type is stated once and holds for the names after it; none at all means a constraint.
        var type = TableElementType.Constraint;
        foreach (var element in drop.AlterTableDropTableElements ?? (IList<AlterTableDropTableElement>)Array.Empty<AlterTableDropTableElement>())
        {
            if (element.TableElementType != TableElementType.NotSpecified)
            {
                type = element.TableElementType;
            }

            var name = element.Name?.Value;
            _reader.AddOperation(type switch
            {
                TableElementType.Column => _scope.New(SchemaOperationKind.DropColumn, table) with { Column = name },
                TableElementType.Index => _scope.New(SchemaOperationKind.DropIndex, table) with { ObjectName = name, IsConcurrent = IsOnline(element.DropClusteredConstraintOptions) },
                TableElementType.Constraint => _scope.New(SchemaOperationKind.DropConstraint, table) with { ObjectName = name },
                _ => _scope.Unrecognised(table),
            });
        }
    }

    /// <summary>ALTER COLUMN c type [NULL | NOT NULL]; ADD/DROP ROWGUIDCOL, PERSISTED and the like are not schema changes the rules read.</summary>
    public void Alter(AlterTableAlterColumnStatement alter)
    {
        var table = TSqlStatementReader.Name(alter.SchemaObjectName);
        var name = alter.ColumnIdentifier?.Value;
        var column = StoreTypes.Describe(new Model.ColumnDefinition { Name = name }, _reader.Text(alter.DataType));
        column = alter.AlterTableAlterColumnOption switch
        {
            AlterTableAlterColumnOption.NoOptionDefined => column,
            AlterTableAlterColumnOption.Null => column with { IsNullable = true },
            AlterTableAlterColumnOption.NotNull => column with { IsNullable = false },
            _ => null!,
        };

        _reader.AddOperation(column is null || alter.DataType is null && column.IsNullable is null
            ? _scope.Unrecognised(table)
            : _scope.New(SchemaOperationKind.AlterColumn, table) with { Column = name, NewColumn = column });
    }

    public SchemaOperation CreateIndex(CreateIndexStatement index)
    {
        var name = index.Name?.Value;
        var filter = _reader.Text(index.FilterPredicate);
        return _scope.New(SchemaOperationKind.CreateIndex, TSqlStatementReader.Name(index.OnName)) with
        {
            ObjectName = name,
            Index = new Model.IndexDefinition(name, Columns(index.Columns), index.Unique, IsOnline(index.IndexOptions), filter.Length > 0 ? filter : null),
        };
    }

    private static bool IsOnline(IEnumerable<DropClusteredConstraintOption>? options) =>
        options?.OfType<DropClusteredConstraintStateOption>().Any(option => option.OptionKind == DropClusteredConstraintOptionKind.Online && option.OptionState == OptionState.On) == true;

    public static bool IsOnline(IEnumerable<IndexOption>? options) =>
        options?.OfType<OnlineIndexOption>().Any(option => option.OptionState == OptionState.On) == true;

    private SchemaOperation? Constraint(ConstraintDefinition constraint, Model.SchemaObjectName? table, bool validates, string? column)
    {
        var name = constraint.ConstraintIdentifier?.Value;
        return constraint switch
        {
            UniqueConstraintDefinition unique => _scope.New(unique.IsPrimaryKey ? SchemaOperationKind.AddPrimaryKey : SchemaOperationKind.AddUniqueConstraint, table) with
            {
                ObjectName = name,
                Index = new Model.IndexDefinition(
                    name,
                    unique.Columns is { Count: > 0 } ? Columns(unique.Columns) : column is null ? ImmutableArray<string>.Empty : ImmutableArray.Create(column),
                    IsUnique: true,
                    IsOnline(unique.IndexOptions),
                    Filter: null),
            },
            ForeignKeyConstraintDefinition => _scope.New(SchemaOperationKind.AddForeignKey, table) with { ObjectName = name, ValidatesExistingRows = validates },
            CheckConstraintDefinition => _scope.New(SchemaOperationKind.AddCheckConstraint, table) with { ObjectName = name, ValidatesExistingRows = validates },
            _ => null,
        };
    }

    private static ImmutableArray<string> Columns(IEnumerable<ColumnWithSortOrder>? columns) =>
        (columns ?? Enumerable.Empty<ColumnWithSortOrder>())
            .Select(column => column.Column?.MultiPartIdentifier?.Identifiers?.LastOrDefault()?.Value)
            .OfType<string>()
            .ToImmutableArray();

    /// <summary>DEFAULT 0, DEFAULT ('x'), DEFAULT (getdate()), DEFAULT NEWID(); DEFAULT NULL is no default.</summary>
    private ColumnDefault? Default(ScalarExpression? expression)
    {
        var value = expression;
        while (value is ParenthesisExpression parenthesised)
        {
            value = parenthesised.Expression;
        }

        if (value is null or NullLiteral)
        {
            return null;
        }

        var text = _reader.Text(expression);
        var isLiteral = value is Literal || value is UnaryExpression { Expression: Literal };
        return new ColumnDefault(text, IsSqlExpression: !isLiteral, IsClrDefault: false) { IsVolatile = VolatileDefaults.IsVolatile(text) };
    }
}
