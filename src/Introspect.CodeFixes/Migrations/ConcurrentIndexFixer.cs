using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Introspect.Analyzers.Migrations.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.CodeFixes.Migrations;

/// <summary>
/// INTR210 fix for EF Core on Npgsql: <c>migrationBuilder.CreateIndex(…)</c> gets
/// <c>.Annotation("Npgsql:CreatedConcurrently", true)</c>, so Npgsql writes CREATE INDEX CONCURRENTLY and runs it as a
/// command of its own outside the migration's transaction. Offered only where the analyzer says it is honest: the
/// index is the migration's only operation (see <see cref="BlockingIndexAnalyzer"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConcurrentIndexFixer))]
[Shared]
public sealed class ConcurrentIndexFixer : CodeFixProvider
{
    private const string Title = "Create the index concurrently (Npgsql)";
    private const string AnnotationName = "Npgsql:CreatedConcurrently";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.BlockingIndexBuild);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(BlockingIndexAnalyzer.FixProperty, out var fix) || fix != BlockingIndexAnalyzer.NpgsqlConcurrentFix
                || root?.FindNode(diagnostic.Location.SourceSpan) is not { } name
                || name.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CreateIndex" } } createIndex)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => MarkConcurrentAsync(context.Document, createIndex, cancellationToken), equivalenceKey: Title),
                diagnostic);
        }
    }

    private static async Task<Document> MarkConcurrentAsync(Document document, InvocationExpressionSyntax createIndex, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // The outermost .Annotation(…) call chained on CreateIndex(…), and the one naming CreatedConcurrently (set to false).
        ExpressionSyntax chain = createIndex;
        InvocationExpressionSyntax? existing = null;
        while (chain.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Annotation" } access && access.Expression == chain
            && access.Parent is InvocationExpressionSyntax annotation)
        {
            if (annotation.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax { Token.ValueText: AnnotationName })
            {
                existing = annotation;
            }

            chain = annotation;
        }

        var trueLiteral = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression);
        if (existing is { ArgumentList.Arguments.Count: 2 })
        {
            var value = existing.ArgumentList.Arguments[1];
            return document.WithSyntaxRoot(root.ReplaceNode(value.Expression, trueLiteral.WithTriviaFrom(value.Expression)));
        }

        var newLine = root.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } found ? found : "\n";
        var line = text.Lines.GetLineFromPosition(chain.SpanStart).ToString();
        var indentation = line.Substring(0, line.Length - line.TrimStart().Length) + "    ";
        var annotated = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                chain.WithoutTrailingTrivia(),
                SyntaxFactory.Token(SyntaxKind.DotToken).WithLeadingTrivia(SyntaxFactory.EndOfLine(newLine), SyntaxFactory.Whitespace(indentation)),
                SyntaxFactory.IdentifierName("Annotation")),
            SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
            {
                SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(AnnotationName))),
                SyntaxFactory.Argument(trueLiteral).WithLeadingTrivia(SyntaxFactory.Space),
            })))
            .WithTrailingTrivia(chain.GetTrailingTrivia());
        return document.WithSyntaxRoot(root.ReplaceNode(chain, annotated));
    }
}
