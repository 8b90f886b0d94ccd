using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Introspect.CodeFixes.Threading;

/// <summary>INTR101 fix: <c>async void M()</c> becomes <c>async Task M()</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AsyncVoidMethodFixer))]
[Shared]
public sealed class AsyncVoidMethodFixer : CodeFixProvider
{
    private const string Title = "Return Task";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.AsyncVoidMethod);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var declaration = root?.FindToken(context.Span.Start).Parent;
        if (declaration is not (MethodDeclarationSyntax or LocalFunctionStatementSyntax))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                Title,
                cancellationToken => ReturnTaskAsync(context.Document, declaration, cancellationToken),
                equivalenceKey: Title),
            context.Diagnostics);
    }

    private static async Task<Document> ReturnTaskAsync(Document document, SyntaxNode declaration, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replacement = declaration switch
        {
            MethodDeclarationSyntax method => method.WithReturnType(TaskTypeSyntax.Returning(method.ReturnType)),
            LocalFunctionStatementSyntax local => (SyntaxNode)local.WithReturnType(TaskTypeSyntax.Returning(local.ReturnType)),
            _ => declaration,
        };

        // The qualified name gets its using directive here and is then shortened by the code action's simplifier.
        var updated = document.WithSyntaxRoot(root.ReplaceNode(declaration, replacement));
        return await ImportAdder.AddImportsAsync(updated, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
