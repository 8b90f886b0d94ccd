using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>What kind of function a blocking call sits in; it decides the advice and whether the call is flagged.</summary>
internal enum CallerKind
{
    /// <summary>An <c>async</c> method, local function or lambda: it can simply await.</summary>
    Async,

    /// <summary>Returns Task/ValueTask without <c>async</c>: adding the keyword does not change its signature.</summary>
    TaskReturning,

    /// <summary>Synchronous code of a job or hosted service.</summary>
    Job,

    /// <summary>Any other synchronous code (including field initializers and constructors).</summary>
    Sync,
}

/// <summary>
/// Classifies the function around a call, and recognises code where blocking is accepted: the program's entry point,
/// test methods (xUnit, NUnit, MSTest, recognised by attribute name), <c>nameof</c> and expression trees (which do not run the call).
/// </summary>
internal static class CallerContext
{
    private static readonly HashSet<string> TestAttributeNames = new(StringComparer.Ordinal)
    {
        "FactAttribute", "TheoryAttribute", "TestAttribute", "TestCaseAttribute", "TestCaseSourceAttribute", "TestMethodAttribute",
    };

    public static CallerKind Classify(IMethodSymbol? function, ThreadingTypes types, JobTypes jobs)
    {
        if (function is null)
        {
            return CallerKind.Sync;
        }

        if (function.IsAsync)
        {
            return CallerKind.Async;
        }

        if (types.IsTaskLike(function.ReturnType))
        {
            return CallerKind.TaskReturning;
        }

        return jobs.IsJobCode(function) ? CallerKind.Job : CallerKind.Sync;
    }

    /// <summary>Code that is not operations code, or does not run the call: see the type summary.</summary>
    public static bool IsExempt(IOperation operation, IMethodSymbol? function, ISymbol containingSymbol) =>
        (function is not null && EnclosingFunction.IsEntryPoint(function))
        || IsTestMethod(containingSymbol)
        || (function is not null && IsTestMethod(function))
        || IsNotExecuted(operation);

    public static bool IsTestMethod(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            // By name, so every version of every test framework (and custom [Fact]-derived attributes) is covered.
            for (var type = attribute.AttributeClass; type is not null; type = type.BaseType)
            {
                if (TestAttributeNames.Contains(type.Name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Inside <c>nameof(...)</c> or a lambda converted to an expression tree, the code is never run here.</summary>
    private static bool IsNotExecuted(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is INameOfOperation)
            {
                return true;
            }
        }

        return ExpressionTrees.IsInsideExpressionTree(operation);
    }
}
