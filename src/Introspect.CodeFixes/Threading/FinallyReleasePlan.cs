using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// The INTR109 rewrite for one acquire: the statements between the acquire and the first release of the same lock
/// in the same block go into <c>try { ... }</c>, and that release into <c>finally { ... }</c>. Releases right before
/// a <c>return</c> or <c>throw</c> inside the moved code are dropped, since the finally now does them. Only planned
/// when the result means the same thing: nothing else releases the lock in the moved code, no local declared
/// there is used outside it, and no label is moved.
/// </summary>
internal sealed class FinallyReleasePlan : IAcquireRewrite
{
    private readonly BlockSyntax _block;
    private readonly int _acquireIndex;
    private readonly int _releaseIndex;
    private readonly HashSet<StatementSyntax> _earlyReleases;

    private FinallyReleasePlan(BlockSyntax block, int acquireIndex, int releaseIndex, HashSet<StatementSyntax> earlyReleases)
    {
        _block = block;
        _acquireIndex = acquireIndex;
        _releaseIndex = releaseIndex;
        _earlyReleases = earlyReleases;
    }

    public static FinallyReleasePlan? Create(SemanticModel semanticModel, InvocationExpressionSyntax acquireSyntax, CancellationToken cancellationToken)
    {
        if (AcquireRewriteFix.ClassifyAcquire(semanticModel, acquireSyntax, cancellationToken, out var apis) is not { } acquire
            || StatementOf(acquireSyntax) is not { Parent: BlockSyntax block } acquireStatement)
        {
            return null;
        }

        var statements = block.Statements;
        var acquireIndex = statements.IndexOf(acquireStatement);
        var releaseIndex = -1;
        for (var i = acquireIndex + 1; i < statements.Count && releaseIndex < 0; i++)
        {
            if (IsReleaseOf(statements[i], acquire, semanticModel, apis, cancellationToken))
            {
                releaseIndex = i;
            }
        }

        if (releaseIndex <= acquireIndex + 1)
        {
            return null;
        }

        var moved = new List<StatementSyntax>();
        for (var i = acquireIndex + 1; i < releaseIndex; i++)
        {
            moved.Add(statements[i]);
        }

        var earlyReleases = new HashSet<StatementSyntax>();
        if (!TryCollectEarlyReleases(moved, acquire, semanticModel, apis, earlyReleases, cancellationToken)
            || moved.Any(statement => statement.DescendantNodesAndSelf().OfType<LabeledStatementSyntax>().Any())
            || UsesMovedDeclarationsOutside(block, acquireIndex, releaseIndex, semanticModel, cancellationToken))
        {
            return null;
        }

        return new FinallyReleasePlan(block, acquireIndex, releaseIndex, earlyReleases);
    }

    /// <summary>Moves the statements into a try block and the release into its finally.</summary>
    public void Apply(SyntaxEditor editor)
    {
        foreach (var release in _earlyReleases)
        {
            var parentBlock = (BlockSyntax)release.Parent!;
            var next = parentBlock.Statements[parentBlock.Statements.IndexOf(release) + 1];
            var trivia = release.GetLeadingTrivia();
            editor.ReplaceNode(next, (current, _) => current.WithLeadingTrivia(trivia));
            editor.RemoveNode(release, SyntaxRemoveOptions.KeepNoTrivia);
        }

        editor.ReplaceNode(_block, (current, _) => Restructure((BlockSyntax)current));
    }

    private BlockSyntax Restructure(BlockSyntax block)
    {
        var statements = block.Statements;
        var release = statements[_releaseIndex];
        var moved = statements.Skip(_acquireIndex + 1).Take(_releaseIndex - _acquireIndex - 1).ToList();

        // Blank lines before the first moved statement now go before the try; its comments stay with it.
        var leading = moved[0].GetLeadingTrivia();
        var layout = leading.TakeWhile(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia) || trivia.IsKind(SyntaxKind.WhitespaceTrivia));
        moved[0] = moved[0].WithLeadingTrivia(leading.Skip(layout.Count()));

        var tryStatement = SyntaxFactory.TryStatement(
                SyntaxFactory.Block(moved),
                default,
                SyntaxFactory.FinallyClause(SyntaxFactory.Block(release.WithoutLeadingTrivia())))
            .WithLeadingTrivia(layout)
            .WithTrailingTrivia(release.GetTrailingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);

        var rewritten = new List<StatementSyntax>();
        rewritten.AddRange(statements.Take(_acquireIndex + 1));
        rewritten.Add(tryStatement);
        rewritten.AddRange(statements.Skip(_releaseIndex + 1));
        return block.WithStatements(SyntaxFactory.List(rewritten));
    }

    private static StatementSyntax? StatementOf(InvocationExpressionSyntax invocation)
    {
        SyntaxNode current = invocation;
        while (current.Parent is AwaitExpressionSyntax or ParenthesizedExpressionSyntax
            || (current.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } member
                && member.Expression == current && member.Parent is InvocationExpressionSyntax))
        {
            current = current.Parent is MemberAccessExpressionSyntax ? current.Parent.Parent! : current.Parent;
        }

        return current.Parent as ExpressionStatementSyntax;
    }

    private static bool IsReleaseOf(
        StatementSyntax statement, LockCall acquire, SemanticModel semanticModel, LockApis apis, CancellationToken cancellationToken) =>
        statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax invocation }
        && semanticModel.GetOperation(invocation, cancellationToken) is IInvocationOperation operation
        && apis.Classify(operation) is { IsRelease: true } release
        && release.IsSameLock(acquire);

    // Every other release of the lock in the moved code must sit right before a return or throw in a block,
    // where the finally takes over; any other release (in a lambda, on a path that continues) blocks the fix.
    private static bool TryCollectEarlyReleases(
        List<StatementSyntax> moved, LockCall acquire, SemanticModel semanticModel, LockApis apis, HashSet<StatementSyntax> earlyReleases, CancellationToken cancellationToken)
    {
        foreach (var invocation in moved.SelectMany(statement => statement.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()))
        {
            if (semanticModel.GetOperation(invocation, cancellationToken) is not IInvocationOperation operation
                || apis.Classify(operation) is not { IsRelease: true } release
                || !release.IsSameLock(acquire))
            {
                continue;
            }

            if (invocation.Parent is not ExpressionStatementSyntax { Parent: BlockSyntax parentBlock } statement
                || invocation.Ancestors().Any(node => node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            {
                return false;
            }

            var index = parentBlock.Statements.IndexOf(statement);
            if (index + 1 >= parentBlock.Statements.Count || parentBlock.Statements[index + 1] is not (ReturnStatementSyntax or ThrowStatementSyntax))
            {
                return false;
            }

            earlyReleases.Add(statement);
        }

        return true;
    }

    // A local or local function declared in the moved code and used outside it would go out of scope.
    private static bool UsesMovedDeclarationsOutside(
        BlockSyntax block, int acquireIndex, int releaseIndex, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var movedSpan = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(
            block.Statements[acquireIndex + 1].SpanStart, block.Statements[releaseIndex - 1].Span.End);
        for (var i = 0; i < block.Statements.Count; i++)
        {
            if (i > acquireIndex && i < releaseIndex)
            {
                continue;
            }

            foreach (var identifier in block.Statements[i].DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                var symbol = semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol;
                if (symbol is ILocalSymbol or IMethodSymbol { MethodKind: MethodKind.LocalFunction }
                    && symbol.DeclaringSyntaxReferences.Any(reference => movedSpan.Contains(reference.Span)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
