using Introspect.Core.Jobs.Triggers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using HangfireCronHelpers = Introspect.Analyzers.Knowledge.Cron.HangfireCronHelpers;

namespace Introspect.Core.Jobs.Discovery.Hangfire;

/// <summary>
/// Hangfire jobs, found from the calls that schedule them: recurring jobs (RecurringJob / IRecurringJobManager
/// AddOrUpdate, every overload, with RecurringJobOptions.TimeZone and Cron.* helpers), and one-off jobs enqueued,
/// scheduled or continued through BackgroundJob or IBackgroundJobClient, or created in a state with Create (see
/// <see cref="HangfireCreateCalls"/>). The job is the method the expression calls.
/// </summary>
internal sealed class HangfireRecogniser : IJobRecogniser
{
    private static readonly string[] ClientMethods = ["Enqueue", "Schedule", "ContinueJobWith", "ContinueWith", "Create"];

    public IEnumerable<DiscoveredJob> Recognise(DiscoveryContext context)
    {
        if (context.Type("Hangfire.RecurringJob") is null)
        {
            yield break;
        }

        foreach (var call in context.Invocations("AddOrUpdate").Where(call => HangfireApi.IsRecurring(call.TargetMethod)))
        {
            foreach (var binding in CallBinding.For(context, call))
            {
                using var bound = context.Values.Bind(binding);
                if (Create(context, call, Recurring(context, call)) is { } job)
                {
                    yield return job;
                }
            }
        }

        foreach (var name in ClientMethods)
        {
            foreach (var call in context.Invocations(name).Where(call => HangfireApi.IsClient(call.TargetMethod)))
            {
                foreach (var binding in CallBinding.For(context, call))
                {
                    using var bound = context.Values.Bind(binding);
                    if (Create(context, call, OneOff(context, call)) is { } job)
                    {
                        yield return job;
                    }
                }
            }
        }
    }

    private static DiscoveredJob? Create(DiscoveryContext context, IInvocationOperation call, JobTrigger trigger)
    {
        var expressionCall = JobExpressionCall(context, call);
        if (JobMethod(expressionCall) is not { } method)
        {
            return null;
        }

        var type = expressionCall.TargetMethod.TypeArguments is [var typeArgument] && context.Values.Concrete(typeArgument) is INamedTypeSymbol concrete ? concrete : method.ContainingType;
        if (expressionCall.TargetMethod.TypeArguments is [ITypeParameterSymbol] && !SymbolEqualityComparer.Default.Equals(type, method.ContainingType))
        {
            // Inside a generic helper: the method the caller's type implements or overrides.
            method = type.FindImplementationForInterfaceMember(method) as IMethodSymbol ?? JobFactory.FindMethod(type, method.Name) ?? method;
        }

        var registration = context.Location(context.Values.BindingSite ?? call.Syntax);
        return JobFactory.Create(context, JobFramework.Hangfire, "Hangfire", type, method, [trigger], Concurrency(method), [registration]);
    }

    /// <summary>The job method: what the <c>methodCall</c> expression calls.</summary>
    internal static IMethodSymbol? JobMethod(IInvocationOperation call) => JobSymbols.CalledMethod(JobSymbols.Argument(call, "methodCall"));

    /// <summary>The call whose <c>methodCall</c> names the job: the call itself, or the Job.FromExpression behind Create(Job, IState).</summary>
    private static IInvocationOperation JobExpressionCall(DiscoveryContext context, IInvocationOperation call) =>
        HangfireCreateCalls.IsCreate(call) ? HangfireCreateCalls.JobFromExpression(context, call) ?? call : call;

    private static JobTrigger Recurring(DiscoveryContext context, IInvocationOperation call)
    {
        var zoneOperation = JobSymbols.Argument(call, "timeZone") ?? OptionsTimeZone(context, JobSymbols.Argument(call, "options"));
        var zone = TriggerFactory.Zone(context, zoneOperation, ZoneChoice.Utc);
        var trigger = TriggerFactory.Cron(context, CronText(context, JobSymbols.Argument(call, "cronExpression")), CronDialect.Hangfire, zone, context.Location(call.Syntax));
        var queue = context.Values.Resolve(JobSymbols.Argument(call, "queue")).AsString;
        return trigger with
        {
            Description = "recurring, " + trigger.Description + (queue is null ? string.Empty : $" (queue {queue})"),
            Identity = context.Values.Resolve(JobSymbols.Argument(call, "recurringJobId")).AsString,
            Queue = queue,
        };
    }

