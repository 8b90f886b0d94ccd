using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// The function an operation runs in: the innermost lambda, anonymous method or local function, else the member
/// being analysed. Walks the operation tree, so it costs no semantic-model query.
/// </summary>
internal static class EnclosingFunction
{
    public static IMethodSymbol? Of(IOperation operation, ISymbol containingSymbol)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation anonymousFunction:
                    return anonymousFunction.Symbol;
                case ILocalFunctionOperation localFunction:
                    return localFunction.Symbol;
            }
        }

        return containingSymbol as IMethodSymbol;
    }

    /// <summary>
    /// Whether the operation sits in the body of a <c>lock</c> statement of its own function, where <c>await</c> is not
    /// allowed (so no async alternative can be advised). A lock around a lambda does not hold while the lambda runs.
    /// </summary>
    public static bool IsInLockBody(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ILockOperation:
                    return true;
                case IAnonymousFunctionOperation or ILocalFunctionOperation:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The program's entry point: a static <c>Main</c>, or the method holding top-level statements.</summary>
    public static bool IsEntryPoint(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Ordinary
        && method.IsStatic
        && method.Name is "Main" or WellKnownMemberNames.TopLevelStatementsEntryPointMethodName;
}
