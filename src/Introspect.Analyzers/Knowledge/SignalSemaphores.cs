using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Recognises a semaphore used as a signal rather than a lock: one created empty (<c>new SemaphoreSlim(0)</c>,
/// <c>new Semaphore(0, 10)</c>), whose Wait consumes a signal that a producer gave, and whose Release signals.
/// Reads the initializer of the field or local declaration; a semaphore created anywhere else is not recognised.
/// </summary>
internal static class SignalSemaphores
{
    public static bool IsCreatedEmpty(LockCall call, CancellationToken cancellationToken)
    {
        if (call.Family is not (LockFamily.SemaphoreSlim or LockFamily.Semaphore) || call.Key?.Member is not { } symbol
            || symbol is not (IFieldSymbol or ILocalSymbol))
        {
            return false;
        }

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax creation }
                && InitialCount(creation) is LiteralExpressionSyntax literal
                && literal.IsKind(SyntaxKind.NumericLiteralExpression)
                && literal.Token.Value is 0)
            {
                return true;
            }
        }

        return false;
    }

    private static ExpressionSyntax? InitialCount(BaseObjectCreationExpressionSyntax creation)
    {
        if (creation.ArgumentList is not { Arguments.Count: > 0 } arguments)
        {
            return null;
        }

        foreach (var argument in arguments.Arguments)
        {
            if (argument.NameColon?.Name.Identifier.ValueText == "initialCount")
            {
                return argument.Expression;
            }
        }

        return arguments.Arguments[0].NameColon is null ? arguments.Arguments[0].Expression : null;
    }
}