    private static JobTrigger OneOff(DiscoveryContext context, IInvocationOperation call)
    {
        var caller = JobSymbols.EnclosingMethod(call);
        var source = caller is null ? null : new TriggerSource
        {
            Caller = $"{JobSymbols.TypeName(caller.ContainingType)}.{caller.Name}",
            Endpoint = CallerEndpoints.Find(context, caller),
            Location = context.Location(call.Syntax),
        };
        var queue = context.Values.Resolve(JobSymbols.Argument(call, "queue")).AsString;
        var inLoop = JobSymbols.IsInLoop(call);
        var by = source is null ? "other code" : source.Endpoint ?? $"{caller!.ContainingType.Name}.{caller.Name}";
        var suffix = (inLoop ? ", once per item of a loop" : string.Empty) + (queue is null ? string.Empty : $" (queue {queue})");
        var trigger = new JobTrigger
        {
            Kind = TriggerKind.Enqueued,
            Description = $"fire-and-forget, enqueued by {by}{suffix}",
            Queue = queue,
            Source = source,
            InLoop = inLoop,
            Location = context.Location(call.Syntax),
        };

        switch (call.TargetMethod.Name)
        {
            case "Schedule":
                var delay = context.Values.Resolve(JobSymbols.Argument(call, "delay"));
                var when = delay.AsTimeSpan is { } span ? $"{Durations.Describe(span)} after" : "at a chosen time after";
                return trigger with { Kind = TriggerKind.Delayed, Delay = delay.AsTimeSpan, Description = $"delayed, {when} being scheduled by {by}{suffix}" };
            case "ContinueJobWith" or "ContinueWith":
                var parent = ParentJobId(context, JobSymbols.Argument(call, "parentId"));
                return trigger with
                {
                    Kind = TriggerKind.Continuation,
                    ParentJobId = parent,
                    Description = $"continuation ({call.TargetMethod.Name}) of {ShortName(parent) ?? "a job"}, set up by {by}{suffix}",
                };
            case "Create":
                return HangfireCreateCalls.FromState(context, call, trigger, by, parentId => ParentJobId(context, parentId));
            default:
                return trigger;
        }
    }

    /// <summary>"Ns.Type.Method" → "Type.Method".</summary>
    internal static string? ShortName(string? id)
    {
        if (id is null)
        {
            return null;
        }

        var method = id.LastIndexOf('.');
        var type = method > 0 ? id.LastIndexOf('.', method - 1) : -1;
        return type >= 0 ? id[(type + 1)..] : id;
    }

    /// <summary>The job whose id a continuation waits for: the Enqueue call that produced the id, through a local.</summary>
    private static string? ParentJobId(DiscoveryContext context, IOperation? parentId)
    {
        var operation = HangfireCreateCalls.ThroughLocal(context, parentId);
        if (operation is not IInvocationOperation enqueue || !HangfireApi.IsClient(enqueue.TargetMethod))
        {
            return null;
        }

        var expressionCall = JobExpressionCall(context, enqueue);
        return JobMethod(expressionCall) is { } method
            ? JobSymbols.Id(expressionCall.TargetMethod.TypeArguments is [INamedTypeSymbol type] ? type : method.ContainingType, method.Name)
            : null;
    }

    /// <summary>The cron text of a string, a Cron.* call, or a Func&lt;string&gt; such as <c>Cron.Daily</c> without parentheses.</summary>
    private static ResolvedValue CronText(DiscoveryContext context, IOperation? operation)
    {
        if (operation is null)
        {
            return ResolvedValue.Unknown("?");
        }

        var unwrapped = JobSymbols.Unwrap(operation);
        switch (unwrapped)
        {
            case IMethodReferenceOperation reference when HangfireApi.IsCronHelper(reference.Method):
                return new ResolvedValue(HangfireCronHelpers.Evaluate(reference.Method.Name, []), operation.Syntax.ToString());
            case IAnonymousFunctionOperation lambda when lambda.Body.Operations is [IReturnOperation { ReturnedValue: { } returned }]:
                return CronText(context, returned);
            case IInvocationOperation helper when HangfireApi.IsCronHelper(helper.TargetMethod):
                var arguments = helper.Arguments.Select(argument => context.Values.Resolve(argument.Value).AsInt).ToList();
                return arguments.All(argument => argument is not null)
                    ? new ResolvedValue(HangfireCronHelpers.Evaluate(helper.TargetMethod.Name, [.. arguments.Select(argument => argument!.Value)]), operation.Syntax.ToString())
                    : ResolvedValue.Unknown(operation.Syntax.ToString());
            default:
                return context.Values.Resolve(operation);
        }
    }

    /// <summary>The TimeZone set in a <c>new RecurringJobOptions { TimeZone = ... }</c> (directly or through a local).</summary>
    private static IOperation? OptionsTimeZone(DiscoveryContext context, IOperation? options)
    {
        var operation = options is null ? null : JobSymbols.Unwrap(options);
        if (operation is ILocalReferenceOperation local)
        {
            var initializer = local.Local.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax())
                .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax>()
                .Select(declarator => declarator.Initializer?.Value)
                .FirstOrDefault(value => value is not null);
            operation = initializer is null ? null : context.Operation(initializer);
        }

        return (operation as IObjectCreationOperation)?.Initializer?.Initializers
            .OfType<ISimpleAssignmentOperation>()
            .FirstOrDefault(assignment => assignment.Target is IPropertyReferenceOperation { Property.Name: "TimeZone" })?.Value;
    }

    private static JobConcurrency Concurrency(IMethodSymbol method)
    {
        AttributeData? Find(string name) => JobSymbols.FindAttribute(method, name) ?? JobSymbols.FindAttribute(method.ContainingType, name);

        var retry = Find("Hangfire.AutomaticRetryAttribute");
        var disable = Find("Hangfire.DisableConcurrentExecutionAttribute");
        var queue = Find("Hangfire.QueueAttribute");
        return new JobConcurrency
        {
            RetryAttempts = retry is null ? null : retry.NamedArguments.FirstOrDefault(argument => argument.Key == "Attempts").Value.Value as int? ?? 10,
            DisableConcurrentExecutionTimeoutSeconds = disable?.ConstructorArguments.FirstOrDefault().Value as int?,
            Queue = queue?.ConstructorArguments.FirstOrDefault().Value as string,
        };
    }
}
