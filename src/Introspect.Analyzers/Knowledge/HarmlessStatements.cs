using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Statements that, in practice, cannot throw: declarations and assignments of plain values (locals, fields,
/// properties, literals, arithmetic, new objects from such values), increments, and logging or timing calls.
/// Placed between an acquire and its try block they are harmless. Anything that calls user code, awaits,
/// indexes or cancels is not.
/// </summary>
internal static class HarmlessStatements
{
    public static bool IsHarmless(IOperation statement)
    {
        var pending = new Stack<IOperation>();
        pending.Push(statement);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (!IsHarmlessNode(operation))
            {
                return false;
            }

            foreach (var child in operation.ChildOperations)
            {
                pending.Push(child);
            }
        }

        return true;
    }

    private static bool IsHarmlessNode(IOperation operation) => operation switch
    {
        IVariableDeclarationGroupOperation or IVariableDeclarationOperation or IVariableDeclaratorOperation
            or IVariableInitializerOperation or IExpressionStatementOperation or IEmptyOperation => true,
        ISimpleAssignmentOperation or ICompoundAssignmentOperation or IIncrementOrDecrementOperation => true,
        ILiteralOperation or ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation
            or IInstanceReferenceOperation or IDefaultValueOperation or ITypeOfOperation or INameOfOperation => true,
        IPropertyReferenceOperation property => property.Arguments.IsEmpty,
        IConversionOperation or IBinaryOperation or IUnaryOperation or ICoalesceOperation or IConditionalOperation { IsRef: false } => true,
        IInterpolatedStringOperation or IInterpolatedStringTextOperation or IInterpolationOperation => true,
        IObjectCreationOperation { Initializer: null } or IArgumentOperation => true,
        IArrayCreationOperation { IsImplicit: true } or IArrayInitializerOperation => true,
        IInvocationOperation invocation => IsLoggingOrTiming(invocation.TargetMethod),
        _ => false,
    };

    // Logging, Debug/Trace and clock reads: nobody guards these, and they do not fail in practice.
    private static bool IsLoggingOrTiming(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        var ns = type.ContainingNamespace?.ToDisplayString();
        return ns switch
        {
            "Microsoft.Extensions.Logging" => true,
            "System.Diagnostics" => type.Name is "Stopwatch" or "Debug" or "Trace",
            "System" => type.Name is "TimeProvider" or "Guid",
            _ => false,
        };
    }
}
