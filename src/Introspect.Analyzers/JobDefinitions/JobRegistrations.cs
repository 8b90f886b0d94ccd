using System.Collections.Concurrent;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>A Hangfire <c>AddOrUpdate</c>: the recurring job id, the method it runs and how often.</summary>
internal sealed record HangfireRecurringJob(string? Id, IMethodSymbol? JobMethod, INamedTypeSymbol? JobType, Frequency Frequency, string Schedule, Location Location);

/// <summary>A Coravel <c>Schedule</c> chain: the invocable (or the lambda's body), how often, and its <c>PreventOverlapping</c> id.</summary>
internal sealed record CoravelScheduledJob(string JobName, INamedTypeSymbol? Invocable, MethodWrites? LambdaWrites, Frequency Frequency, bool PreventsOverlapping, string? OverlapId, Location Location);

/// <summary>A Quartz job definition (<c>AddJob&lt;T&gt;</c>, <c>ScheduleJob&lt;T&gt;</c>): its class, key and, for ScheduleJob, its trigger's frequency.</summary>
internal sealed record QuartzJobDefinition(INamedTypeSymbol JobType, string? Key, Frequency Frequency, Location Location);

/// <summary>A Quartz trigger tied to a job with <c>ForJob</c>: the job's key, its own key and how often it fires.</summary>
internal sealed record QuartzTriggerDefinition(string? JobKey, string? TriggerKey, Frequency Frequency, Location Location);

/// <summary>
/// The recurring job definitions of a compilation, read file by file from the calls that make them: Hangfire
/// <c>AddOrUpdate</c>, Coravel <c>Schedule</c> chains, Quartz <c>AddJob</c>/<c>ScheduleJob</c> and triggers with
/// <c>ForJob</c>. Files that do not name these calls are not bound.
/// </summary>
internal sealed class JobRegistrations
{
    private static readonly HashSet<string> CoravelScheduleMethods = ["Schedule", "ScheduleAsync", "ScheduleWithParams", "ScheduleInvocableType"];

    public ConcurrentBag<HangfireRecurringJob> Hangfire { get; } = [];

    public ConcurrentBag<CoravelScheduledJob> Coravel { get; } = [];

    public ConcurrentBag<QuartzJobDefinition> QuartzJobs { get; } = [];

    public ConcurrentBag<QuartzTriggerDefinition> QuartzTriggers { get; } = [];

    public void Read(SemanticModelAnalysisContext context)
    {
        var model = context.SemanticModel;
        var token = context.CancellationToken;
        CallSites.ForEachCall(model, "AddOrUpdate", name => name == "AddOrUpdate", ReadHangfire, token);
        CallSites.ForEachCall(model, "Schedule", name => CoravelScheduleMethods.Contains(name) || name == "ScheduleJob", ReadSchedule, token);
        CallSites.ForEachCall(model, "AddJob", name => name == "AddJob", ReadQuartzJob, token);
        CallSites.ForEachCall(model, "ForJob", name => name == "ForJob", ReadQuartzTrigger, token);
    }

    private void ReadHangfire(IInvocationOperation call)
    {
        if (!HangfireCalls.IsAddOrUpdate(call.TargetMethod))
        {
            return;
        }

        var jobCall = HangfireCalls.JobCall(call);
        var jobType = call.TargetMethod.TypeArguments is { Length: 1 } typeArguments && typeArguments[0] is INamedTypeSymbol typeArgument ? typeArgument : jobCall?.TargetMethod.ContainingType;
        var method = jobCall?.TargetMethod;
        if (method is not null && jobType is not null && !SymbolEqualityComparer.Default.Equals(method.ContainingType, jobType))
        {
            method = jobType.FindImplementationForInterfaceMember(method) as IMethodSymbol ?? method;
        }

        var cron = HangfireCalls.Argument(call, "cronExpression");
        var schedule = cron?.ConstantValue is { HasValue: true, Value: string text } ? $"cron '{text}'" : cron?.Syntax.ToString() ?? "its schedule";
        var id = HangfireCalls.Argument(call, "recurringJobId")?.ConstantValue is { HasValue: true, Value: string constant } ? constant : null;
        Hangfire.Add(new HangfireRecurringJob(id, method, jobType, ScheduleFrequency.OfHangfireCron(cron), schedule, call.Syntax.GetLocation()));
    }

