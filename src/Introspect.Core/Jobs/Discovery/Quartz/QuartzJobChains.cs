using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Discovery.Quartz;

/// <summary>
/// Quartz job chains: <c>JobChainingJobListener.AddJobChainLink(first, second)</c> (and <c>AddJobChainLinks(first,
/// [second, …])</c>) runs the second job whenever the first completes. Each link is a continuation trigger on the
/// second job, pointing at the first; the keys are matched to the jobs AddJob registered under them.
/// </summary>
internal static class QuartzJobChains
{
    private const string ListenerType = "Quartz.Listeners.JobChainingJobListener";

    /// <summary>Each link: the key of the job that completes, the key of the job it starts, and the trigger for the latter.</summary>
    public static IEnumerable<(string First, string Second, JobTrigger Trigger)> Links(DiscoveryContext context)
    {
        foreach (var call in context.Invocations("AddJobChainLink").Concat(context.Invocations("AddJobChainLinks"))
                     .Where(call => call.TargetMethod.ContainingType?.ToDisplayString() == ListenerType))
        {
            if (JobSymbols.Argument(call, "firstJob") is not { } firstArgument || QuartzTriggerReader.KeyOf(context, firstArgument) is not { } first)
            {
                continue;
            }

            var seconds = JobSymbols.Argument(call, "secondJob") is { } second
                ? [second]
                : Elements(context, JobSymbols.Argument(call, "followUpJobs"));
            foreach (var secondKey in seconds.Select(operation => QuartzTriggerReader.KeyOf(context, operation)).OfType<string>())
            {
                yield return (first, secondKey, Trigger(context, call, first));
            }
        }
    }

    private static JobTrigger Trigger(DiscoveryContext context, IInvocationOperation call, string firstKey)
    {
        var caller = JobSymbols.EnclosingMethod(call);
        var by = caller is null ? "other code" : $"{caller.ContainingType.Name}.{caller.Name}";
        // AddJobChainLink(first, second, ContinuationCondition.OnFailure): only some outcomes of the first job start the second.
        var condition = JobSymbols.Argument(call, "condition") is { } conditionArgument
            ? $" when it ends {conditionArgument.Syntax.ToString().Replace("ContinuationCondition.", string.Empty, StringComparison.Ordinal)}"
            : string.Empty;
        return new JobTrigger
        {
            Kind = TriggerKind.Continuation,
            Description = $"chained after job {firstKey} completes{condition} (JobChainingJobListener), linked by {by}",
            Identity = firstKey,
            Source = caller is null ? null : new TriggerSource
            {
                Caller = $"{JobSymbols.TypeName(caller.ContainingType)}.{caller.Name}",
                Location = context.Location(call.Syntax),
            },
            Location = context.Location(call.Syntax),
        };
    }

    /// <summary>The elements of an array or collection expression (directly or through a local).</summary>
    private static IEnumerable<IOperation> Elements(DiscoveryContext context, IOperation? collection)
    {
        var value = collection is null ? null : QuartzTriggerReader.Expand(context, collection).FirstOrDefault(operation => operation is IArrayCreationOperation or ICollectionExpressionOperation);
        return value switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
            ICollectionExpressionOperation expression => expression.Elements,
            _ => [],
        };
    }
}
