using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Migrations.EfCore;

/// <summary>
/// One <c>migrationBuilder.X(…)</c> call and the <c>.Annotation(name, value)</c> calls chained on it, read into a
/// schema operation. Calls that change nothing the rules care about (EnsureSchema, AlterDatabase, …) read as null.
/// </summary>
internal sealed class MigrationBuilderCall
{
    private readonly IInvocationOperation _call;
    private readonly OperationArguments _arguments;
    private readonly ImmutableDictionary<string, IOperation> _annotations;

    private MigrationBuilderCall(IInvocationOperation call)
    {
        _call = call;
        _arguments = new OperationArguments(call);
        _annotations = ReadAnnotations(call);
    }

    public static SchemaOperation? Read(IInvocationOperation call) => new MigrationBuilderCall(call).ToOperation();

    private SchemaOperation? ToOperation() => _call.TargetMethod.Name switch
    {
        "AddColumn" => New(SchemaOperationKind.AddColumn) with { Column = Name(), NewColumn = NewColumn() },
        "AlterColumn" => New(SchemaOperationKind.AlterColumn) with { Column = Name(), NewColumn = NewColumn(), OldColumn = OldColumn() },
        "DropColumn" => New(SchemaOperationKind.DropColumn) with { Column = Name() },
        "RenameColumn" => New(SchemaOperationKind.RenameColumn) with { Column = Name(), NewName = _arguments.String("newName") },
        "CreateTable" => New(SchemaOperationKind.CreateTable, Name()) with { TableColumns = CreateTableColumns.Read(_arguments.Value("columns")) },
        "DropTable" => New(SchemaOperationKind.DropTable, Name()),
        "RenameTable" => New(SchemaOperationKind.RenameTable, Name()) with { NewName = _arguments.String("newName") },
        "CreateIndex" => New(SchemaOperationKind.CreateIndex) with
        {
            Index = Index(unique: _arguments.Boolean("unique") == true) with { IsFullTextOrSpatial = HasTrueAnnotation("MySql:FullTextIndex", "MySql:SpatialIndex") },
            ObjectName = Name(),

            // Npgsql runs CREATE INDEX CONCURRENTLY as a command of its own outside the migration's transaction.
            SuppressesTransaction = HasTrueAnnotation("Npgsql:CreatedConcurrently"),
        },
        // Npgsql ignores CreatedConcurrently on a drop and writes a plain DROP INDEX (checked against Npgsql 10).
        "DropIndex" => New(SchemaOperationKind.DropIndex) with { ObjectName = Name(), IsConcurrent = HasTrueAnnotation("SqlServer:Online") },
        "RenameIndex" => New(SchemaOperationKind.RenameIndex) with { ObjectName = Name(), NewName = _arguments.String("newName") },
        "AddPrimaryKey" => New(SchemaOperationKind.AddPrimaryKey) with { ObjectName = Name(), Index = Index(unique: true) },
        "AddUniqueConstraint" => New(SchemaOperationKind.AddUniqueConstraint) with { ObjectName = Name(), Index = Index(unique: true) },
        "AddForeignKey" => New(SchemaOperationKind.AddForeignKey) with { ObjectName = Name(), ValidatesExistingRows = true },
        "AddCheckConstraint" => New(SchemaOperationKind.AddCheckConstraint) with { ObjectName = Name(), Sql = _arguments.String("sql"), ValidatesExistingRows = true },
        "DropPrimaryKey" or "DropForeignKey" or "DropUniqueConstraint" or "DropCheckConstraint" => New(SchemaOperationKind.DropConstraint) with { ObjectName = Name() },
        "InsertData" => New(SchemaOperationKind.ModifyData) with { DataChange = DataChangeKind.Insert },
        "UpdateData" => New(SchemaOperationKind.ModifyData) with { HasWhereClause = true, DataChange = DataChangeKind.Update },
        "DeleteData" => New(SchemaOperationKind.ModifyData) with { HasWhereClause = true, DataChange = DataChangeKind.Delete },
        "Sql" => new SchemaOperation(SchemaOperationKind.UnrecognisedSql, ArgumentLocation("sql"))
        {
            Sql = _arguments.String("sql"),
            IsFromEmbeddedSql = true,
            SuppressesTransaction = SuppressesTransaction(_call),
        },
        _ => null,
    };

