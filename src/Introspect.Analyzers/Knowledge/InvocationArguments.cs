using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>Arguments by the parameter they bind to, whatever order (or names) the call is written with.</summary>
internal static class InvocationArguments
{
    /// <summary>The argument for the parameter at <paramref name="ordinal"/>; for an extension method 0 is the <c>this</c> argument.</summary>
    public static IArgumentOperation? At(IInvocationOperation invocation, int ordinal)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument;
            }
        }

        return null;
    }
}
