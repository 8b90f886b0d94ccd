using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Introspect.Analyzers.Knowledge;
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
/// INTR107 fix: <c>lock (this)</c>, <c>lock (typeof(X))</c> and <c>lock ("name")</c> lock on a new private readonly
/// field instead (a <c>System.Threading.Lock</c> where the framework and language have it). Every lock on the same
/// object in the type is rewritten together; when that cannot be done (see <see cref="GatePlan"/>), no fix is offered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LockOnWeakIdentityFixer))]
[Shared]
public sealed class LockOnWeakIdentityFixer : CodeFixProvider
{
    private const string Title = "Lock on a private readonly field";

    /// <summary>Target-typed <c>new()</c> arrived in C# 9.</summary>
    private const int CSharp9 = 900;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LockOnWeakIdentity);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        // The project-wide index is built at most once per request, and only when a lock can be rewritten.
        LockSiteIndex? index = null;
        return DiagnosticFixes.RegisterEachAsync(context, async (document, diagnostic) =>
        {
            if (FindRewritableLock(document.Root, diagnostic) is not { } lockStatement)
            {
                return null;
            }

            index ??= await LockSiteIndex.BuildAsync(document.Document.Project, document.CancellationToken).ConfigureAwait(false);
            return index is not null && GatePlan.TryCreate(index, document.Model, lockStatement, new HashSet<string>(), document.CancellationToken) is { } plan
                ? CodeAction.Create(Title, cancellationToken => ApplyAsync(document.Document, [plan], cancellationToken), equivalenceKey: Title)
                : null;
        });
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var cancellationToken = context.CancellationToken;
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var index = await LockSiteIndex.BuildAsync(document.Project, cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || index is null)
        {
            return document;
        }

        var plans = new List<GatePlan>();
        var namesTaken = new HashSet<string>();
        var rewritten = new HashSet<ExpressionSyntax>();
        foreach (var diagnostic in diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start))
        {
            // One plan covers every lock on its object, so the other diagnostics on that object are already handled.
            if (FindRewritableLock(root, diagnostic) is { } lockStatement
                && !rewritten.Contains(lockStatement.Expression)
                && GatePlan.TryCreate(index, model, lockStatement, namesTaken, cancellationToken) is { } plan)
            {
                plans.Add(plan);
                rewritten.UnionWith(plan.LockExpressions);
            }
        }

        return plans.Count == 0 ? document : await ApplyAsync(document, plans, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The lock statement around a diagnostic on <c>this</c>, a Type or a string; Monitor calls are never rewritten.</summary>
    private static LockStatementSyntax? FindRewritableLock(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(LockTargetKindExtensions.PropertyKey, out var kind)
            || kind is not (nameof(LockTargetKind.ThisInstance) or nameof(LockTargetKind.TypeObject) or nameof(LockTargetKind.String)))
        {
            return null;
        }

        var span = diagnostic.Location.SourceSpan;
        return root.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<LockStatementSyntax>() is { } lockStatement
            && lockStatement.Expression.Span == span
                ? lockStatement
                : null;
    }

    private static async Task<Document> ApplyAsync(Document document, IReadOnlyList<GatePlan> plans, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var languageVersion = (editor.OriginalRoot.SyntaxTree.Options as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.CSharp8;

        foreach (var plan in plans)
        {
            foreach (var expression in plan.LockExpressions)
            {
                editor.ReplaceNode(expression, SyntaxFactory.IdentifierName(plan.FieldName).WithTriviaFrom(expression));
            }
        }

        foreach (var plansInType in plans.GroupBy(plan => plan.TypeDeclaration))
        {
            var fields = plansInType.Select(plan => CreateField(plan, languageVersion)).ToArray();
            editor.ReplaceNode(plansInType.Key, (current, _) => InsertFields((TypeDeclarationSyntax)current, fields));
        }

        // The qualified System.Threading.Lock gets its using directive here and is shortened by the simplifier.
        return await ImportAdder.AddImportsAsync(editor.GetChangedDocument(), Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static FieldDeclarationSyntax CreateField(GatePlan plan, LanguageVersion languageVersion)
    {
        TypeSyntax type = plan.UseLockType
            ? SyntaxFactory.ParseTypeName(WellKnownTypeNames.Lock).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation)
            : SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.ObjectKeyword));
        ExpressionSyntax creation = (int)languageVersion >= CSharp9
            ? SyntaxFactory.ImplicitObjectCreationExpression()
            : SyntaxFactory.ObjectCreationExpression(type.WithoutAnnotations(Simplifier.AddImportsAnnotation), SyntaxFactory.ArgumentList(), initializer: null);

        var modifiers = SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.PrivateKeyword));
        if (plan.IsStatic)
        {
            modifiers = modifiers.Add(SyntaxFactory.Token(SyntaxKind.StaticKeyword));
        }

        return SyntaxFactory.FieldDeclaration(
                SyntaxFactory.VariableDeclaration(
                    type,
                    SyntaxFactory.SingletonSeparatedList(
                        SyntaxFactory.VariableDeclarator(plan.FieldName).WithInitializer(SyntaxFactory.EqualsValueClause(creation)))))
            .WithModifiers(modifiers.Add(SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword)))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>After the type's last field, or first in the type when it has none.</summary>
    private static TypeDeclarationSyntax InsertFields(TypeDeclarationSyntax type, FieldDeclarationSyntax[] fields)
    {
        var members = type.Members;
        var lastField = -1;
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i] is FieldDeclarationSyntax)
            {
                lastField = i;
            }
        }

        if (lastField < 0 && members.Count > 0)
        {
            // Keep a blank line between the new fields and the first member, as a person would write it.
            members = members.Replace(members[0], members[0].WithLeadingTrivia(members[0].GetLeadingTrivia().Insert(0, SyntaxFactory.ElasticCarriageReturnLineFeed)));
        }

        return type.WithMembers(members.InsertRange(lastField + 1, fields));
    }
}
