using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>Recognises <c>Thread.Sleep(...)</c> (both overloads) and the spin-yield idioms <c>Sleep(0)</c> and <c>Sleep(1)</c>.</summary>
internal static class ThreadSleepCalls
{
    public static bool IsThreadSleep(IInvocationOperation invocation, INamedTypeSymbol? thread) =>
        invocation.TargetMethod is { Name: "Sleep", IsStatic: true } method
        && ThreadingTypes.Is(method.ContainingType, thread)
        && invocation.Arguments.Length == 1;

    /// <summary><c>Sleep(0)</c> or <c>Sleep(TimeSpan.Zero)</c>: gives up the rest of the time slice, waits for nothing.</summary>
    public static bool IsZero(IInvocationOperation sleep) => ConstantMilliseconds(sleep) == 0;

    /// <summary><c>Sleep(0)</c> and <c>Sleep(1)</c> are how synchronous spin loops yield the processor, not waits.</summary>
    public static bool IsYield(IInvocationOperation sleep) => ConstantMilliseconds(sleep) is 0 or 1;

    private static int? ConstantMilliseconds(IInvocationOperation sleep) => Timeouts.ConstantMilliseconds(sleep.Arguments[0].Value);
}
