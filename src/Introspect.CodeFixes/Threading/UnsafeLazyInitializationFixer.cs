using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Introspect.Analyzers.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR127 fix for unsynchronised first-use creation: <c>s_x ??= Create();</c> and <c>if (s_x == null) s_x = Create();</c>
/// become <c>LazyInitializer.EnsureInitialized(ref s_x, ref s_xLock, () => Create());</c>, with a new
/// <c>object? s_xLock</c> field next to <c>s_x</c>. The lock overload runs the factory once. Offered where the analyzer
/// named the lock field (the rewrite is a drop-in) and the compilation has that overload.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnsafeLazyInitializationFixer))]
[Shared]
public sealed class UnsafeLazyInitializationFixer : CodeFixProvider
{
    private const string Title = "Use LazyInitializer.EnsureInitialized";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnsafeLazyInitialization);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || !HasLockOverload(model.Compilation))
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Plan(diagnostic, root, model, context.CancellationToken) is { } plan)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, cancellationToken => ApplyAsync(context.Document, [plan], cancellationToken), equivalenceKey: Title),
                    diagnostic);
            }
        }
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || !HasLockOverload(model.Compilation))
        {
            return document;
        }

        var plans = diagnostics.Select(diagnostic => Plan(diagnostic, root, model, context.CancellationToken)).OfType<Rewrite>().ToList();
        return plans.Count == 0 ? document : await ApplyAsync(document, plans, context.CancellationToken).ConfigureAwait(false);
    }

    private static Rewrite? Plan(Diagnostic diagnostic, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(UnsafeLazyInitializationAnalyzer.LockFieldProperty, out var lockName) || lockName is null
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not AssignmentExpressionSyntax assignment
            || model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is not IFieldSymbol field
            || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].SyntaxTree != root.SyntaxTree
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken).FirstAncestorOrSelf<FieldDeclarationSyntax>() is not { } declaration)
        {
            return null;
        }

        var call = SyntaxFactory.ParseExpression(
                $"System.Threading.LazyInitializer.EnsureInitialized(ref {assignment.Left.WithoutTrivia()}, ref {lockName}, () => {assignment.Right.WithoutTrivia()})")
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        if (assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression))
        {
            return new Rewrite(assignment, call.WithTriviaFrom(assignment), declaration, lockName, field.IsStatic, HasLock(field, lockName));
        }

        var statement = assignment.FirstAncestorOrSelf<IfStatementSyntax>();
        return statement is null
            ? null
            : new Rewrite(statement, SyntaxFactory.ExpressionStatement(call).WithTriviaFrom(statement), declaration, lockName, field.IsStatic, HasLock(field, lockName));
    }

    private static bool HasLock(IFieldSymbol field, string lockName) => !field.ContainingType.GetMembers(lockName).IsEmpty;

    private static bool HasLockOverload(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.Threading.LazyInitializer") is { } type
        && type.GetMembers("EnsureInitialized").OfType<IMethodSymbol>().Any(method =>
            method.Parameters.Length == 3
            && method.Parameters[1] is { RefKind: RefKind.Ref, Type.SpecialType: SpecialType.System_Object }
            && method.Parameters[2].Type.Name == "Func");

    private static async Task<Document> ApplyAsync(Document document, IReadOnlyList<Rewrite> plans, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            editor.ReplaceNode(plan.Replaced, plan.Replacement.WithAdditionalAnnotations(Formatter.Annotation));
            if (!plan.LockExists && added.Add(plan.LockName))
            {
                var modifiers = plan.IsStatic ? "private static" : "private";
                var lockField = SyntaxFactory.ParseMemberDeclaration($"{modifiers} object? {plan.LockName};")!
                    .WithLeadingTrivia(plan.Declaration.GetLeadingTrivia().Where(trivia => trivia.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse().Take(1))
                    .WithTrailingTrivia(plan.Declaration.GetTrailingTrivia());
                editor.InsertAfter(plan.Declaration, lockField);
            }
        }

        var changed = await ImportAdder.AddImportsAsync(editor.GetChangedDocument(), Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private sealed record Rewrite(SyntaxNode Replaced, SyntaxNode Replacement, FieldDeclarationSyntax Declaration, string LockName, bool IsStatic, bool LockExists);
}
