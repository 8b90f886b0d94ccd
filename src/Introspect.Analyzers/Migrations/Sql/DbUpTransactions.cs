using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.Analyzers.Migrations.Sql;

/// <summary>
/// Whether DbUp, when the compilation configures it, runs scripts in a transaction. DbUp's default is no transaction
/// (each statement commits on its own); <c>WithTransaction()</c>, <c>WithTransactionPerScript()</c> and
/// <c>WithTransactionAlwaysRollback()</c> wrap the scripts in one. Other runners (Evolve, Flyway, grate) are not
/// configured in C# code the same way and are not read here.
/// </summary>
internal static class DbUpTransactions
{
    private const string UpgradeEngineBuilder = "DbUp.Builder.UpgradeEngineBuilder";

    private static readonly string[] TransactionalCalls = ["WithTransaction", "WithTransactionPerScript", "WithTransactionAlwaysRollback"];

    /// <summary>Null when the compilation does not reference DbUp; otherwise whether one of its builders asks for a transaction.</summary>
    public static bool? RunsScriptsInTransaction(Compilation compilation, CancellationToken cancellationToken)
    {
        var builder = compilation.GetTypeByMetadataName(UpgradeEngineBuilder);
        if (builder is null)
        {
            return null;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            // A text search first: only files that mention the calls are bound.
            var text = tree.GetText(cancellationToken).ToString();
            if (text.IndexOf("WithTransaction", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var model = compilation.GetSemanticModel(tree);
            foreach (var invocation in tree.GetRoot(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                var name = invocation.Expression switch
                {
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    _ => null,
                };
                if (name is null || Array.IndexOf(TransactionalCalls, name) < 0)
                {
                    continue;
                }

                if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method
                    && SymbolEqualityComparer.Default.Equals((method.ReducedFrom ?? method).Parameters.FirstOrDefault()?.Type, builder))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
