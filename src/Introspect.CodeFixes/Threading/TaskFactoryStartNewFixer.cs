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
using Microsoft.CodeAnalysis.Simplification;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR106 fixes: <c>Task.Factory.StartNew(work)</c> becomes <c>Task.Run(work)</c> where no argument would be lost;
/// otherwise <c>TaskScheduler.Default</c> is passed explicitly, and a nested task is unwrapped where its type may change.
/// Each rewrite is offered only if the compiler binds the new call as intended.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TaskFactoryStartNewFixer))]
[Shared]
public sealed class TaskFactoryStartNewFixer : CodeFixProvider
{
    private const string TaskRunTitle = "Use Task.Run";
    private const string AddSchedulerTitle = "Pass TaskScheduler.Default";
    private const string UnwrapTitle = "Unwrap the inner task";
    private const string UnwrapAndAddSchedulerTitle = "Unwrap the inner task and pass TaskScheduler.Default";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.TaskFactoryStartNew);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) => DiagnosticFixes.RegisterEachAsync(context, ActionFor);

    private static CodeAction? ActionFor(FixDocument document, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(TaskFactoryStartNewAnalyzer.FixProperty, out var fix)
            || document.FindNode(diagnostic).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation
            || document.Model.GetSymbolInfo(invocation, document.CancellationToken).Symbol is not IMethodSymbol method)
        {
            return null;
        }

        var (title, original, replacement) = fix switch
        {
            TaskFactoryStartNewAnalyzer.TaskRunFix => TaskRun(invocation, diagnostic),
            TaskFactoryStartNewAnalyzer.AddSchedulerFix => AddScheduler(invocation, method),
            TaskFactoryStartNewAnalyzer.UnwrapFix => Unwrap(invocation, method, diagnostic),
            _ => default,
        };

        if (original is null || replacement is null || !BindsAsIntended(document.Model, original, replacement, fix))
        {
            return null;
        }

        return CodeAction.Create(title, cancellationToken => ReplaceAsync(document.Document, original, replacement, cancellationToken), equivalenceKey: title);
    }

    /// <summary><c>Task.Factory.StartNew(work[, token])</c> (and a trailing <c>.Unwrap()</c>) becomes <c>Task.Run(work[, token])</c>.</summary>
    private static (string, ExpressionSyntax?, ExpressionSyntax?) TaskRun(InvocationExpressionSyntax invocation, Diagnostic diagnostic)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax
            {
                Name: var startNew,
                Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Factory", Expression: var task },
            })
        {
            return default;
        }

        // An explicit StartNew<T> is kept as Run<T>; for a nested task that would pick the wrong overload, so it is not offered.
        var replacesUnwrap = diagnostic.Properties.ContainsKey(TaskFactoryStartNewAnalyzer.ReplacesUnwrapProperty);
        SimpleNameSyntax run = SyntaxFactory.IdentifierName("Run");
        if (startNew is GenericNameSyntax generic)
        {
            if (replacesUnwrap || diagnostic.Properties.ContainsKey(TaskFactoryStartNewAnalyzer.NestedTaskProperty))
            {
                return default;
            }

            run = generic.WithIdentifier(SyntaxFactory.Identifier("Run"));
        }

        var taskRun = invocation.WithExpression(SyntaxFactory.MemberAccessExpression(
            SyntaxKind.SimpleMemberAccessExpression, task, run.WithTriviaFrom(startNew)));

        if (replacesUnwrap)
        {
            // StartNew(...).Unwrap(): the whole chain becomes Task.Run(...).
            return invocation.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Unwrap", Parent: InvocationExpressionSyntax unwrap }
                ? (TaskRunTitle, unwrap, taskRun.WithTriviaFrom(unwrap))
                : default;
        }

        return (TaskRunTitle, invocation, taskRun);
    }

    private static (string, ExpressionSyntax?, ExpressionSyntax?) AddScheduler(InvocationExpressionSyntax invocation, IMethodSymbol method) =>
        (AddSchedulerTitle, invocation, WithDefaultScheduler(invocation, method));

    private static (string, ExpressionSyntax?, ExpressionSyntax?) Unwrap(InvocationExpressionSyntax invocation, IMethodSymbol method, Diagnostic diagnostic)
    {
        var addScheduler = diagnostic.Properties.TryGetValue(TaskFactoryStartNewAnalyzer.MissingSchedulerProperty, out var missing) && missing == "true";
        var inner = addScheduler ? WithDefaultScheduler(invocation, method) : invocation;
        if (inner is null)
        {
            return default;
        }

        var unwrapped = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, inner.WithoutTrivia(), SyntaxFactory.IdentifierName("Unwrap")))
            .WithTriviaFrom(invocation);
        return (addScheduler ? UnwrapAndAddSchedulerTitle : UnwrapTitle, invocation, unwrapped);
    }

    private static InvocationExpressionSyntax? WithDefaultScheduler(InvocationExpressionSyntax invocation, IMethodSymbol method) =>
        SchedulerArguments.WithDefaultScheduler(invocation.ArgumentList, method, method.Name == "ContinueWith") is { } arguments
            ? invocation.WithArgumentList(arguments)
            : null;

    /// <summary>The rewritten call must bind to Task.Run, to an overload taking a TaskScheduler, or to Unwrap.</summary>
    private static bool BindsAsIntended(SemanticModel semanticModel, ExpressionSyntax original, ExpressionSyntax replacement, string? fix)
    {
        var symbol = semanticModel.GetSpeculativeSymbolInfo(original.SpanStart, replacement, SpeculativeBindingOption.BindAsExpression).Symbol;
        if (symbol is not IMethodSymbol bound)
        {
            return false;
        }

        return fix switch
        {
            TaskFactoryStartNewAnalyzer.TaskRunFix => bound.Name == "Run",
            TaskFactoryStartNewAnalyzer.UnwrapFix => bound.Name == "Unwrap",
            _ => bound.Parameters.Any(parameter => parameter.Type.Name == "TaskScheduler"),
        };
    }

    private static async Task<Document> ReplaceAsync(Document document, SyntaxNode original, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // TaskScheduler, CancellationToken and the options enums may need their using directives.
        var updated = document.WithSyntaxRoot(root.ReplaceNode(original, replacement));
        return await ImportAdder.AddImportsAsync(updated, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
