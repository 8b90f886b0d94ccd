using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>
/// The Hangfire calls that define jobs, recognised by the type that declares them: recurring jobs
/// (<c>RecurringJob</c>, <c>IRecurringJobManager</c> and its extensions) and one-off jobs (<c>BackgroundJob</c>,
/// <c>IBackgroundJobClient</c> and its extensions). Compared by name so the rules need no Hangfire reference.
/// </summary>
internal static class HangfireCalls
{
    private static readonly HashSet<string> RecurringTypes =
        ["Hangfire.RecurringJob", "Hangfire.IRecurringJobManager", "Hangfire.RecurringJobManager", "Hangfire.RecurringJobManagerExtensions"];

    private static readonly HashSet<string> ClientTypes =
        ["Hangfire.BackgroundJob", "Hangfire.IBackgroundJobClient", "Hangfire.BackgroundJobClient", "Hangfire.BackgroundJobClientExtensions"];

    /// <summary>The client methods that create a background job and return its id.</summary>
    public static readonly HashSet<string> CreatingMethods = ["Enqueue", "Schedule", "ContinueJobWith", "ContinueWith", "Create"];

    public static bool IsAddOrUpdate(IMethodSymbol method) => method.Name == "AddOrUpdate" && IsDeclaredIn(method, RecurringTypes);

    public static bool IsClientCall(IMethodSymbol method) => IsDeclaredIn(method, ClientTypes);

    public static bool IsContinuation(IMethodSymbol method) => method.Name is "ContinueJobWith" or "ContinueWith" && IsClientCall(method);

    /// <summary>The argument bound to the parameter named <paramref name="name"/>, conversions removed.</summary>
    public static IOperation? Argument(IInvocationOperation call, string name)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Name == name)
            {
                return Unwrap(argument.Value);
            }
        }

        return null;
    }

    /// <summary>The call inside the job expression (<c>() =&gt; job.RunAsync(id)</c>): the job method and its arguments.</summary>
    public static IInvocationOperation? JobCall(IInvocationOperation call)
    {
        var expression = Argument(call, "methodCall");
        if (expression is IDelegateCreationOperation creation)
        {
            expression = creation.Target;
        }

        if (expression is not IAnonymousFunctionOperation lambda)
        {
            return null;
        }

        // A void lambda's body ends with an implicit return of nothing.
        var operations = lambda.Body.Operations.Where(operation => !(operation is IReturnOperation { ReturnedValue: null, IsImplicit: true })).ToList();
        if (operations.Count != 1)
        {
            return null;
        }

        var only = operations[0];

        var value = only is IReturnOperation { ReturnedValue: { } returned } ? returned : only is IExpressionStatementOperation statement ? statement.Operation : null;
        return Unwrap(value) as IInvocationOperation;
    }

    public static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static bool IsDeclaredIn(IMethodSymbol method, HashSet<string> types) =>
        method.ContainingType is { } type && types.Contains(type.OriginalDefinition.ToDisplayString());
}
