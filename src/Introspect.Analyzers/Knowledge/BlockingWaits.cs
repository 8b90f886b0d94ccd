using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Calls that park the current thread until something else happens: Thread.Sleep, waiting on a task, a
/// semaphore, a wait handle, an event or another thread. A zero timeout only polls, so it does not count.
/// </summary>
internal sealed class BlockingWaits
{
    private const string ManualResetEventSlimTypeName = "System.Threading.ManualResetEventSlim";
    private const string CountdownEventTypeName = "System.Threading.CountdownEvent";
    private const string CompilerServicesNamespace = "System.Runtime.CompilerServices";

    private readonly ThreadingTypes _types;
    private readonly INamedTypeSymbol? _manualResetEventSlim;
    private readonly INamedTypeSymbol? _countdownEvent;
    private readonly INamedTypeSymbol? _timeSpan;

    private BlockingWaits(Compilation compilation, ThreadingTypes types)
    {
        _types = types;
        _manualResetEventSlim = compilation.GetTypeByMetadataName(ManualResetEventSlimTypeName);
        _countdownEvent = compilation.GetTypeByMetadataName(CountdownEventTypeName);
        _timeSpan = compilation.GetTypeByMetadataName("System.TimeSpan");
    }

    public static BlockingWaits Create(Compilation compilation, ThreadingTypes types) => new(compilation, types);

    /// <summary>
    /// How to name the blocking call in a message (<c>Thread.Sleep</c>, <c>Task.Result</c>), or null when the
    /// operation does not block. <paramref name="waitedMonitor"/> is the object of a <c>Monitor.Wait</c>, which
    /// releases that object's lock while it waits.
    /// </summary>
    public string? Describe(IOperation operation, out IOperation? waitedMonitor)
    {
        waitedMonitor = null;
        return operation switch
        {
            IInvocationOperation invocation => DescribeInvocation(invocation, out waitedMonitor),
            IPropertyReferenceOperation { Property.Name: "Result" } property
                when IsDefinition(property.Property.ContainingType, _types.TaskOfT)
                    || IsDefinition(property.Property.ContainingType, _types.ValueTaskOfT) => property.Property.ContainingType.Name + ".Result",
            _ => null,
        };
    }

    private string? DescribeInvocation(IInvocationOperation invocation, out IOperation? waitedMonitor)
    {
        waitedMonitor = null;
        var method = invocation.TargetMethod;
        var type = method.ContainingType?.OriginalDefinition;
        if (type is null)
        {
            return null;
        }

        switch (method.Name)
        {
            case "Sleep" when ThreadingTypes.Is(type, _types.Thread):
                return PollsOnly(invocation) ? null : "Thread.Sleep";
            case "Join" when ThreadingTypes.Is(type, _types.Thread):
                return PollsOnly(invocation) ? null : "Thread.Join";
            case "Wait" or "WaitAll" or "WaitAny" when IsTaskType(type):
                return PollsOnly(invocation) ? null : "Task." + method.Name;
            case "Wait" when ThreadingTypes.Is(type, _types.SemaphoreSlim) || ThreadingTypes.Is(type, _manualResetEventSlim)
                || ThreadingTypes.Is(type, _countdownEvent):
                return PollsOnly(invocation) ? null : type.Name + ".Wait";
            case "WaitOne" or "WaitAll" or "WaitAny" or "SignalAndWait" when ThreadingTypes.Is(type, _types.WaitHandle):
                return PollsOnly(invocation) ? null : "WaitHandle." + method.Name;
            case "Wait" when ThreadingTypes.Is(type, _types.Monitor):
                waitedMonitor = FirstArgument(invocation);
                return PollsOnly(invocation) ? null : "Monitor.Wait";
            case "GetResult" when method.Parameters.IsEmpty && type.Name.EndsWith("Awaiter", StringComparison.Ordinal)
                && type.ContainingNamespace?.ToDisplayString() == CompilerServicesNamespace:
                return "GetAwaiter().GetResult()";
            default:
                return null;
        }
    }

    private bool IsTaskType(INamedTypeSymbol type) => ThreadingTypes.Is(type, _types.Task) || ThreadingTypes.Is(type, _types.TaskOfT);

    private static bool IsDefinition(INamedTypeSymbol? type, INamedTypeSymbol? expected) =>
        type is not null && ThreadingTypes.Is(type.OriginalDefinition, expected);

    // Wait(0), Sleep(0), WaitOne(TimeSpan.Zero): a poll that returns at once.
    private bool PollsOnly(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || parameter.Type.SpecialType == SpecialType.System_Object)
            {
                continue;
            }

            var value = LockKey.Unwrap(argument.Value);
            if (parameter.Type.SpecialType == SpecialType.System_Int32)
            {
                return value?.ConstantValue is { HasValue: true, Value: 0 };
            }

            if (ThreadingTypes.Is(parameter.Type, _timeSpan))
            {
                return value is IFieldReferenceOperation { Field.Name: "Zero" } zero && ThreadingTypes.Is(zero.Field.ContainingType, _timeSpan);
            }
        }

        return false;
    }

    private static IOperation? FirstArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
