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

    /// <summary>
    /// Whether a timer period turns periodic signalling off: zero or <c>Timeout.Infinite</c> (-1), as an <c>int</c>,
    /// a <c>long</c> or a <c>TimeSpan</c>.
    /// </summary>
    public static bool IsNoPeriod(IOperation value) => IsInfinite(value) || IsConstant(OperationOrigin.Unwrap(value), 0) || ConstantMilliseconds(value) == 0;

    /// <summary><c>Timeout.Infinite</c> or -1 (as an <c>int</c> or a <c>long</c>), <c>Timeout.InfiniteTimeSpan</c>, <c>TimeSpan.FromMilliseconds(-1)</c>.</summary>
    public static bool IsInfinite(IOperation value)
    {
        value = OperationOrigin.Unwrap(value);
        return IsConstant(value, -1)
            || value is IFieldReferenceOperation { Field: { Name: "InfiniteTimeSpan", IsStatic: true, ContainingType.Name: "Timeout" } }
            || (value is IInvocationOperation { TargetMethod: { Name: "FromMilliseconds", ContainingType.Name: "TimeSpan" } } call
                && call.Arguments.Length == 1 && IsConstant(OperationOrigin.Unwrap(call.Arguments[0].Value), -1));
    }

    private static bool IsConstant(IOperation value, long expected) => value.ConstantValue switch
    {
        { HasValue: true, Value: int number } => number == expected,
        { HasValue: true, Value: long number } => number == expected,
        { HasValue: true, Value: double number } => number == expected,
        _ => false,
    };
}