    private void ReadSchedule(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        var ns = method.ContainingType?.ContainingNamespace?.ToDisplayString() ?? "";
        if (ns.StartsWith("Coravel", StringComparison.Ordinal) && CoravelScheduleMethods.Contains(method.Name))
        {
            ReadCoravel(call);
        }
        else if (ns.StartsWith("Quartz", StringComparison.Ordinal) && method.Name == "ScheduleJob" && method.TypeArguments.Length == 1 && method.TypeArguments[0] is INamedTypeSymbol jobType)
        {
            var trigger = call.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "trigger")?.Value;
            var key = JobKeyInConfiguration(call);
            QuartzJobs.Add(new QuartzJobDefinition(jobType, key, trigger is null ? Frequency.Unknown : ScheduleFrequency.OfQuartzTrigger(trigger), call.Syntax.GetLocation()));
        }
    }

    private void ReadCoravel(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        var invocable = method.TypeArguments.Length == 1 ? method.TypeArguments[0] as INamedTypeSymbol : null;
        MethodWrites? lambdaWrites = null;
        var first = call.Arguments.Length > 0 ? HangfireCalls.Unwrap(call.Arguments[call.Arguments.Length > 1 && method.IsExtensionMethod ? 1 : 0].Value) : null;
        if (first is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
        {
            lambdaWrites = SharedStateWrites.Scan([lambda.Body], lambda.Symbol);
        }
        else if (first is ITypeOfOperation { TypeOperand: INamedTypeSymbol ofType })
        {
            invocable = ofType;
        }

        var frequency = Frequency.Unknown;
        var prevents = false;
        string? overlapId = null;
        foreach (var next in FluentChain.Following(call))
        {
            var interval = ScheduleFrequency.OfCoravelInterval(next);
            frequency = interval != Frequency.Unknown ? interval : frequency;
            if (next.TargetMethod.Name == "PreventOverlapping")
            {
                prevents = true;
                overlapId = next.Arguments.LastOrDefault()?.Value.ConstantValue is { HasValue: true, Value: string id } ? id : null;
            }
        }

        var name = invocable?.Name ?? "the scheduled lambda";
        Coravel.Add(new CoravelScheduledJob(name, invocable, lambdaWrites, frequency, prevents, overlapId, call.Syntax.GetLocation()));
    }

    private void ReadQuartzJob(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        if (method.TypeArguments.Length != 1
            || method.TypeArguments[0] is not INamedTypeSymbol jobType
            || !(method.ContainingType?.ContainingNamespace?.ToDisplayString() ?? "").StartsWith("Quartz", StringComparison.Ordinal))
        {
            return;
        }

        QuartzJobs.Add(new QuartzJobDefinition(jobType, JobKeyInConfiguration(call), Frequency.Unknown, call.Syntax.GetLocation()));
    }

    private void ReadQuartzTrigger(IInvocationOperation forJob)
    {
        if (!(forJob.TargetMethod.ContainingType?.ContainingNamespace?.ToDisplayString() ?? "").StartsWith("Quartz", StringComparison.Ordinal))
        {
            return;
        }

        var chain = FluentChain.Following(forJob).Prepend(forJob).ToList();
        var top = chain[chain.Count - 1];
        var all = Receivers(forJob).Concat(chain).ToList();
        var triggerKey = all.FirstOrDefault(call => call.TargetMethod.Name == "WithIdentity") is { } identity ? QuartzKeys.Of(identity) : null;
        QuartzTriggers.Add(new QuartzTriggerDefinition(QuartzKeys.Of(forJob), triggerKey, ScheduleFrequency.OfQuartzTrigger(top), forJob.Syntax.GetLocation()));
    }

    /// <summary>The calls before <paramref name="call"/> in its chain: its receiver, the receiver's receiver, ...</summary>
    private static IEnumerable<IInvocationOperation> Receivers(IInvocationOperation call)
    {
        var receiver = call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : call.Instance;
        while (HangfireCalls.Unwrap(receiver) is IInvocationOperation previous)
        {
            yield return previous;
            receiver = previous.TargetMethod.IsExtensionMethod && previous.Arguments.Length > 0 ? previous.Arguments[0].Value : previous.Instance;
        }
    }

    /// <summary>The job key given to <c>AddJob</c>: a <c>JobKey</c> argument, or <c>WithIdentity</c> in its configure lambda.</summary>
    private static string? JobKeyInConfiguration(IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Type.Name == "JobKey" && QuartzKeys.OfValue(argument.Value) is { } key)
            {
                return key;
            }

            if (argument.Parameter?.Name != "trigger" && HangfireCalls.Unwrap(argument.Value) is IDelegateCreationOperation configure
                && configure.Descendants().OfType<IInvocationOperation>().FirstOrDefault(inner => inner.TargetMethod.Name == "WithIdentity") is { } identity)
            {
                return QuartzKeys.Of(identity);
            }
        }

        return null;
    }
}
