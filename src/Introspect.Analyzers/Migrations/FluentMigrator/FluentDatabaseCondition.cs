using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Migrations.FluentMigrator;

/// <summary>
/// The <c>IfDatabase(…)</c> conditions an expression runs under: <c>IfDatabase("postgres").Create…</c>, or any
/// expression inside <c>IfDatabase("postgres").Delegate(() => …)</c>. FluentMigrator runs it only when the
/// processor's database type or one of its aliases is named; a predicate cannot be read, so it reads as "any".
/// </summary>
internal sealed class FluentDatabaseCondition
{
    public static readonly FluentDatabaseCondition None = new(ImmutableArray<ImmutableHashSet<DatabaseProvider>>.Empty);

    // Each entry: the providers one IfDatabase names (Unknown stands for databases outside the four modelled ones).
    private readonly ImmutableArray<ImmutableHashSet<DatabaseProvider>> _conditions;

    private FluentDatabaseCondition(ImmutableArray<ImmutableHashSet<DatabaseProvider>> conditions) => _conditions = conditions;

    /// <summary>The provider a FluentMigrator database type or alias stands for (ProcessorIdConstants or a literal).</summary>
    public static DatabaseProvider ProviderOf(string databaseType)
    {
        var name = databaseType.Trim();
        return name.StartsWith("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSql
            : name.StartsWith("sqlserver", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.SqlServer
            : name.StartsWith("sqlite", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Sqlite
            : name.StartsWith("mysql", StringComparison.OrdinalIgnoreCase) || name.StartsWith("mariadb", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.MySql
            : DatabaseProvider.Unknown;
    }

    public static FluentDatabaseCondition Of(IPropertyReferenceOperation root, FluentMigratorTypes types)
    {
        var conditions = ImmutableArray.CreateBuilder<ImmutableHashSet<DatabaseProvider>>();
        if (root.Instance is not null && OperationArguments.Unwrap(root.Instance) is IInvocationOperation direct && types.IsIfDatabase(direct.TargetMethod))
        {
            AddNamed(conditions, direct);
        }

        for (var current = root.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation && DelegatingIfDatabase(current, types) is { } ifDatabase)
            {
                AddNamed(conditions, ifDatabase);
            }
        }

        return conditions.Count == 0 ? None : new FluentDatabaseCondition(conditions.ToImmutable());
    }

    /// <summary>Whether the expression runs on the provider: always when the provider is unknown (all branches are kept).</summary>
    public bool AppliesTo(DatabaseProvider provider) =>
        provider == DatabaseProvider.Unknown || _conditions.All(named => named.Contains(provider));

    /// <summary>The SQL dialect of the expression: the project's provider, else the one provider its conditions name.</summary>
    public DatabaseProvider Dialect(DatabaseProvider provider)
    {
        if (provider != DatabaseProvider.Unknown || _conditions.IsEmpty)
        {
            return provider;
        }

        var common = _conditions[0];
        foreach (var named in _conditions)
        {
            common = common.Intersect(named);
        }

        common = common.Remove(DatabaseProvider.Unknown);
        return common.Count == 1 ? common.First() : DatabaseProvider.Unknown;
    }

    /// <summary>
    /// The provider every <c>IfDatabase("…")</c> of the compilation names, when they all name the same one: a
    /// migrations project that guards its provider-specific expressions only ever for one database targets that
    /// database (the others it may run on, such as SQLite in tests, get the unguarded expressions). Read from
    /// syntax, so it costs one text search per file.
    /// </summary>
    public static DatabaseProvider FromUsage(Compilation compilation)
    {
        var named = new HashSet<DatabaseProvider>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetText().ToString().IndexOf("IfDatabase", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (InvokedName(invocation.Expression) != "IfDatabase")
                {
                    continue;
                }

                foreach (var argument in invocation.ArgumentList.Arguments)
                {
                    named.Add(argument.Expression switch
                    {
                        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => ProviderOf(literal.Token.ValueText),
                        MemberAccessExpressionSyntax constant => ProviderOf(constant.Name.Identifier.ValueText),
                        _ => DatabaseProvider.Unknown,
                    });
                }
            }
        }

        return named.Count == 1 ? named.First() : DatabaseProvider.Unknown;
    }

    private static string? InvokedName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };

    private static void AddNamed(ImmutableArray<ImmutableHashSet<DatabaseProvider>>.Builder conditions, IInvocationOperation ifDatabase)
    {
        var names = new OperationArguments(ifDatabase).Strings("databaseType").ToList();
        if (names.Count > 0)
        {
            conditions.Add(names.Select(ProviderOf).ToImmutableHashSet());
        }
    }

    /// <summary>The IfDatabase(…) of <c>IfDatabase(…).Delegate(lambda)</c> when the lambda is that argument.</summary>
    private static IInvocationOperation? DelegatingIfDatabase(IOperation lambda, FluentMigratorTypes types)
    {
        var current = lambda.Parent;
        while (current is IDelegateCreationOperation or IConversionOperation)
        {
            current = current.Parent;
        }

        return current is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Delegate" } invocation }
            && invocation.Instance is not null
            && OperationArguments.Unwrap(invocation.Instance) is IInvocationOperation ifDatabase
            && types.IsIfDatabase(ifDatabase.TargetMethod)
                ? ifDatabase
                : null;
    }
}