    /// <summary>True for <c>migrationBuilder.Sql(…, suppressTransaction: true)</c>.</summary>
    public static bool SuppressesTransaction(IInvocationOperation call) =>
        call.TargetMethod.Name == "Sql" && new OperationArguments(call).Boolean("suppressTransaction") == true;

    private SchemaOperation New(SchemaOperationKind kind, string? tableName = null) =>
        new(kind, MethodNameLocation())
        {
            Table = (tableName ?? _arguments.String("table")) is { } table ? new SchemaObjectName(_arguments.String("schema"), table) : null,
        };

    private string? Name() => _arguments.String("name");

    private ColumnDefinition NewColumn() => new()
    {
        Name = Name(),
        ClrType = _call.TargetMethod.TypeArguments.FirstOrDefault()?.ToDisplayString(),
        StoreType = _arguments.String("type"),
        IsNullable = _arguments.Boolean("nullable") ?? false,
        MaxLength = _arguments.Integer("maxLength"),
        Precision = _arguments.Integer("precision"),
        Scale = _arguments.Integer("scale"),
        Default = ColumnDefaults.FromValue(_arguments.Value("defaultValue")) ?? ColumnDefaults.FromSql(_arguments.String("defaultValueSql")),
        IsStoredComputed = _arguments.String("computedColumnSql") is not null && _arguments.Boolean("stored") == true,
        IsIdentity = _annotations.Keys.Any(IsIdentityAnnotation),
        IsComputed = _arguments.String("computedColumnSql") is not null || _arguments.Boolean("rowVersion") == true,
    };

    private ColumnDefinition OldColumn() => new()
    {
        Name = Name(),
        ClrType = _arguments.TypeOf("oldClrType")?.ToDisplayString(),
        StoreType = _arguments.String("oldType"),
        IsNullable = _arguments.Boolean("oldNullable"),
        MaxLength = _arguments.Integer("oldMaxLength"),
        Precision = _arguments.Integer("oldPrecision"),
        Scale = _arguments.Integer("oldScale"),
        Default = ColumnDefaults.FromValue(_arguments.Value("oldDefaultValue")) ?? ColumnDefaults.FromSql(_arguments.String("oldDefaultValueSql")),
    };

    private IndexDefinition Index(bool unique) =>
        new(Name(), _arguments.Strings("column").Concat(_arguments.Strings("columns")).ToImmutableArray(), unique, IsConcurrent(), _arguments.String("filter"));

    /// <summary>Npgsql's CreatedConcurrently and SQL Server's Online annotations make index work non-blocking.</summary>
    private bool IsConcurrent() => HasTrueAnnotation("Npgsql:CreatedConcurrently", "SqlServer:Online");

    private bool HasTrueAnnotation(params string[] names) =>
        _annotations.Any(annotation => names.Contains(annotation.Key) && annotation.Value.ConstantValue is { HasValue: true, Value: true });

    private static bool IsIdentityAnnotation(string name) =>
        name is "SqlServer:Identity" || name.EndsWith(":ValueGenerationStrategy", StringComparison.Ordinal) || name.EndsWith(":IdentityOptions", StringComparison.Ordinal);

    private static ImmutableDictionary<string, IOperation> ReadAnnotations(IInvocationOperation call)
    {
        var annotations = ImmutableDictionary.CreateBuilder<string, IOperation>(StringComparer.Ordinal);
        for (IOperation current = call; current.Parent is IInvocationOperation { TargetMethod.Name: "Annotation" } annotation && annotation.Instance == current; current = annotation)
        {
            if (annotation.Arguments.Length == 2 && OperationArguments.Unwrap(annotation.Arguments[0].Value).ConstantValue is { HasValue: true, Value: string name })
            {
                annotations[name] = OperationArguments.Unwrap(annotation.Arguments[1].Value);
            }
        }

        return annotations.ToImmutable();
    }

    private Location MethodNameLocation() =>
        _call.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Name.GetLocation() : _call.Syntax.GetLocation();

    private Location ArgumentLocation(string parameterName) => _arguments.Value(parameterName)?.Syntax.GetLocation() ?? MethodNameLocation();
}
