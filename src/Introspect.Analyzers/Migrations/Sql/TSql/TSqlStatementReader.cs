using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using SchemaOperation = Introspect.Analyzers.Migrations.Model.SchemaOperation;
using SchemaOperationKind = Introspect.Analyzers.Migrations.Model.SchemaOperationKind;

namespace Introspect.Analyzers.Migrations.Sql.TSql;

/// <summary>
/// Reads T-SQL with ScriptDom's parser for SQL Server 2025 (TSql170Parser: the newest released version; newer parsers
/// only add preview syntax, and every parser accepts the syntax of the versions before it). Statements inside
/// IF/BEGIN…END/WHILE/TRY blocks and literal EXEC('…') strings are read too; sp_rename reads as a rename. Text that does
/// not parse reads as nothing: a half-understood script would give wrong findings.
/// </summary>
internal sealed class TSqlStatementReader
{
    private readonly string _sql;
    private readonly Func<TextSpan, Location> _locate;
    private readonly CancellationToken _cancellationToken;
    private readonly ImmutableArray<SchemaOperation>.Builder _operations = ImmutableArray.CreateBuilder<SchemaOperation>();

    private TSqlStatementReader(string sql, Func<TextSpan, Location> locate, CancellationToken cancellationToken)
    {
        _sql = sql;
        _locate = locate;
        _cancellationToken = cancellationToken;
    }

    // Kept out of line so ScriptDom is only loaded when T-SQL is actually read.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ImmutableArray<SchemaOperation> Read(string sql, Func<TextSpan, Location> locate, CancellationToken cancellationToken)
    {
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        if (parser.Parse(reader, out var errors) is not TSqlScript script || errors.Count > 0)
        {
            return ImmutableArray<SchemaOperation>.Empty;
        }

        var statements = new TSqlStatementReader(sql, locate, cancellationToken);
        foreach (var batch in script.Batches)
        {
            statements.AddAll(batch.Statements);
        }

        return statements._operations.ToImmutable();
    }

