using System.Collections.Immutable;
using System.Globalization;
using Introspect.Analyzers.Knowledge;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Migrations.Sql;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Migrations.FluentMigrator;

/// <summary>
/// Reads a FluentMigrator migration class: its [Migration] version, the fluent expressions of Up and Down (each read
/// from its root — Create, Alter, Delete, Rename, Execute, Insert, Update, or an IfDatabase(…) root — with
/// Execute.Sql strings broken into statements), and what Down offers.
/// </summary>
internal static class FluentMigratorReader
{
    public static MigrationDefinition? Read(
        INamedTypeSymbol type,
        FluentMigratorTypes types,
        DatabaseProvider provider,
        Compilation compilation,
        CancellationToken cancellationToken)
    {
        if (!types.IsMigration(type))
        {
            return null;
        }

        var up = types.FindOverride(type, "Up");
        var down = types.FindOverride(type, "Down");
        var downBody = MethodBodies.Operation(down, compilation, cancellationToken);
        var attribute = type.GetAttributes().FirstOrDefault(candidate => types.IsMigrationAttribute(candidate.AttributeClass));

        return new MigrationDefinition(
            Version(attribute) ?? type.Name,
            type.Name,
            MigrationFramework.FluentMigrator,
            provider,
            ClassLocation(type, up),
            Operations(MethodBodies.Operation(up, compilation, cancellationToken), types, provider),
            Operations(downBody, types, provider),
            Rollback(type, types, down, downBody))
        {
            SuppressesTransaction = attribute is not null && SuppressesTransaction(attribute),
        };
    }

    private static ImmutableArray<SchemaOperation> Operations(IOperation? body, FluentMigratorTypes types, DatabaseProvider provider)
    {
        if (body is null)
        {
            return ImmutableArray<SchemaOperation>.Empty;
        }

        var operations = ImmutableArray.CreateBuilder<SchemaOperation>();
        foreach (var root in body.Descendants().OfType<IPropertyReferenceOperation>().Where(reference => types.IsExpressionRoot(reference.Property)))
        {
            var condition = FluentDatabaseCondition.Of(root, types);
            if (!condition.AppliesTo(provider))
            {
                continue;
            }

            foreach (var operation in FluentExpressionReader.Read(FluentExpressionChain.From(root), provider))
            {
                if (operation is { Kind: SchemaOperationKind.UnrecognisedSql, Sql: { } sql })
                {
                    var statements = SqlStatementReader.Read(sql, condition.Dialect(provider), _ => operation.Location);
                    if (!statements.IsEmpty)
                    {
                        operations.AddRange(statements.Select(statement => statement with { IsFromEmbeddedSql = true }));
                        continue;
                    }
                }

                operations.Add(operation);
            }
        }

        return operations.ToImmutable();
    }

    /// <summary>
    /// A Down written in source (in the class or a custom base) says it all; without one, AutoReversingMigration
    /// reverses Up itself (its Down is sealed), AutoScriptMigration runs a down script by convention, and
    /// ForwardOnlyMigration (whose Down is sealed too) has none.
    /// </summary>
    private static RollbackState Rollback(INamedTypeSymbol type, FluentMigratorTypes types, IMethodSymbol? down, IOperation? downBody)
    {
        if (down is not null)
        {
            return MethodBodies.RollbackOf(down, downBody);
        }

        if (TypeHierarchy.DerivesFrom(type, types.AutoReversingMigration))
        {
            return RollbackState.Automatic;
        }

        return TypeHierarchy.DerivesFrom(type, types.AutoScriptMigration) ? RollbackState.NotApplicable : RollbackState.Missing;
    }

    /// <summary>
    /// [Migration(2026020101, "…")] gives the version; [TimestampedMigration(2026, 2, 1, 10, 30)] the timestamp it
    /// stands for (yyyyMMddHHmmss). A custom attribute that computes its version cannot be read: null.
    /// </summary>
    private static string? Version(AttributeData? attribute)
    {
        var arguments = attribute?.ConstructorArguments ?? ImmutableArray<TypedConstant>.Empty;
        if (arguments.IsEmpty || arguments[0].Kind != TypedConstantKind.Primitive)
        {
            return null;
        }

        if (arguments[0].Value is long or int or ulong or uint)
        {
            return Convert.ToString(arguments[0].Value, CultureInfo.InvariantCulture);
        }

        var parts = arguments.TakeWhile(argument => argument.Value is ushort).Select(argument => (int)(ushort)argument.Value!).ToList();
        if (parts.Count is 5 or 6 && attribute!.AttributeClass?.Name == "TimestampedMigrationAttribute")
        {
            var second = parts.Count == 6 ? parts[5] : 0;
            return string.Format(CultureInfo.InvariantCulture, "{0:0000}{1:00}{2:00}{3:00}{4:00}{5:00}", parts[0], parts[1], parts[2], parts[3], parts[4], second);
        }

        return null;
    }

    /// <summary>[Migration(version, TransactionBehavior.None)] runs outside a transaction.</summary>
    private static bool SuppressesTransaction(AttributeData attribute) =>
        attribute.ConstructorArguments.Any(argument => argument.Type?.Name == "TransactionBehavior" && argument.Value is 1);

    private static Location ClassLocation(INamedTypeSymbol type, IMethodSymbol? up)
    {
        var upTree = up?.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree;
        return type.Locations.FirstOrDefault(location => location.SourceTree == upTree) ?? type.Locations.First();
    }
}
