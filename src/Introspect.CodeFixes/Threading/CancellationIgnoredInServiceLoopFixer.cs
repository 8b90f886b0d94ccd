using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR128 fix: <c>while (true)</c> (and <c>do … while (true)</c>) loops while the token in scope is not cancelled:
/// <c>while (!stoppingToken.IsCancellationRequested)</c>. The token is chosen as for the INTR104 fix; with none in
/// scope, or any other loop shape, no fix is offered: where the token belongs then is a decision, not a rewrite.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CancellationIgnoredInServiceLoopFixer))]
[Shared]
public sealed class CancellationIgnoredInServiceLoopFixer : CodeFixProvider
{
    private const string Title = "Loop while the token is not cancelled";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CancellationIgnoredInServiceLoop);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        DiagnosticFixes.RegisterEachAsync(context, (document, diagnostic) =>
        {
            if (TrueCondition(document.FindNode(diagnostic)) is not { } condition
                || CancellationTokenInScope.Find(document.Model, condition, document.CancellationToken) is not { } token)
            {
                return null;
            }

            var replacement = SyntaxFactory.PrefixUnaryExpression(
                    SyntaxKind.LogicalNotExpression,
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, token, SyntaxFactory.IdentifierName("IsCancellationRequested")))
                .WithTriviaFrom(condition);
            return CodeAction.Create(
                Title,
                _ => Task.FromResult(document.Document.WithSyntaxRoot(document.Root.ReplaceNode(condition, replacement))),
                equivalenceKey: Title);
        });

    /// <summary>The literal <c>true</c> of the <c>while</c> or <c>do</c> loop the diagnostic is on.</summary>
    private static ExpressionSyntax? TrueCondition(SyntaxNode node)
    {
        var condition = node switch
        {
            WhileStatementSyntax whileStatement => whileStatement.Condition,
            DoStatementSyntax doStatement => doStatement.Condition,
            _ => null,
        };

        return condition is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.TrueLiteralExpression) ? condition : null;
    }
}
