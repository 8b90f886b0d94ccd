using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// Finds the cancellation token code at a position should pass on: the nearest CancellationToken local declared
/// before it, else a CancellationToken parameter (innermost function first), else the token of a job context
/// parameter (Quartz <c>context.CancellationToken</c>, Hangfire <c>token.ShutdownToken</c>).
/// </summary>
internal static class CancellationTokenInScope
{
    public static ExpressionSyntax? Find(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        var tokenType = model.Compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        if (tokenType is null)
        {
            return null;
        }

        var position = node.SpanStart;
        ISymbol? nearestLocal = null;
        var nearestLocalStart = -1;
        ISymbol? innermostParameter = null;
        var innermostParameterStart = -1;
        ExpressionSyntax? fromJobContext = null;

        foreach (var symbol in model.LookupSymbols(position))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var declaredAt = symbol.DeclaringSyntaxReferences.FirstOrDefault()?.Span;
            switch (symbol)
            {
                case ILocalSymbol local when Is(local.Type, tokenType) && declaredAt is { } span && span.End <= position && span.Start > nearestLocalStart:
                    nearestLocal = local;
                    nearestLocalStart = span.Start;
                    break;
                case IParameterSymbol parameter when Is(parameter.Type, tokenType) && declaredAt is { } span && span.Start > innermostParameterStart:
                    innermostParameter = parameter;
                    innermostParameterStart = span.Start;
                    break;
                case IParameterSymbol parameter when fromJobContext is null:
                    fromJobContext = TokenOfJobContext(parameter);
                    break;
            }
        }

        var chosen = nearestLocal ?? innermostParameter;
        return chosen is not null ? SyntaxFactory.IdentifierName(EscapedName(chosen)) : fromJobContext;
    }

    private static ExpressionSyntax? TokenOfJobContext(IParameterSymbol parameter)
    {
        var member = parameter.Type.ToDisplayString() switch
        {
            "Quartz.IJobExecutionContext" => "CancellationToken",
            "Hangfire.IJobCancellationToken" => "ShutdownToken",
            _ => null,
        };

        return member is null
            ? null
            : SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.IdentifierName(EscapedName(parameter)),
                SyntaxFactory.IdentifierName(member));
    }

    private static string EscapedName(ISymbol symbol) =>
        SyntaxFacts.GetKeywordKind(symbol.Name) != SyntaxKind.None ? "@" + symbol.Name : symbol.Name;

    private static bool Is(ITypeSymbol type, INamedTypeSymbol expected) =>
        SymbolEqualityComparer.Default.Equals(type, expected);
}
