using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// The timeout of a wait, where the code states it as a constant: <c>Wait(0)</c>, <c>Sleep(TimeSpan.Zero)</c> and their
/// like return at once, so they poll rather than block. One place for every rule that tells a wait from a poll.
/// </summary>
internal static class Timeouts
{
    /// <summary>
    /// Whether the call's timeout argument (the BCL names it <c>millisecondsTimeout</c> or <c>timeout</c>) is zero.
    /// </summary>
    public static bool IsZeroTimeout(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name is "millisecondsTimeout" or "timeout")
            {
                return ConstantMilliseconds(argument.Value) == 0;
            }
        }

        return false;
    }

    /// <summary>A constant <c>int</c> number of milliseconds, or 0 for <c>TimeSpan.Zero</c>; null for anything else.</summary>
    public static int? ConstantMilliseconds(IOperation value)
    {
        value = OperationOrigin.Unwrap(value);
        if (value.ConstantValue is { HasValue: true, Value: int milliseconds })
        {
            return milliseconds;
        }

        return value is IFieldReferenceOperation { Field: { Name: "Zero", IsStatic: true } field }
            && field.ContainingType is { Name: "TimeSpan", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
                ? 0
                : null;
    }
}
