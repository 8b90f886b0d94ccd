namespace Introspect.Core.Jobs.Process;

/// <summary>All the effect families; each call is offered to every classifier, in a fixed order.</summary>
internal sealed class EffectClassifier(SourceLookup lookup)
{
    private readonly IEffectClassifier[] _classifiers =
    [
        new EfCoreEffects(lookup.Tables),
        new AdoNetEffects(),
        new HttpEffects(),
        new EmailEffects(),
        new FileEffects(),
        new ProcessStartEffects(),
        new MessageEffects(),
        new JobEffects(),
    ];

    public IEnumerable<ProcessEffect> Classify(CallSite call) => _classifiers.SelectMany(classifier => classifier.Classify(call));
}
