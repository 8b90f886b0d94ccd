using System.Reflection;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// Every place in a project that takes (or waits on, or releases) a monitor: <c>lock</c> statements, <c>Monitor</c>
/// calls and <c>[MethodImpl(MethodImplOptions.Synchronized)]</c> methods. The INTR107 fix reads it to be sure that
/// it rewrites every lock on the same object, so that it never splits one critical section into two.
/// </summary>
internal sealed class LockSiteIndex
{
    private static readonly HashSet<string> MonitorMethodNames = ["Enter", "TryEnter", "Exit", "Wait", "Pulse", "PulseAll", "IsEntered"];

    private LockSiteIndex(Compilation compilation, List<LockSite> sites, List<IMethodSymbol> synchronizedMethods)
    {
        Compilation = compilation;
        Sites = sites;
        SynchronizedMethods = synchronizedMethods;
    }

    public Compilation Compilation { get; }

    public IReadOnlyList<LockSite> Sites { get; }

    /// <summary>Methods the runtime wraps in a lock on <c>this</c> (instance) or on their type object (static).</summary>
    public IReadOnlyList<IMethodSymbol> SynchronizedMethods { get; }

    public static async Task<LockSiteIndex?> BuildAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var monitor = compilation?.GetTypeByMetadataName(WellKnownTypeNames.Monitor);
        if (compilation is null)
        {
            return null;
        }

        var sites = new List<LockSite>();
        var synchronizedMethods = new List<IMethodSymbol>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var root = await tree.GetRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = null;
            foreach (var node in root.DescendantNodes())
            {
                switch (node)
                {
                    case LockStatementSyntax lockStatement:
                        model ??= compilation.GetSemanticModel(tree);
                        sites.Add(LockSite.Create(model, lockStatement.Expression, isLockStatement: true, cancellationToken));
                        break;
                    case InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } invocation when IsMonitorMethodName(invocation.Expression):
                        model ??= compilation.GetSemanticModel(tree);
                        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method
                            && SymbolEqualityComparer.Default.Equals(method.ContainingType, monitor))
                        {
                            sites.Add(LockSite.Create(model, invocation.ArgumentList.Arguments[0].Expression, isLockStatement: false, cancellationToken));
                        }

                        break;
                    case MethodDeclarationSyntax { AttributeLists.Count: > 0 } declaration:
                        model ??= compilation.GetSemanticModel(tree);
                        if (model.GetDeclaredSymbol(declaration, cancellationToken) is { } declared
                            && (declared.MethodImplementationFlags & MethodImplAttributes.Synchronized) != 0)
                        {
                            synchronizedMethods.Add(declared);
                        }

                        break;
                }
            }
        }

        return new LockSiteIndex(compilation, sites, synchronizedMethods);
    }

    private static bool IsMonitorMethodName(ExpressionSyntax callee) => callee switch
    {
        MemberAccessExpressionSyntax access => MonitorMethodNames.Contains(access.Name.Identifier.ValueText),
        IdentifierNameSyntax name => MonitorMethodNames.Contains(name.Identifier.ValueText),
        _ => false,
    };
}

/// <summary>One lock target: the expression, what it binds to (without conversions), and the type it is written in.</summary>
internal sealed class LockSite
{
    private LockSite(ExpressionSyntax expression, bool isLockStatement, IOperation? operand, INamedTypeSymbol? enclosingType)
    {
        Expression = expression;
        IsLockStatement = isLockStatement;
        Operand = operand;
        EnclosingType = enclosingType;
    }

    public ExpressionSyntax Expression { get; }

    /// <summary>False for the object argument of a <c>Monitor</c> call, which the fix never rewrites.</summary>
    public bool IsLockStatement { get; }

    public IOperation? Operand { get; }

    public INamedTypeSymbol? EnclosingType { get; }

    public static LockSite Create(SemanticModel model, ExpressionSyntax expression, bool isLockStatement, CancellationToken cancellationToken)
    {
        var operand = model.GetOperation(Unwrap(expression), cancellationToken);
        while (operand is IConversionOperation conversion)
        {
            operand = conversion.Operand;
        }

        var typeDeclaration = expression.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        var enclosingType = typeDeclaration is null ? null : model.GetDeclaredSymbol(typeDeclaration, cancellationToken);
        return new LockSite(expression, isLockStatement, operand, enclosingType);
    }

    /// <summary>The expression inside parentheses and <c>!</c>, which have no operation of their own.</summary>
    public static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    expression = suppressed.Operand;
                    break;
                default:
                    return expression;
            }
        }
    }
}