    private void AddAll(IEnumerable<TSqlStatement>? statements)
    {
        foreach (var statement in statements ?? Enumerable.Empty<TSqlStatement>())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Add(statement);
        }
    }

    private void Add(TSqlStatement? statement)
    {
        switch (statement)
        {
            case null:
                return;
            case BeginEndBlockStatement block:
                AddAll(block.StatementList?.Statements);
                return;
            case IfStatement branch:
                Add(branch.ThenStatement);
                Add(branch.ElseStatement);
                return;
            case WhileStatement loop:
                Add(loop.Statement);
                return;
            case TryCatchStatement tryCatch:
                AddAll(tryCatch.TryStatements?.Statements);
                return;
        }

        var span = Span(statement);
        var scope = new StatementScope(_locate(span), _sql.Substring(span.Start, span.Length));
        var columns = new TSqlColumns(this, scope);
        var before = _operations.Count;
        switch (statement)
        {
            case CreateTableStatement create:
                _operations.Add(scope.New(SchemaOperationKind.CreateTable, Name(create.SchemaObjectName)) with
                {
                    TableColumns = (create.Definition?.ColumnDefinitions ?? (IList<ColumnDefinition>)Array.Empty<ColumnDefinition>())
                        .Select(column => columns.Column(column, statesNullability: true)).ToImmutableArray(),
                });
                break;
            case DropTableStatement drop:
                Each(drop.Objects, name => scope.New(SchemaOperationKind.DropTable, Name(name)));
                break;
            case DropViewStatement drop:
                Each(drop.Objects, name => scope.New(SchemaOperationKind.DropView, Name(name)) with { ObjectName = name.BaseIdentifier?.Value });
                break;
            case ViewStatementBody view:
                _operations.Add(scope.New(SchemaOperationKind.CreateView, Name(view.SchemaObjectName)) with { ObjectName = view.SchemaObjectName?.BaseIdentifier?.Value });
                break;
            case AlterTableAddTableElementStatement add:
                columns.Add(add);
                break;
            case AlterTableDropTableElementStatement drop:
                columns.Drop(drop);
                break;
            case AlterTableAlterColumnStatement alter:
                columns.Alter(alter);
                break;
            case AlterTableConstraintModificationStatement { ConstraintEnforcement: ConstraintEnforcement.Check, ExistingRowsCheckEnforcement: ConstraintEnforcement.Check } validate:
                Each(validate.ConstraintNames, name => scope.New(SchemaOperationKind.ValidateConstraint, Name(validate.SchemaObjectName)) with { ObjectName = name.Value });
                break;
            case CreateIndexStatement index:
                _operations.Add(columns.CreateIndex(index));
                break;
            case DropIndexStatement drop:
                Each(drop.DropIndexClauses, clause => clause is DropIndexClause named
                    ? scope.New(SchemaOperationKind.DropIndex, Name(named.Object)) with { ObjectName = named.Index?.Value, IsConcurrent = TSqlColumns.IsOnline(named.Options) }
                    : scope.New(SchemaOperationKind.DropIndex));
                break;
            case TruncateTableStatement truncate:
                _operations.Add(scope.New(SchemaOperationKind.TruncateTable, Name(truncate.TableName)));
                break;
            case DeleteStatement { DeleteSpecification: { } delete }:
                _operations.Add(TSqlDataChanges.Modify(scope, delete, delete.WhereClause));
                break;
            case UpdateStatement { UpdateSpecification: { } update }:
                _operations.Add(TSqlDataChanges.Modify(scope, update, update.WhereClause));
                break;
            case InsertStatement { InsertSpecification: { } insert }:
                _operations.Add(TSqlDataChanges.Insert(scope, insert));
                break;
            case MergeStatement { MergeSpecification: { } merge }:
                _operations.Add(scope.New(SchemaOperationKind.ModifyData, TSqlDataChanges.TargetName(merge.Target, null)) with { DataChange = Model.DataChangeKind.Merge });
                break;
            case SetCommandStatement or PredicateSetStatement or SetTransactionIsolationLevelStatement:
                _operations.Add(SetOption(scope, statement));
                break;
            case BeginTransactionStatement:
                _operations.Add(scope.New(SchemaOperationKind.TransactionControl) with { OptionName = "BEGIN" });
                break;
            case CommitTransactionStatement:
                _operations.Add(scope.New(SchemaOperationKind.TransactionControl) with { OptionName = "COMMIT" });
                break;
            case RollbackTransactionStatement:
                _operations.Add(scope.New(SchemaOperationKind.TransactionControl) with { OptionName = "ROLLBACK" });
                break;
            case ExecuteStatement execute:
                Execute(execute, scope);
                break;
        }

        if (_operations.Count == before)
        {
            _operations.Add(scope.Unrecognised());
        }
    }

    internal void AddOperation(SchemaOperation operation) => _operations.Add(operation);

    private void Each<T>(IEnumerable<T>? items, Func<T, SchemaOperation> read)
    {
        foreach (var item in items ?? Enumerable.Empty<T>())
        {
            _operations.Add(read(item));
        }
    }

    /// <summary>EXEC sp_rename …, and EXEC('…') / sp_executesql N'…' with literal SQL, read as the statements inside.</summary>
    private void Execute(ExecuteStatement execute, StatementScope scope)
    {
        switch (execute.ExecuteSpecification?.ExecutableEntity)
        {
            case ExecutableStringList strings when strings.Strings.All(part => part is StringLiteral):
                AddEmbedded(string.Concat(strings.Strings.Cast<StringLiteral>().Select(part => part.Value)), scope);
                break;
            case ExecutableProcedureReference procedure:
                var name = procedure.ProcedureReference?.ProcedureReference?.Name?.BaseIdentifier?.Value;
                if (string.Equals(name, "sp_rename", StringComparison.OrdinalIgnoreCase))
                {
                    if (SpRename.Read(procedure.Parameters, scope) is { } rename)
                    {
                        _operations.Add(rename);
                    }
                }
                else if (string.Equals(name, "sp_executesql", StringComparison.OrdinalIgnoreCase)
                    && procedure.Parameters.FirstOrDefault()?.ParameterValue is StringLiteral literal)
                {
                    AddEmbedded(literal.Value, scope);
                }

                break;
        }
    }

    private void AddEmbedded(string sql, StatementScope scope)
    {
        foreach (var operation in Read(sql, _ => scope.Location, _cancellationToken))
        {
            _operations.Add(operation);
        }
    }

    /// <summary>SET LOCK_TIMEOUT 5000, SET XACT_ABORT ON: the words after SET are the name, the last one the value.</summary>
    private static SchemaOperation SetOption(StatementScope scope, TSqlStatement statement)
    {
        var words = statement.ScriptTokenStream
            .Skip(statement.FirstTokenIndex + 1)
            .Take(statement.LastTokenIndex - statement.FirstTokenIndex)
            .Where(token => token.TokenType is not (TSqlTokenType.WhiteSpace or TSqlTokenType.SingleLineComment or TSqlTokenType.MultilineComment or TSqlTokenType.Semicolon))
            .Select(token => token.Text)
            .ToList();
        return words.Count < 2
            ? scope.New(SchemaOperationKind.SetOption) with { OptionName = words.FirstOrDefault()?.ToLowerInvariant() }
            : scope.New(SchemaOperationKind.SetOption) with
            {
                OptionName = string.Join(" ", words.Take(words.Count - 1)).ToLowerInvariant(),
                OptionValue = words[words.Count - 1],
            };
    }

    internal static Model.SchemaObjectName? Name(SchemaObjectName? name) =>
        name?.BaseIdentifier?.Value is { } baseName ? new Model.SchemaObjectName(name.SchemaIdentifier?.Value, baseName) : null;

    internal string Text(TSqlFragment? fragment) =>
        fragment is null || fragment.StartOffset < 0 || fragment.FragmentLength <= 0 || fragment.StartOffset + fragment.FragmentLength > _sql.Length
            ? string.Empty
            : _sql.Substring(fragment.StartOffset, fragment.FragmentLength);

    /// <summary>The statement without its closing ';', as the other dialects' statements are located.</summary>
    private TextSpan Span(TSqlFragment fragment)
    {
        if (fragment.StartOffset < 0 || fragment.StartOffset > _sql.Length)
        {
            return new TextSpan(0, 0);
        }

        var length = Math.Max(0, Math.Min(fragment.FragmentLength, _sql.Length - fragment.StartOffset));
        while (length > 0 && (_sql[fragment.StartOffset + length - 1] == ';' || char.IsWhiteSpace(_sql[fragment.StartOffset + length - 1])))
        {
            length--;
        }

        return new TextSpan(fragment.StartOffset, length);
    }
}
