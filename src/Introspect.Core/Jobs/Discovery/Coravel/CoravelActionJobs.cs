using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Discovery.Coravel;

/// <summary>
/// Coravel action jobs: <c>scheduler.Schedule(() =&gt; …)</c> and <c>scheduler.ScheduleAsync(async () =&gt; …)</c>, where
/// the job is a delegate rather than an invocable. A method group's method is the entry; a lambda is a job of the
/// class it is written in, named after the method that schedules it and its line (a lambda has no name of its own).
/// </summary>
internal static class CoravelActionJobs
{
    private static readonly string[] DelegateParameters = ["actionToSchedule", "asyncTaskToSchedule"];

    public static bool IsActionSchedule(IInvocationOperation call) =>
        call.TargetMethod.Name is "Schedule" or "ScheduleAsync" && call.TargetMethod.TypeArguments.IsEmpty && Handler(call) is not null;

    public static DiscoveredJob? Create(DiscoveryContext context, IInvocationOperation call, JobTrigger trigger, JobConcurrency concurrency)
    {
        if (Handler(call) is not { } handler || JobSymbols.EnclosingMethod(call) is not { } enclosing)
        {
            return null;
        }

        var location = context.Location(call.Syntax);
        switch (JobSymbols.Unwrap(handler))
        {
            case IMethodReferenceOperation reference:
                return JobFactory.Create(context, JobFramework.Coravel, "Coravel", reference.Method.ContainingType, reference.Method, [trigger], concurrency, [location]);
            case IAnonymousFunctionOperation lambda:
                var name = $"{enclosing.Name}@{location.Line}";
                var job = JobFactory.Create(context, JobFramework.Coravel, "Coravel", enclosing.ContainingType, lambda.Symbol, [trigger], concurrency, [location]);
                return job with
                {
                    Job = job.Job with
                    {
                        Id = JobSymbols.Id(enclosing.ContainingType, name),
                        EntryMethod = "lambda",
                        DisplayName = $"{enclosing.ContainingType.Name}.{name}",
                        Location = location,
                        Notes = [$"An action job: the lambda passed to {call.TargetMethod.Name} in {enclosing.Name}."],
                    },
                };
            default:
                return null;
        }
    }

    private static IOperation? Handler(IInvocationOperation call) =>
        DelegateParameters.Select(name => JobSymbols.Argument(call, name)).FirstOrDefault(argument => argument is not null);
}
