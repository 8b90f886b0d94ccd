using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// Finds the cancellation token that code inserted at a position (<c>Task.Delay</c>, an async overload) should pass:
/// the nearest CancellationToken local declared before the position, else a CancellationToken parameter of the
/// innermost function that has one (a conventional name such as <c>stoppingToken</c> breaks a tie between two),
/// else the token of a job context in scope: Quartz <c>context.CancellationToken</c>, Hangfire
/// <c>token.ShutdownToken</c> or <c>context.CancellationToken.ShutdownToken</c> of a <c>PerformContext</c>.
/// Never an <c>out</c> parameter (unassigned on entry), a local declared later, or a variable of a function around a
/// <c>static</c> lambda or local function (it cannot capture it). Keyword names are escaped (<c>@event</c>).
/// </summary>
internal static class CancellationTokenInScope
{
    private static readonly string[] ConventionalNames = ["stoppingToken", "cancellationToken", "token", "ct"];

    public static ExpressionSyntax? Find(SemanticModel model, SyntaxNode at, CancellationToken cancellationToken)
    {
        var compilation = model.Compilation;
        var tokenType = compilation.GetTypeByMetadataName(WellKnownTypeNames.CancellationToken);
        if (tokenType is null)
        {
            return null;
        }

        var jobContexts = JobContextTokens(compilation);
        var position = at.SpanStart;
        Candidate? best = null;
        foreach (var symbol in model.LookupSymbols(position))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Classify(symbol, position, tokenType, jobContexts) is not { } candidate
                || (best is { } current && !candidate.IsBetterThan(current))
                || IsBehindStaticFunction(symbol, at, model, cancellationToken))
            {
                continue;
            }

            best = candidate;
        }

        return best?.Expression();
    }

    /// <summary>Where a variable stands in the order of preference, or null when it is no token source at all.</summary>
    private static Candidate? Classify(ISymbol symbol, int position, INamedTypeSymbol tokenType, (INamedTypeSymbol? Type, string Member)[] jobContexts)
    {
        var (type, declaredAt) = symbol switch
        {
            ILocalSymbol local => (local.Type, local.DeclaringSyntaxReferences.FirstOrDefault()?.Span),
            IParameterSymbol { RefKind: not RefKind.Out } parameter => (parameter.Type, parameter.DeclaringSyntaxReferences.FirstOrDefault()?.Span),
            _ => (null, null),
        };

        // Locals are in scope in their whole block but hold a value only after their declaration.
        if (type is null || declaredAt is not { } span || (symbol is ILocalSymbol && span.End > position))
        {
            return null;
        }

        if (SymbolEqualityComparer.Default.Equals(type, tokenType))
        {
            var rank = symbol is ILocalSymbol ? Rank.Local : Rank.Parameter;
            var nameOrder = Array.IndexOf(ConventionalNames, symbol.Name);
            return new Candidate(symbol, rank, span.Start, nameOrder < 0 ? ConventionalNames.Length : nameOrder, member: null);
        }

        foreach (var (contextType, member) in jobContexts)
        {
            if (SymbolEqualityComparer.Default.Equals(type, contextType))
            {
                return new Candidate(symbol, Rank.JobContext, span.Start, ConventionalNames.Length, member);
            }
        }

        return null;
    }

    private static (INamedTypeSymbol? Type, string Member)[] JobContextTokens(Compilation compilation) =>
    [
        (compilation.GetTypeByMetadataName(WellKnownTypeNames.QuartzJobExecutionContext), "CancellationToken"),
        (compilation.GetTypeByMetadataName(WellKnownTypeNames.HangfireJobCancellationToken), "ShutdownToken"),
        (compilation.GetTypeByMetadataName(WellKnownTypeNames.HangfirePerformContext), "CancellationToken.ShutdownToken"),
    ];

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

    private enum Rank
    {
        JobContext,
        Parameter,
        Local,
    }

    private sealed class Candidate(ISymbol variable, Rank rank, int declaredAt, int nameOrder, string? member)
    {
        /// <summary>Locals before parameters before job contexts; then the later declaration (nearer local, inner function); then the conventional name.</summary>
        public bool IsBetterThan(Candidate other)
        {
            if (rank != other.Rank)
            {
                return rank > other.Rank;
            }

            var sameFunction = rank == Rank.Parameter && SymbolEqualityComparer.Default.Equals(variable.ContainingSymbol, other.Variable.ContainingSymbol);
            if (sameFunction && nameOrder != other.NameOrder)
            {
                return nameOrder < other.NameOrder;
            }

            return sameFunction ? declaredAt < other.DeclaredAt : declaredAt > other.DeclaredAt;
        }

        public ISymbol Variable => variable;

        public Rank Rank => rank;

        public int DeclaredAt => declaredAt;

        public int NameOrder => nameOrder;

        public ExpressionSyntax Expression()
        {
            ExpressionSyntax expression = SyntaxFacts.GetKeywordKind(variable.Name) != SyntaxKind.None
                ? SyntaxFactory.IdentifierName(SyntaxFactory.VerbatimIdentifier(default, variable.Name, variable.Name, default))
                : SyntaxFactory.IdentifierName(variable.Name);
            if (member is null)
            {
                return expression;
            }

            foreach (var name in member.Split('.'))
            {
                expression = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, expression, SyntaxFactory.IdentifierName(name));
            }

            return expression;
        }
    }
}
