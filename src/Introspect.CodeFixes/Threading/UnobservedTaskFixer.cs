using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR105 fixes. In async code: <c>_ = SendAsync()</c> becomes <c>await SendAsync()</c>. In a synchronous
/// <c>void</c> method or local function that may change: it becomes <c>async Task</c> and the call is awaited.
/// No fix for <c>a?.SendAsync()</c> (awaiting a null task throws), lambdas (they would become async void), or
/// places where <c>await</c> is not allowed.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnobservedTaskFixer))]
[Shared]
public sealed class UnobservedTaskFixer : CodeFixProvider
{
    private const string AwaitKey = "INTR105.AwaitTask";
    private const string MakeAsyncKey = "INTR105.MakeAsyncAndAwait";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnobservedTask);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (fixAllContext, document, diagnostics) =>
            await FixAsync(document, diagnostics, fixAllContext.CodeActionEquivalenceKey, fixAllContext.CancellationToken).ConfigureAwait(false));

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
            if (FixSite.Find(root, diagnostic) is not { } site)
            {
                continue;
            }

            if (site.IsInAsyncFunction)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Await the task",
                        cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), AwaitKey, cancellationToken),
                        equivalenceKey: AwaitKey),
                    diagnostic);
            }
            else if (await AsyncConversion.CanConvertAsync(context.Document, model, site.Function, context.CancellationToken).ConfigureAwait(false))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Make '{FunctionName(site.Function)}' async and await the task",
                        cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), MakeAsyncKey, cancellationToken),
                        equivalenceKey: MakeAsyncKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> FixAsync(
        Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var convertible = new Dictionary<SyntaxNode, bool>();
        foreach (var diagnostic in diagnostics)
        {
            if (FixSite.Find(root, diagnostic) is not { } site)
            {
                continue;
            }

            if (equivalenceKey == AwaitKey && site.IsInAsyncFunction)
            {
                editor.ReplaceNode(site.Target, (current, _) => AwaitedStatementExpression(current));
            }
            else if (equivalenceKey == MakeAsyncKey && !site.IsInAsyncFunction)
            {
                if (!convertible.TryGetValue(site.Function, out var canConvert))
                {
                    canConvert = await AsyncConversion.CanConvertAsync(document, model, site.Function, cancellationToken).ConfigureAwait(false);
                    convertible[site.Function] = canConvert;
                    if (canConvert)
                    {
                        // Once the function is async, every task it drops would turn into CS4014: await them all.
                        foreach (var dropped in DroppedTasks(site.Function, model, cancellationToken))
                        {
                            editor.ReplaceNode(dropped, (current, _) => AwaitedStatementExpression(current));
                        }

                        editor.ReplaceNode(site.Function, (current, _) => AsyncConversion.Convert(current));
                    }
                }

                if (canConvert && !IsDroppedTask(site.Target, model, cancellationToken))
                {
                    editor.ReplaceNode(site.Target, (current, _) => AwaitedStatementExpression(current));
                }
            }
        }

        return await ImportAdder.AddImportsAsync(editor.GetChangedDocument(), Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The calls whose task the function drops as a statement, outside nested lambdas and local functions.</summary>
    private static IEnumerable<ExpressionSyntax> DroppedTasks(SyntaxNode function, SemanticModel model, CancellationToken cancellationToken) =>
        function.DescendantNodes(node => node == function || node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .OfType<InvocationExpressionSyntax>()
            .Where(call => IsDroppedTask(call, model, cancellationToken));

    private static bool IsDroppedTask(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken) =>
        expression is InvocationExpressionSyntax { Parent: ExpressionStatementSyntax or ArrowExpressionClauseSyntax }
        && IsAwaitableTask(model.GetTypeInfo(expression, cancellationToken).Type);

    private static bool IsAwaitableTask(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (current.ContainingNamespace?.ToDisplayString() is "System.Threading.Tasks" or "System.Runtime.CompilerServices"
                && current.MetadataName is "Task" or "Task`1" or "ValueTask" or "ValueTask`1"
                    or "ConfiguredTaskAwaitable" or "ConfiguredTaskAwaitable`1" or "ConfiguredValueTaskAwaitable" or "ConfiguredValueTaskAwaitable`1")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>Call()</c> or <c>_ = Call()</c> becomes <c>await Call()</c>.</summary>
    private static SyntaxNode AwaitedStatementExpression(SyntaxNode current) => current switch
    {
        AssignmentExpressionSyntax discard => AwaitPlacement.Await(discard.Right.WithLeadingTrivia(discard.GetLeadingTrivia())),
        ExpressionSyntax call => AwaitPlacement.Await(call),
        _ => current,
    };

    private static string FunctionName(SyntaxNode function) => function switch
    {
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        LocalFunctionStatementSyntax local => local.Identifier.ValueText,
        _ => "method",
    };

    /// <summary>The statement expression to await (the call, or the whole discard) and the function it runs in.</summary>
    private sealed class FixSite
    {
        private FixSite(ExpressionSyntax target, SyntaxNode function, bool isInAsyncFunction)
        {
            Target = target;
            Function = function;
            IsInAsyncFunction = isInAsyncFunction;
        }

        public ExpressionSyntax Target { get; }

        public SyntaxNode Function { get; }

        public bool IsInAsyncFunction { get; }

        public static FixSite? Find(SyntaxNode root, Diagnostic diagnostic)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax call)
            {
                return null;
            }

            ExpressionSyntax? target = call.Parent switch
            {
                AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "_" }, Parent: ExpressionStatementSyntax } discard
                    when discard.Right == call => discard,
                ExpressionStatementSyntax or ArrowExpressionClauseSyntax => call,
                _ => null,
            };

            if (target is null || AwaitPlacement.EnclosingFunction(target) is not { } function || !AwaitPlacement.IsAllowedAt(target, function))
            {
                return null;
            }

            var isAsync = function switch
            {
                MethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.AsyncKeyword),
                LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.AsyncKeyword),
                AnonymousFunctionExpressionSyntax lambda => lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword),
                _ => false,
            };

            return new FixSite(target, function, isAsync);
        }
    }
}
