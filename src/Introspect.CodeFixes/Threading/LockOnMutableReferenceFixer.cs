using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR108 fix: a lock field that is not readonly becomes readonly, but only when every write to it is its initializer
/// or is in its type's constructors (see <see cref="FieldWrites"/>); otherwise no fix is offered. New objects, locals
/// and properties have no mechanical fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LockOnMutableReferenceFixer))]
[Shared]
public sealed class LockOnMutableReferenceFixer : CodeFixProvider
{
    private const string Title = "Make the lock field readonly";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LockOnMutableReference);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await FindFixableFieldAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is ({ } declaringDocument, { } declaration))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, cancellationToken => MakeReadonlyAsync(declaringDocument, declaration, cancellationToken), equivalenceKey: Title),
                    diagnostic);
            }
        }
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        // Several locks on one field give several diagnostics; the field gets its readonly once.
        var declarations = new HashSet<FieldDeclarationSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (await FindFixableFieldAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false) is ({ } declaringDocument, { } declaration)
                && declaringDocument.Id == document.Id)
            {
                declarations.Add(declaration);
            }
        }

        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        return root is null || declarations.Count == 0
            ? document
            : document.WithSyntaxRoot(root.ReplaceNodes(declarations, (original, _) => WithReadonly(original)));
    }

    private static async Task<(Document Document, FieldDeclarationSyntax Declaration)?> FindFixableFieldAsync(
        Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(LockTargetKindExtensions.PropertyKey, out var kind) || kind != nameof(LockTargetKind.MutableField))
        {
            return null;
        }

        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var operation = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax target
            ? model?.GetOperation(LockSite.Unwrap(target), cancellationToken)
            : null;
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        if (operation is not IFieldReferenceOperation { Field.OriginalDefinition: var field }
            || field.DeclaringSyntaxReferences.Length != 1
            || await field.DeclaringSyntaxReferences[0].GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax declaration }
            || declaration.Modifiers.Any(modifier => modifier.Kind() is SyntaxKind.ReadOnlyKeyword or SyntaxKind.VolatileKeyword or SyntaxKind.ConstKeyword or SyntaxKind.RequiredKeyword or SyntaxKind.FixedKeyword))
        {
            return null;
        }

        var solution = document.Project.Solution;
        var declaringDocument = solution.GetDocument(declaration.SyntaxTree);
        var declaringModel = declaringDocument is null ? null : await declaringDocument.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (declaringDocument is null || declaringModel is null)
        {
            return null;
        }

        // readonly applies to every variable of the declaration, so each of them must allow it.
        foreach (var variable in declaration.Declaration.Variables)
        {
            if (declaringModel.GetDeclaredSymbol(variable, cancellationToken) is not IFieldSymbol declared
                || !await FieldWrites.AreOnlyInitializationAsync(declared, solution, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }

        return (declaringDocument, declaration);
    }

    private static async Task<Solution> MakeReadonlyAsync(Document document, FieldDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null
            ? document.Project.Solution
            : document.WithSyntaxRoot(root.ReplaceNode(declaration, WithReadonly(declaration))).Project.Solution;
    }

    /// <summary>Adds <c>readonly</c> where the usual modifier order puts it: after static and new, before unsafe.</summary>
    private static FieldDeclarationSyntax WithReadonly(FieldDeclarationSyntax declaration)
    {
        var modifiers = declaration.Modifiers;
        if (modifiers.Count == 0)
        {
            var type = declaration.Declaration.Type;
            var keyword = SyntaxFactory.Token(type.GetLeadingTrivia(), SyntaxKind.ReadOnlyKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
            return declaration
                .WithDeclaration(declaration.Declaration.WithType(type.WithLeadingTrivia()))
                .WithModifiers(SyntaxFactory.TokenList(keyword));
        }

        var position = modifiers.IndexOf(SyntaxKind.UnsafeKeyword);
        var readonlyKeyword = SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        return declaration.WithModifiers(position < 0 ? modifiers.Add(readonlyKeyword) : modifiers.Insert(position, readonlyKeyword));
    }
}
