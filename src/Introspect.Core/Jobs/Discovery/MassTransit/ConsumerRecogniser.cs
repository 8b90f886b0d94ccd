using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace Introspect.Core.Jobs.Discovery.MassTransit;

/// <summary>MassTransit consumers: each IConsumer&lt;TMessage&gt; a class implements is a trigger on that message.</summary>
internal sealed class ConsumerRecogniser : IJobRecogniser
{
    public IEnumerable<DiscoveredJob> Recognise(DiscoveryContext context)
    {
        var consumer = context.Type(WellKnownTypeNames.MassTransitConsumer);
        if (consumer is null)
        {
            yield break;
        }

        foreach (var call in context.Invocations("AddConsumer").Where(call => JobSymbols.IsIn(call.TargetMethod, "MassTransit")))
        {
            if (call.TargetMethod.TypeArguments.FirstOrDefault() is INamedTypeSymbol registered)
            {
                context.AddRegistration(JobSymbols.TypeName(registered), context.Location(call.Syntax));
            }
        }

        foreach (var type in context.SourceTypes.Where(type => type.TypeKind == TypeKind.Class && !type.IsAbstract))
        {
            var messages = type.AllInterfaces
                .Where(candidate => SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, consumer))
                .Select(candidate => candidate.TypeArguments[0])
                .ToList();
            if (messages.Count == 0)
            {
                continue;
            }

            var triggers = messages.Select(message => new JobTrigger
            {
                Kind = TriggerKind.Message,
                Description = $"on message {message.Name}",
                MessageType = JobSymbols.TypeName(message),
                Location = context.Location(type),
            });
            yield return JobFactory.Create(context, JobFramework.MassTransit, "MassTransit", type, JobFactory.FindMethod(type, "Consume"), triggers);
        }
    }
}
