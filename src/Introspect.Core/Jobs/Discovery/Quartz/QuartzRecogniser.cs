using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Discovery.Quartz;

/// <summary>
/// Quartz.NET jobs: classes implementing IJob (Execute returns Task in 3.x, ValueTask in 4.x), with their triggers read
/// from AddQuartz (AddJob + AddTrigger matched by job key, ScheduleJob&lt;T&gt;) and from IScheduler.ScheduleJob with
/// JobBuilder and TriggerBuilder, and chained after another job by JobChainingJobListener (<see cref="QuartzJobChains"/>). Without a time zone, Quartz runs cron triggers in the server's local zone.
/// </summary>
internal sealed class QuartzRecogniser : IJobRecogniser
{
    public IEnumerable<DiscoveredJob> Recognise(DiscoveryContext context)
    {
        var jobInterface = context.Type(WellKnownTypeNames.QuartzJob);
        if (jobInterface is null)
        {
            return [];
        }

        var keys = new Dictionary<string, INamedTypeSymbol>(StringComparer.Ordinal);
        var triggers = new List<(string? Key, INamedTypeSymbol? Type, JobTrigger Trigger)>();

        foreach (var (call, binding) in Calls(context, "AddJob"))
        {
            using var bound = context.Values.Bind(binding);
            var type = JobType(context, call);
            if (type is null)
            {
                continue;
            }

            context.AddRegistration(JobSymbols.TypeName(type), Site(context, call));
            var identity = call.Descendants().OfType<IInvocationOperation>().FirstOrDefault(inner => inner.TargetMethod.Name == "WithIdentity");
            var key = identity is null ? null : QuartzTriggerReader.Key(context, identity);
            keys[key ?? $"DEFAULT.{type.Name}"] = type;
        }

        foreach (var (call, binding) in Calls(context, "AddTrigger"))
        {
            using var bound = context.Values.Bind(binding);
            var (key, trigger) = QuartzTriggerReader.Read(context, call, Site(context, call));
            if (trigger is not null)
            {
                triggers.Add((key, JobType(context, call), trigger));
            }
        }

        foreach (var (call, binding) in Calls(context, "ScheduleJob"))
        {
            using var bound = context.Values.Bind(binding);
            var type = JobType(context, call) ?? JobBuilderType(context, JobSymbols.Argument(call, "jobDetail"));
            var triggerOperation = JobSymbols.Argument(call, "trigger") ?? JobSymbols.Argument(call, "triggerForJob");
            if (type is null || triggerOperation is null)
            {
                continue;
            }

            context.AddRegistration(JobSymbols.TypeName(type), Site(context, call));
            var (_, trigger) = QuartzTriggerReader.Read(context, triggerOperation, Site(context, call));
            if (trigger is not null)
            {
                triggers.Add((null, type, trigger));
            }
        }

        foreach (var (first, second, trigger) in QuartzJobChains.Links(context))
        {
            var parent = keys.TryGetValue(first, out var firstType) ? JobSymbols.Id(firstType, "Execute") : null;
            triggers.Add((second, null, trigger with { ParentJobId = parent }));
        }

        return QuartzDelegateJobs.Find(context, triggers).Concat(context.SourceTypes
            .Where(type => type.TypeKind == TypeKind.Class && !type.IsAbstract && TypeHierarchy.Implements(type, jobInterface))
            .Select(type =>
            {
                var mine = triggers
                    .Where(entry => SymbolEqualityComparer.Default.Equals(entry.Type, type)
                        || (entry.Key is not null && keys.TryGetValue(entry.Key, out var keyed) && SymbolEqualityComparer.Default.Equals(keyed, type)))
                    .Select(entry => entry.Trigger)
                    .Concat(QuartzDeclaredJobs.Triggers(context, type));
                var concurrency = new JobConcurrency
                {
                    DisallowConcurrentExecution = JobSymbols.HasAttribute(type, "Quartz.DisallowConcurrentExecutionAttribute"),
                    PersistJobDataAfterExecution = JobSymbols.HasAttribute(type, "Quartz.PersistJobDataAfterExecutionAttribute"),
                    RetryAttempts = JobSymbols.FindAttribute(type, "Quartz.RetryPolicyAttribute")?.ConstructorArguments.FirstOrDefault().Value as int?,
                };
                var declared = QuartzDeclaredJobs.IsDeclared(type) ? [context.Location(type)] : Array.Empty<SourceLocation>();
                return JobFactory.Create(context, JobFramework.Quartz, "Quartz", type, JobFactory.FindMethod(type, "Execute"), mine, concurrency, declared) with
                {
                    NeedsRegistration = true,
                };
            }))
            .ToList();
    }

    /// <summary>Quartz's calls with this name, each with the bindings of the generic helper it may be written in.</summary>
    private static IEnumerable<(IInvocationOperation Call, CallBinding Binding)> Calls(DiscoveryContext context, string name) =>
        context.Invocations(name).Where(call => JobSymbols.IsIn(call.TargetMethod, "Quartz"))
            .SelectMany(call => CallBinding.For(context, call).Select(binding => (call, binding)));

    /// <summary>Where a registration is: the call, or the helper's caller when the call is inside a generic helper.</summary>
    private static SourceLocation Site(DiscoveryContext context, IInvocationOperation call) => context.Location(context.Values.BindingSite ?? call.Syntax);

    /// <summary>The job type of AddJob&lt;T&gt;, AddTrigger&lt;T&gt;, ScheduleJob&lt;T&gt;, or AddJob(typeof(T)); T as the helper's caller binds it.</summary>
    private static INamedTypeSymbol? JobType(DiscoveryContext context, IInvocationOperation call) =>
        context.Values.Concrete(call.TargetMethod.TypeArguments.FirstOrDefault()) as INamedTypeSymbol
        ?? (JobSymbols.Argument(call, "jobType") is { } argument && JobSymbols.Unwrap(argument) is ITypeOfOperation { TypeOperand: var operand }
            && context.Values.Concrete(operand) is INamedTypeSymbol type ? type : null);

    /// <summary>The T of a <c>JobBuilder.Create&lt;T&gt;()</c> chain, through a local.</summary>
    private static INamedTypeSymbol? JobBuilderType(DiscoveryContext context, IOperation? jobDetail) =>
        jobDetail is null ? null : QuartzTriggerReader.Expand(context, jobDetail)
            .OfType<IInvocationOperation>()
            .Where(call => call.TargetMethod.Name == "Create" && call.TargetMethod.ContainingType?.Name == "JobBuilder")
            .Select(call => call.TargetMethod.TypeArguments.FirstOrDefault() as INamedTypeSymbol)
            .FirstOrDefault(type => type is not null);
}
