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

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR126 fix, for the shapes the analyzer marked as plain: <c>if (!d.ContainsKey(k)) d[k] = v;</c> becomes
/// <c>d.TryAdd(k, v);</c>; <c>if (d.ContainsKey(k)) { ...; return; } d[k] = v;</c> becomes
/// <c>if (!d.TryAdd(k, v)) { ...; return; }</c>; <c>if (!d.TryGetValue(k, out var x)) { x = Create(); d[k] = x; }</c>
/// becomes <c>var x = d.GetOrAdd(k, _ => Create());</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CheckThenActOnConcurrentCollectionFixer))]
[Shared]
public sealed class CheckThenActOnConcurrentCollectionFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CheckThenActOnConcurrentCollection);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Plan(diagnostic, root) is { } plan)
            {
                var title = plan.Fix == CheckThenActOnConcurrentCollectionAnalyzer.GetOrAddFix ? "Use GetOrAdd" : "Use TryAdd";
                context.RegisterCodeFix(
                    CodeAction.Create(title, cancellationToken => ApplyAsync(context.Document, [plan], cancellationToken), equivalenceKey: title),
                    diagnostic);
            }
        }
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var plans = diagnostics.Select(diagnostic => Plan(diagnostic, root)).OfType<Rewrite>().ToList();
        return plans.Count == 0 ? document : await ApplyAsync(document, plans, context.CancellationToken).ConfigureAwait(false);
    }

    private static Rewrite? Plan(Diagnostic diagnostic, SyntaxNode root)
    {
        if (!diagnostic.Properties.TryGetValue(CheckThenActOnConcurrentCollectionAnalyzer.FixProperty, out var fix) || fix is null
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Expression: var dictionary },
                ArgumentList.Arguments: { Count: > 0 } arguments,
            } check
            || check.FirstAncestorOrSelf<IfStatementSyntax>() is not { } statement)
        {
            return null;
        }

        var key = arguments[0].Expression;
        switch (fix)
        {
            case CheckThenActOnConcurrentCollectionAnalyzer.TryAddFix when SingleStatement(statement.Statement) is { } add && AddedValue(add) is { } value:
                return new Rewrite(fix, statement, null, SyntaxFactory.ParseStatement($"{dictionary}.TryAdd({key}, {value});"));
            case CheckThenActOnConcurrentCollectionAnalyzer.TryAddOrLeaveFix
                when statement.Parent is BlockSyntax block && block.Statements.IndexOf(statement) is var index and >= 0
                    && index + 1 < block.Statements.Count && AddedValue(block.Statements[index + 1]) is { } value:
                var condition = SyntaxFactory.ParseExpression($"!{dictionary}.TryAdd({key}, {value})");
                return new Rewrite(fix, statement, block.Statements[index + 1], statement.WithCondition(condition));
            case CheckThenActOnConcurrentCollectionAnalyzer.GetOrAddFix
                when arguments.Count == 2 && arguments[1].Expression is DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax variable }
                    && statement.Statement is BlockSyntax { Statements.Count: 2 } created
                    && created.Statements[0] is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax create }:
                return new Rewrite(
                    fix,
                    statement,
                    null,
                    SyntaxFactory.ParseStatement($"var {variable.Identifier.ValueText} = {dictionary}.GetOrAdd({key}, _ => {create.Right});"));
            default:
                return null;
        }
    }

    private static StatementSyntax? SingleStatement(StatementSyntax statement) =>
        statement is BlockSyntax { Statements.Count: 1 } block ? block.Statements[0] : statement;

    /// <summary>The value of <c>d[k] = v;</c> or <c>d.TryAdd(k, v);</c>.</summary>
    private static ExpressionSyntax? AddedValue(StatementSyntax statement) => statement switch
    {
        ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Right: var value } } => value,
        ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 2 } arguments } } => arguments[1].Expression,
        _ => null,
    };

    private static async Task<Document> ApplyAsync(Document document, IReadOnlyList<Rewrite> plans, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        foreach (var plan in plans)
        {
            var replacement = plan.Fix == CheckThenActOnConcurrentCollectionAnalyzer.TryAddOrLeaveFix
                ? plan.Replacement.WithAdditionalAnnotations(Formatter.Annotation)
                : plan.Replacement.WithTriviaFrom(plan.Statement).WithAdditionalAnnotations(Formatter.Annotation);
            editor.ReplaceNode(plan.Statement, replacement);
            if (plan.Removed is { } removed)
            {
                editor.RemoveNode(removed, SyntaxRemoveOptions.KeepNoTrivia);
            }
        }

        return await Formatter.FormatAsync(editor.GetChangedDocument(), Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private sealed record Rewrite(string Fix, IfStatementSyntax Statement, StatementSyntax? Removed, SyntaxNode Replacement);
}
