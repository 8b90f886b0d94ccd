using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Discovery.Quartz;

/// <summary>
/// Quartz 4 delegate jobs: <c>AddJob("name", handler, ...)</c> and <c>ScheduleJob("name", handler, trigger =&gt; ...)</c>,
/// where the job is a lambda or a method group rather than an IJob class. A method group's method is the entry; a
/// lambda is a job of the class it is written in, named by its Quartz job name.
/// </summary>
internal static class QuartzDelegateJobs
{
    public static IEnumerable<DiscoveredJob> Find(DiscoveryContext context, IReadOnlyList<(string? Key, INamedTypeSymbol? Type, JobTrigger Trigger)> triggers)
    {
        foreach (var name in new[] { "AddJob", "ScheduleJob" })
        {
            foreach (var call in context.Invocations(name).Where(call => JobSymbols.IsIn(call.TargetMethod, "Quartz")))
            {
                var handler = JobSymbols.Argument(call, "handler");
                var jobName = context.Values.Resolve(JobSymbols.Argument(call, "name")).AsString;
                if (handler is null || jobName is null || JobSymbols.EnclosingMethod(call) is not { } enclosing)
                {
                    continue;
                }

                var location = context.Location(call.Syntax);
                var mine = new List<JobTrigger>();
                if (name == "ScheduleJob" && JobSymbols.Argument(call, "trigger") is { } triggerOperation)
                {
                    if (QuartzTriggerReader.Read(context, triggerOperation, location).Trigger is { } trigger)
                    {
                        mine.Add(trigger);
                    }
                }
                else
                {
                    mine.AddRange(triggers.Where(entry => entry.Key == $"DEFAULT.{jobName}").Select(entry => entry.Trigger));
                }

                var unwrapped = JobSymbols.Unwrap(handler);
                if (unwrapped is IMethodReferenceOperation reference)
                {
                    yield return JobFactory.Create(context, JobFramework.Quartz, "Quartz", reference.Method.ContainingType, reference.Method, mine, registrations: [location]);
                }
                else if (unwrapped is IAnonymousFunctionOperation lambda)
                {
                    var job = JobFactory.Create(context, JobFramework.Quartz, "Quartz", enclosing.ContainingType, lambda.Symbol, mine, registrations: [location]);
                    yield return job with
                    {
                        Job = job.Job with
                        {
                            Id = JobSymbols.Id(enclosing.ContainingType, jobName),
                            EntryMethod = "lambda",
                            DisplayName = jobName,
                            Location = location,
                            Notes = [$"A delegate job: the lambda passed to {name} in {enclosing.Name}."],
                        },
                    };
                }
            }
        }
    }
}
