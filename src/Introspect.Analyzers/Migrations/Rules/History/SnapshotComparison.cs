using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.Analyzers.Migrations.Rules.History;

/// <summary>
/// Whether a model snapshot reflects a migration's target model. <c>dotnet ef migrations add</c> writes the same model
/// code twice: as the migration Designer's BuildTargetModel and as the snapshot's BuildModel; it reads the snapshot
/// (not the migrations) the next time it scaffolds. After a merge of two branches that each added a migration, or a
/// snapshot change lost in a rebase, the two bodies differ. Compared token by token, so formatting, comments and
/// #pragma lines do not count.
/// </summary>
internal static class SnapshotComparison
{
    /// <summary>True or false when both bodies are in source; null when either is missing (a migration without a Designer).</summary>
    public static bool? Matches(INamedTypeSymbol snapshot, INamedTypeSymbol migration, CancellationToken cancellationToken)
    {
        var snapshotBody = Body(snapshot, "BuildModel", cancellationToken);
        var targetBody = Body(migration, "BuildTargetModel", cancellationToken);
        if (snapshotBody is null || targetBody is null)
        {
            return null;
        }

        using var snapshotTokens = snapshotBody.DescendantTokens().GetEnumerator();
        using var targetTokens = targetBody.DescendantTokens().GetEnumerator();
        while (true)
        {
            var moreSnapshot = snapshotTokens.MoveNext();
            var moreTarget = targetTokens.MoveNext();
            if (moreSnapshot != moreTarget)
            {
                return false;
            }

            if (!moreSnapshot)
            {
                return true;
            }

            if (snapshotTokens.Current.RawKind != targetTokens.Current.RawKind || snapshotTokens.Current.Text != targetTokens.Current.Text)
            {
                return false;
            }
        }
    }

    private static SyntaxNode? Body(INamedTypeSymbol type, string methodName, CancellationToken cancellationToken) =>
        type.GetMembers(methodName)
            .OfType<IMethodSymbol>()
            .SelectMany(method => method.DeclaringSyntaxReferences)
            .Select(reference => reference.GetSyntax(cancellationToken))
            .OfType<MethodDeclarationSyntax>()
            .Select(declaration => (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody)
            .FirstOrDefault(body => body is not null);
}
