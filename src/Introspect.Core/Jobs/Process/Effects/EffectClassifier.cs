using Microsoft.CodeAnalysis;

namespace Introspect.Core.Jobs.Process;

/// <summary>All the effect families; each call is offered to every classifier, in a fixed order.</summary>
internal sealed class EffectClassifier
{
    private readonly EfCoreEffects _efCore;
    private readonly IEffectClassifier[] _classifiers;

    public EffectClassifier(SourceLookup lookup)
    {
        _efCore = new EfCoreEffects(lookup.Tables);
        _classifiers =
        [
            _efCore,
            new AdoNetEffects(),
            new HttpEffects(),
            new EmailEffects(),
            new FileEffects(),
            new ProcessStartEffects(),
            new MessageEffects(),
            new JobEffects(),
        ];
    }

    /// <summary>The read of an EF Core query that a foreach enumerates, if the collection is one.</summary>
    public ProcessEffect? Enumerated(IOperation collection, bool isAsync) => _efCore.Enumerated(collection, isAsync ? "await foreach" : "foreach");

    public IEnumerable<ProcessEffect> Classify(CallSite call) => _classifiers.SelectMany(classifier => classifier.Classify(call));
}
