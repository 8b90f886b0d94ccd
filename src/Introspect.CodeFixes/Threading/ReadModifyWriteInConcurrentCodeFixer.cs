using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Introspect.Analyzers.Knowledge;
using Introspect.Analyzers.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR121 fix: <c>count++;</c> becomes <c>Interlocked.Increment(ref count);</c>, <c>count--;</c>
/// <c>Interlocked.Decrement</c>, <c>total += n;</c> and <c>total = total + n;</c> <c>Interlocked.Add(ref total, n);</c>,
/// <c>total -= n;</c> <c>Interlocked.Add(ref total, -n);</c>. Offered only where the analyzer found it a drop-in
/// (an int or long variable, the update a statement of its own).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadModifyWriteInConcurrentCodeFixer))]
[Shared]
public sealed class ReadModifyWriteInConcurrentCodeFixer : CodeFixProvider
{
    private const string Title = "Use Interlocked";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ReadModifyWriteInConcurrentCode);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(ReadModifyWriteInConcurrentCodeAnalyzer.InterlockedProperty, out var method) && method is not null
                && root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax { Parent: ExpressionStatementSyntax } update
                && Rewrite(update, method, model, context.CancellationToken) is { } replacement)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, cancellationToken => ReplaceAsync(context.Document, update, replacement, cancellationToken), equivalenceKey: Title),
                    diagnostic);
            }
        }
    }

    private static ExpressionSyntax? Rewrite(ExpressionSyntax update, string method, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetOperation(update, cancellationToken) is not { } operation
            || ReadModifyWrite.From(operation) is not { } found
            || found.Target.Syntax is not ExpressionSyntax target)
        {
            return null;
        }

        var arguments = new List<ArgumentSyntax>
        {
            SyntaxFactory.Argument(null, SyntaxFactory.Token(SyntaxKind.RefKeyword).WithTrailingTrivia(SyntaxFactory.Space), target.WithoutTrivia()),
        };
        if (method is "Add" or "Subtract")
        {
            if (found.Addend?.Syntax is not ExpressionSyntax addend)
            {
                return null;
            }

            addend = addend.WithoutTrivia();
            arguments.Add(SyntaxFactory.Argument(method == "Add" ? addend : Negate(addend)));
        }

        var callee = SyntaxFactory.ParseExpression("System.Threading.Interlocked." + (method == "Subtract" ? "Add" : method))
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        return SyntaxFactory.InvocationExpression(callee, SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments)))
            .WithTriviaFrom(update);
    }

    private static ExpressionSyntax Negate(ExpressionSyntax value) =>
        SyntaxFactory.PrefixUnaryExpression(
            SyntaxKind.UnaryMinusExpression,
            value is IdentifierNameSyntax or LiteralExpressionSyntax or MemberAccessExpressionSyntax ? value : SyntaxFactory.ParenthesizedExpression(value));

    private static async Task<Document> ReplaceAsync(Document document, SyntaxNode original, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var updated = document.WithSyntaxRoot(root.ReplaceNode(original, replacement));
        updated = await ImportAdder.AddImportsAsync(updated, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Simplifier.ReduceAsync(updated, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
