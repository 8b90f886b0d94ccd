using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Migrations.Sql;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Migrations.EfCore;

/// <summary>
/// Reads an EF Core migration class: its [Migration] id, the MigrationBuilder calls of Up and Down (SQL strings
/// broken into statements), and what Down offers.
/// </summary>
internal static class EfCoreMigrationReader
{
    public static MigrationDefinition? Read(
        INamedTypeSymbol type,
        EfCoreMigrationTypes types,
        DatabaseProvider provider,
        Compilation compilation,
        CancellationToken cancellationToken)
    {
        if (!types.IsMigration(type))
        {
            return null;
        }

        var up = TypeHierarchy.FindOverride(type, "Up", types.Migration);
        var down = TypeHierarchy.FindOverride(type, "Down", types.Migration);
        var upBody = MethodBodies.Operation(up, compilation, cancellationToken);
        var downBody = MethodBodies.Operation(down, compilation, cancellationToken);
        var upCalls = BuilderCalls(upBody, types).ToList();

        return new MigrationDefinition(
            Id(type, types),
            type.Name,
            MigrationFramework.EfCore,
            provider,
            ClassLocation(type, up),
            TargetModelDefaults.Mark(Operations(upCalls, provider), type, types, compilation, cancellationToken),
            Operations(BuilderCalls(downBody, types), provider),
            MethodBodies.RollbackOf(down, downBody))
        {
            SuppressesTransaction = upCalls.Any(MigrationBuilderCall.SuppressesTransaction),
        };
    }

    private static IEnumerable<IInvocationOperation> BuilderCalls(IOperation? body, EfCoreMigrationTypes types) =>
        body is null
            ? Enumerable.Empty<IInvocationOperation>()
            : body.Descendants().OfType<IInvocationOperation>().Where(call => types.IsBuilderCall(call.TargetMethod));

    private static ImmutableArray<SchemaOperation> Operations(IEnumerable<IInvocationOperation> calls, DatabaseProvider provider)
    {
        var operations = ImmutableArray.CreateBuilder<SchemaOperation>();
        foreach (var call in calls)
        {
            if (MigrationBuilderCall.Read(call) is not { } operation)
            {
                continue;
            }

            var suppressed = MigrationBuilderCall.SuppressesTransaction(call);
            if (operation is { Kind: SchemaOperationKind.UnrecognisedSql, Sql: { } sql })
            {
                var statements = SqlStatementReader.Read(sql, provider, _ => operation.Location);
                if (!statements.IsEmpty)
                {
                    operations.AddRange(statements.Select(statement => statement with { IsFromEmbeddedSql = true, SuppressesTransaction = suppressed }));
                    continue;
                }
            }

            operations.Add(suppressed ? operation with { SuppressesTransaction = true } : operation);
        }

        return operations.ToImmutable();
    }

    private static string Id(INamedTypeSymbol type, EfCoreMigrationTypes types) =>
        type.GetAttributes()
            .Where(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, types.MigrationAttribute))
            .Select(attribute => attribute.ConstructorArguments.FirstOrDefault().Value as string)
            .FirstOrDefault(id => id is not null)
        ?? type.Name;

    /// <summary>The class name in the file that holds Up (not the Designer file of the partial class).</summary>
    private static Location ClassLocation(INamedTypeSymbol type, IMethodSymbol? up)
    {
        var upTree = up?.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree;
        return type.Locations.FirstOrDefault(location => location.SourceTree == upTree) ?? type.Locations.First();
    }
}
