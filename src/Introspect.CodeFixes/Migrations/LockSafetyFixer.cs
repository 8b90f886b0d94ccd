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
/// INTR219 fix for CONCURRENTLY inside an EF Core migration's transaction: <c>migrationBuilder.Sql("… CONCURRENTLY …")</c>
/// gets <c>suppressTransaction: true</c> (or its <c>false</c> becomes <c>true</c>). Offered only where the analyzer
/// says it is honest: the call holds one statement and is the migration's only operation.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LockSafetyFixer))]
[Shared]
public sealed class LockSafetyFixer : CodeFixProvider
{
    private const string Title = "Run this SQL outside the migration's transaction";
    private const string ParameterName = "suppressTransaction";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LockSafety);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(LockSafetyAnalyzer.FixProperty, out var fix) || fix != LockSafetyAnalyzer.SuppressTransactionFix
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<ArgumentSyntax>() is not { } sqlArgument
                || sqlArgument.Parent?.Parent is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Sql" } } sqlCall)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => SuppressTransactionAsync(context.Document, sqlCall, cancellationToken), equivalenceKey: Title),
                diagnostic);
        }
    }

    private static async Task<Document> SuppressTransactionAsync(Document document, InvocationExpressionSyntax sqlCall, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var arguments = sqlCall.ArgumentList.Arguments;
        var trueLiteral = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression);

        // suppressTransaction: false, or false passed second without a name.
        var existing = arguments.FirstOrDefault(argument => argument.NameColon?.Name.Identifier.ValueText == ParameterName)
            ?? (arguments.Count >= 2 && arguments[1].NameColon is null ? arguments[1] : null);
        if (existing is not null)
        {
            return document.WithSyntaxRoot(root.ReplaceNode(existing.Expression, trueLiteral.WithTriviaFrom(existing.Expression)));
        }

        var added = SyntaxFactory.Argument(SyntaxFactory.NameColon(ParameterName), default, trueLiteral).WithLeadingTrivia(SyntaxFactory.Space);
        return document.WithSyntaxRoot(root.ReplaceNode(sqlCall.ArgumentList, sqlCall.ArgumentList.AddArguments(added)));
    }
}
