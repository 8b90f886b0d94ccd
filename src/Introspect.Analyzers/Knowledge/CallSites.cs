using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Finds the calls of methods that code seldom calls (<c>Monitor.Enter</c>, <c>Thread.Sleep</c>, <c>StartNew</c>) from
/// the text of a file, so that a rule about them needs no callback for every invocation in the compilation: the text
/// is searched for a fragment of the names, and only the identifiers found there are bound. A call is found however
/// the method is reached (<c>Monitor.Enter</c>, <c>System.Threading.Monitor.Enter</c>, an alias, <c>using static</c>,
/// <c>?.</c>, type arguments); only a name spelled with a Unicode escape is not.
/// </summary>
internal static class CallSites
{
    /// <summary>
    /// Calls <paramref name="visit"/> for every invocation in the model's file whose method name passes
    /// <paramref name="isName"/>; every such name must contain <paramref name="fragment"/> (<c>Enter</c> for Enter,
    /// TryEnter and EnterReadLock).
    /// </summary>
    public static void ForEachCall(
        SemanticModel model, string fragment, Func<string, bool> isName, Action<IInvocationOperation> visit, CancellationToken cancellationToken)
    {
        var tree = model.SyntaxTree;

        // For an ordinary file this is the text the compiler read, not a copy.
        var text = tree.GetText(cancellationToken).ToString();
        SyntaxNode? root = null;
        var index = text.IndexOf(fragment, StringComparison.Ordinal);
        while (index >= 0)
        {
            root ??= tree.GetRoot(cancellationToken);
            var token = root.FindToken(index);
            if (token.Parent is SimpleNameSyntax name
                && name.Identifier == token
                && isName(token.ValueText)
                && InvocationOf(name) is { } invocation
                && model.GetOperation(invocation, cancellationToken) is IInvocationOperation operation)
            {
                visit(operation);
            }

            // Past the token, so a name that holds the fragment twice is looked at once.
            var next = Math.Max(index + fragment.Length, token.Span.End);
            index = next < text.Length ? text.IndexOf(fragment, next, StringComparison.Ordinal) : -1;
        }
    }

    /// <summary>
    /// The member the operation belongs to, as an operation callback's <c>ContainingSymbol</c> would name it: the
    /// method, accessor or field, not a lambda or local function inside it.
    /// </summary>
    public static ISymbol? ContainingMember(SemanticModel model, IOperation operation, CancellationToken cancellationToken)
    {
        var symbol = model.GetEnclosingSymbol(operation.Syntax.SpanStart, cancellationToken);
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } function)
        {
            symbol = function.ContainingSymbol;
        }

        return symbol;
    }

    /// <summary>The call made through the name: <c>Enter(...)</c>, <c>Monitor.Enter(...)</c>, <c>task?.Wait()</c>.</summary>
    private static InvocationExpressionSyntax? InvocationOf(SimpleNameSyntax name)
    {
        ExpressionSyntax callee = name.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == name => access,
            MemberBindingExpressionSyntax binding when binding.Name == name => binding,
            _ => name,
        };

        return callee.Parent is InvocationExpressionSyntax invocation && invocation.Expression == callee ? invocation : null;
    }
}
