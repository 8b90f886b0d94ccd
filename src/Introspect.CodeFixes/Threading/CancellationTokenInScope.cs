using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// Finds the cancellation token a replacement <c>Task.Delay</c> should observe: a CancellationToken parameter or local
/// in scope (preferring the conventional names), else the token of a Quartz or Hangfire job context parameter.
/// </summary>
internal static class CancellationTokenInScope
{
    private static readonly string[] PreferredNames = ["stoppingToken", "cancellationToken", "token", "ct"];

    public static ExpressionSyntax? Find(SemanticModel model, SyntaxNode at, CancellationToken cancellationToken)
    {
        var tokenType = model.Compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        if (tokenType is null)
        {
            return null;
        }

        var position = at.SpanStart;
        var candidates = model.LookupSymbols(position)
            .Where(symbol => IsUsableVariable(symbol, position, at, model, cancellationToken))
            .ToList();

        var tokens = candidates.Where(symbol => SymbolEqualityComparer.Default.Equals(TypeOf(symbol), tokenType)).ToList();
        if (tokens.Count > 0)
        {
            var best = PreferredNames
                .Select(name => tokens.FirstOrDefault(token => token.Name == name))
                .FirstOrDefault(token => token is not null) ?? tokens[0];
            return SyntaxFactory.IdentifierName(best.Name);
        }

        foreach (var candidate in candidates)
        {
            var member = TypeOf(candidate)?.ToDisplayString() switch
            {
                "Quartz.IJobExecutionContext" => ".CancellationToken",
                "Hangfire.IJobCancellationToken" => ".ShutdownToken",
                "Hangfire.Server.PerformContext" => ".CancellationToken.ShutdownToken",
                _ => null,
            };

            if (member is not null)
            {
                return SyntaxFactory.ParseExpression(candidate.Name + member);
            }
        }

        return null;
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        IParameterSymbol parameter => parameter.Type,
        ILocalSymbol local => local.Type,
        _ => null,
    };

    private static bool IsUsableVariable(ISymbol symbol, int position, SyntaxNode at, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (symbol)
        {
            case IParameterSymbol { RefKind: RefKind.Out }:
                return false;
            case ILocalSymbol local when local.DeclaringSyntaxReferences.FirstOrDefault() is { } declaration
                && declaration.Span.End > position:
                // Locals are in scope for their whole block, but are only assigned after their declaration.
                return false;
            case IParameterSymbol or ILocalSymbol:
                return !IsBehindStaticFunction(symbol, at, model, cancellationToken);
            default:
                return false;
        }
    }

    /// <summary>A static lambda or local function cannot use the variables of the functions around it.</summary>
    private static bool IsBehindStaticFunction(ISymbol variable, SyntaxNode at, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var ancestor in at.Ancestors())
        {
            var (function, isStatic) = ancestor switch
            {
                LocalFunctionStatementSyntax local => (model.GetDeclaredSymbol(local, cancellationToken), local.Modifiers.Any(SyntaxKind.StaticKeyword)),
                AnonymousFunctionExpressionSyntax anonymous =>
                    (model.GetSymbolInfo(anonymous, cancellationToken).Symbol, anonymous.Modifiers.Any(SyntaxKind.StaticKeyword)),
                _ => (null, false),
            };

            if (function is null)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(variable.ContainingSymbol, function))
            {
                return false;
            }

            if (isStatic)
            {
                return true;
            }
        }

        return false;
    }
}
