using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Process;

/// <summary>Messages published or sent with MassTransit (IPublishEndpoint, ISendEndpoint, IBus, ConsumeContext).</summary>
internal sealed class MessageEffects : IEffectClassifier
{
    public IEnumerable<ProcessEffect> Classify(CallSite call)
    {
        var method = call.Method;
        if (method.Name is not ("Publish" or "Send") || !TypeFacts.InNamespace(method.ContainingType, "MassTransit"))
        {
            return [];
        }

        var sender = method.ContainingType;
        if (!TypeFacts.IsOrImplements(sender, "MassTransit", "IPublishEndpoint") && !TypeFacts.IsOrImplements(sender, "MassTransit", "ISendEndpoint")
            && !TypeFacts.IsOrImplements(call.ReceiverType, "MassTransit", "IPublishEndpoint") && !TypeFacts.IsOrImplements(call.ReceiverType, "MassTransit", "ISendEndpoint"))
        {
            return [];
        }

        var message = method.TypeArguments.FirstOrDefault()
            ?? call.Arguments.Where(argument => !(method.IsExtensionMethod && argument.Parameter?.Ordinal == 0))
                .Select(argument => CodeText.Unwrap(argument.Value).Type)
                .FirstOrDefault(type => type is not null && type.SpecialType == SpecialType.None && !TypeFacts.Is(type, "System.Threading", "CancellationToken"));
        return [new ProcessEffect(EffectKind.Message, message?.Name ?? "message", EffectAccess.Write, method.Name, Destination(call.Receiver), call.Location)];
    }

    /// <summary>The address of a send endpoint got with <c>GetSendEndpoint(new Uri("queue:…"))</c> in the same body.</summary>
    private static string? Destination(IOperation? receiver)
    {
        var value = receiver is null ? null : CodeText.Unwrap(receiver);
        if (value is ILocalReferenceOperation local && CodeText.Initializer(local) is { } initializer)
        {
            value = CodeText.Unwrap(initializer);
        }

        if (value is IAwaitOperation awaited)
        {
            value = CodeText.Unwrap(awaited.Operation);
        }

        if (value is not IInvocationOperation { TargetMethod.Name: "GetSendEndpoint", Arguments: [var address, ..] })
        {
            return null;
        }

        var uri = CodeText.Unwrap(address.Value);
        return uri is IObjectCreationOperation { Arguments: [var text, ..] } ? "to " + CodeText.Value(text.Value) : "to " + CodeText.Value(uri);
    }
}

/// <summary>
/// Jobs handed to a scheduler: Hangfire's BackgroundJob and IBackgroundJobClient (whose Enqueue/Schedule/
/// ContinueJobWith are extension methods of BackgroundJobClientExtensions) and Coravel's IQueue. The resource is
/// the enqueued job's type; the detail its method and the queue when one is named.
/// </summary>
internal sealed class JobEffects : IEffectClassifier
{
    private static readonly string[] HangfireMethods = ["Enqueue", "Schedule", "ContinueJobWith", "ContinueWith", "Create", "Requeue"];

    public IEnumerable<ProcessEffect> Classify(CallSite call)
    {
        var method = call.Method;
        var type = method.ContainingType;
        var hangfire = (TypeFacts.Is(type, "Hangfire", "BackgroundJob") || TypeFacts.Is(type, "Hangfire", "BackgroundJobClientExtensions")
                || TypeFacts.IsOrImplements(type, "Hangfire", "IBackgroundJobClient"))
            && HangfireMethods.Contains(method.Name);
        var coravel = method.Name.StartsWith("QueueInvocable", StringComparison.Ordinal) && TypeFacts.IsOrImplements(type, "Coravel.Queuing.Interfaces", "IQueue");
        if (!hangfire && !coravel)
        {
            return [];
        }

        var target = JobMethod(call);
        var jobType = method.TypeArguments.FirstOrDefault()?.Name ?? target?.ContainingType.Name ?? "job";
        var queue = call.Argument("queue") is { } queueArgument ? CodeText.Constant(queueArgument) : null;
        var detail = string.Join(", ", new[]
        {
            target is null ? null : target.ContainingType.Name + "." + target.Name,
            queue is null ? null : "queue " + queue,
        }.Where(part => part is not null));
        return [new ProcessEffect(EffectKind.Job, jobType, EffectAccess.Write, method.Name, detail.Length == 0 ? null : detail, call.Location)];
    }

    /// <summary>The method named in the job expression (<c>job => job.CreateAsync(...)</c>).</summary>
    private static IMethodSymbol? JobMethod(CallSite call)
    {
        foreach (var argument in call.Arguments)
        {
            var lambda = CodeText.Unwrap(argument.Value) switch
            {
                IAnonymousFunctionOperation function => function,
                IDelegateCreationOperation { Target: IAnonymousFunctionOperation function } => function,
                _ => null,
            };
            var invocation = lambda?.Body.Descendants().OfType<IInvocationOperation>().FirstOrDefault();
            if (invocation is not null)
            {
                return invocation.TargetMethod;
            }
        }

        return null;
    }
}
