using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>
/// What a Hangfire continuation's <c>parentId</c> is, when it can be told from the method it is in: an id that a
/// <c>Enqueue</c>/<c>Schedule</c>/<c>ContinueJobWith</c>/<c>Create</c> returned (fine), or a constant that no background
/// job can have (a literal, a <c>const</c>, a local only ever given constants). Parameters, fields and other calls'
/// results cannot be traced and are left alone.
/// </summary>
internal static class HangfireContinuationParents
{
    /// <summary>The constant the parent id is, or null when it is a created job's id or cannot be traced.</summary>
    public static string? ConstantParent(IInvocationOperation continuation)
    {
        var parent = HangfireCalls.Argument(continuation, "parentId");
        if (parent is null)
        {
            return null;
        }

        if (IsConstant(parent, out var text))
        {
            return text;
        }

        if (parent is not ILocalReferenceOperation { Local: var local })
        {
            return null;
        }

        string? first = null;
        var assigned = 0;
        foreach (var value in AssignedValues(Root(continuation), local))
        {
            assigned++;
            if (!IsConstant(value, out var constant))
            {
                return null;
            }

            first ??= constant;
        }

        return assigned > 0 ? first : null;
    }

    private static IEnumerable<IOperation> AssignedValues(IOperation root, ILocalSymbol local)
    {
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.Initializer?.Value is { } initial)
                    {
                        yield return HangfireCalls.Unwrap(initial)!;
                    }

                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    yield return HangfireCalls.Unwrap(assignment.Value)!;
                    break;
                case IInvocationOperation when IsOutArgumentFor(operation, local):
                    yield return operation;
                    break;
            }
        }
    }

    private static bool IsOutArgumentFor(IOperation operation, ILocalSymbol local) =>
        operation is IInvocationOperation call
        && call.Arguments.Any(argument => argument.Parameter?.RefKind is RefKind.Out or RefKind.Ref
            && HangfireCalls.Unwrap(argument.Value) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local));

    private static bool IsConstant(IOperation operation, out string? text)
    {
        text = operation.ConstantValue is { HasValue: true, Value: var value } ? value as string ?? "null" : null;
        return operation.ConstantValue.HasValue;
    }

    private static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }
}
