using Introspect.Core.Jobs.Triggers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Discovery.Hangfire;

/// <summary>
/// <c>IBackgroundJobClient.Create</c>: the low-level call Enqueue, Schedule and ContinueJobWith are built on. The job is
/// either an expression (the <c>Create(methodCall, state)</c> extensions) or a <c>Job</c> object from
/// <c>Job.FromExpression</c> (the interface member <c>Create(Job, IState)</c>); whether it is enqueued, delayed or a
/// continuation is the state it is created in: EnqueuedState, ScheduledState or AwaitingState.
/// </summary>
internal static class HangfireCreateCalls
{
    public static bool IsCreate(IInvocationOperation call) => call.TargetMethod.Name == "Create";

    /// <summary>The <c>Job.FromExpression(...)</c> call behind the <c>job</c> argument of <c>Create(Job, IState)</c>.</summary>
    public static IInvocationOperation? JobFromExpression(DiscoveryContext context, IInvocationOperation call) =>
        ThroughLocal(context, JobSymbols.Argument(call, "job")) is IInvocationOperation
        {
            TargetMethod: { Name: "FromExpression", ContainingType: { } type },
        } fromExpression && type.ToDisplayString() == "Hangfire.Common.Job"
            ? fromExpression
            : null;

    /// <summary>The trigger the state gives: an enqueue (EnqueuedState, with its queue), a delay (ScheduledState), a continuation (AwaitingState).</summary>
    public static JobTrigger FromState(DiscoveryContext context, IInvocationOperation call, JobTrigger enqueued, string by, Func<IOperation?, string?> parentJobId)
    {
        var state = ThroughLocal(context, JobSymbols.Argument(call, "state")) as IObjectCreationOperation;
        var stateType = state?.Type?.ToDisplayString();
        IOperation? Argument(string name) => state?.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == name && argument.ArgumentKind != ArgumentKind.DefaultValue)?.Value;
        switch (stateType)
        {
            case "Hangfire.States.EnqueuedState":
                var queue = context.Values.Resolve(Argument("queue")).AsString ?? enqueued.Queue;
                return enqueued with
                {
                    Queue = queue,
                    Description = $"fire-and-forget, created in EnqueuedState by {by}{Suffix(enqueued, queue)}",
                };
            case "Hangfire.States.ScheduledState":
                var delay = context.Values.Resolve(Argument("enqueueIn")).AsTimeSpan;
                var when = delay is { } span ? $"{Durations.Describe(span)} after" : "at a chosen time after";
                return enqueued with
                {
                    Kind = TriggerKind.Delayed,
                    Delay = delay,
                    Description = $"delayed, {when} being created in ScheduledState by {by}{Suffix(enqueued, enqueued.Queue)}",
                };
            case "Hangfire.States.AwaitingState":
                var parent = parentJobId(Argument("parentId"));
                return enqueued with
                {
                    Kind = TriggerKind.Continuation,
                    ParentJobId = parent,
                    Description = $"continuation (AwaitingState) of {HangfireRecogniser.ShortName(parent) ?? "a job"}, set up by {by}{Suffix(enqueued, enqueued.Queue)}",
                };
            default:
                // A state built elsewhere (a parameter, a factory): the job is created, but when it runs is not in sight.
                return enqueued with
                {
                    Description = $"created by {by} in {(stateType is null ? "a state Introspect could not follow" : stateType.Split('.')[^1])}{Suffix(enqueued, enqueued.Queue)}",
                };
        }
    }

    /// <summary>What a value is, looking through one local variable to its initializer.</summary>
    public static IOperation? ThroughLocal(DiscoveryContext context, IOperation? operation)
    {
        var unwrapped = operation is null ? null : JobSymbols.Unwrap(operation);
        if (unwrapped is not ILocalReferenceOperation local)
        {
            return unwrapped;
        }

        var initializer = local.Local.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax())
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax>()
            .Select(declarator => declarator.Initializer?.Value)
            .FirstOrDefault(value => value is not null);
        return initializer is null || context.Operation(initializer) is not { } value ? null : JobSymbols.Unwrap(value);
    }

    private static string Suffix(JobTrigger trigger, string? queue) =>
        (trigger.InLoop ? ", once per item of a loop" : string.Empty) + (queue is null ? string.Empty : $" (queue {queue})");
}
