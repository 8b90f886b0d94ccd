using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Migrations.EfCore;

/// <summary>
/// The columns of <c>CreateTable(columns: table => new { Id = table.Column&lt;int&gt;(…), … })</c>: each property of the
/// anonymous object is a column, named by <c>name:</c> when given, else by the property.
/// </summary>
internal static class CreateTableColumns
{
    public static ImmutableArray<ColumnDefinition> Read(IOperation? columnsLambda)
    {
        var creation = columnsLambda?.Descendants().OfType<IAnonymousObjectCreationOperation>().FirstOrDefault();
        if (creation is null)
        {
            return ImmutableArray<ColumnDefinition>.Empty;
        }

        var columns = ImmutableArray.CreateBuilder<ColumnDefinition>();
        foreach (var initializer in creation.Initializers.OfType<ISimpleAssignmentOperation>())
        {
            var column = initializer.Value.DescendantsAndSelf().OfType<IInvocationOperation>().FirstOrDefault(call => call.TargetMethod.Name == "Column");
            if (column is null)
            {
                continue;
            }

            var arguments = new OperationArguments(column);
            columns.Add(new ColumnDefinition
            {
                Name = arguments.String("name") ?? (initializer.Target as IPropertyReferenceOperation)?.Property.Name,
                ClrType = column.TargetMethod.TypeArguments.FirstOrDefault()?.ToDisplayString(),
                StoreType = arguments.String("type"),
                IsNullable = arguments.Boolean("nullable") ?? false,
                MaxLength = arguments.Integer("maxLength"),
                Default = ColumnDefaults.FromValue(arguments.Value("defaultValue")) ?? ColumnDefaults.FromSql(arguments.String("defaultValueSql")),
            });
        }

        return columns.ToImmutable();
    }
}
