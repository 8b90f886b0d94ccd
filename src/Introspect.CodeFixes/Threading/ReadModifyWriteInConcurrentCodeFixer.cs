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

    // One pass per document, so the using directive is added once rather than once per fix (which the batch fixer drops as a conflict).
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

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
            if (Plan(diagnostic, root, model, context.CancellationToken) is ({ } update, { } replacement))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title,
                        cancellationToken => ReplaceAsync(context.Document, new Dictionary<SyntaxNode, SyntaxNode> { [update] = replacement }, cancellationToken),
                        equivalenceKey: Title),
                    diagnostic);
            }
        }
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (Plan(diagnostic, root, model, context.CancellationToken) is ({ } update, { } replacement))
            {
                replacements[update] = replacement;
            }
        }

        return replacements.Count == 0 ? document : await ReplaceAsync(document, replacements, context.CancellationToken).ConfigureAwait(false);
    }

    private static (ExpressionSyntax Update, ExpressionSyntax Replacement)? Plan(Diagnostic diagnostic, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken) =>
        diagnostic.Properties.TryGetValue(ReadModifyWriteInConcurrentCodeAnalyzer.InterlockedProperty, out var method) && method is not null
        && root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax { Parent: ExpressionStatementSyntax } update
        && Rewrite(update, method, model, cancellationToken) is { } replacement
            ? (update, replacement)
            : null;

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

    private static async Task<Document> ReplaceAsync(Document document, Dictionary<SyntaxNode, SyntaxNode> replacements, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var updated = document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
        updated = await ImportAdder.AddImportsAsync(updated, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Simplifier.ReduceAsync(updated, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
