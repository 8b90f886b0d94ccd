using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>
/// The calls made on the result of a call, as in <c>scheduler.Schedule&lt;T&gt;().EveryMinute().PreventOverlapping("id")</c>:
/// from the first call up to the last, through instance and extension methods.
/// </summary>
internal static class FluentChain
{
    /// <summary>The calls that follow <paramref name="start"/> in its chain, nearest first.</summary>
    public static IEnumerable<IInvocationOperation> Following(IInvocationOperation start)
    {
        IOperation current = start;
        while (true)
        {
            var parent = current.Parent;
            while (parent is IConversionOperation { IsImplicit: true })
            {
                current = parent;
                parent = parent.Parent;
            }

            if (parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.IsExtensionMethod: true } extension } argument
                && argument.Parameter?.Ordinal == 0)
            {
                current = extension;
                yield return extension;
            }
            else if (parent is IInvocationOperation invocation && invocation.Instance == current)
            {
                current = invocation;
                yield return invocation;
            }
            else
            {
                yield break;
            }
        }
    }

    /// <summary>The last call of the chain <paramref name="start"/> is in (itself when nothing follows).</summary>
    public static IInvocationOperation Last(IInvocationOperation start) => Following(start).LastOrDefault() ?? start;
}
