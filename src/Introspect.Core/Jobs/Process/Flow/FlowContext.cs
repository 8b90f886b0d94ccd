using Microsoft.CodeAnalysis;

namespace Introspect.Core.Jobs.Process;

/// <summary>What the readers of one model share: the source, the options, the classifiers and the call stack.</summary>
internal sealed class FlowContext
{
    public FlowContext(SourceLookup lookup, ProcessModelOptions options, CancellationToken cancellationToken)
    {
        Lookup = lookup;
        Options = options;
        CancellationToken = cancellationToken;
        Effects = new EffectClassifier(lookup);
        Statements = new StatementReader(this);
        Expressions = new ExpressionReader(this);
        Parallel = new ParallelReader(this);
        Calls = new CallFollower(this);
    }

    public SourceLookup Lookup { get; }

    public ProcessModelOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public EffectClassifier Effects { get; }

    public StatementReader Statements { get; }

    public ExpressionReader Expressions { get; }

    public ParallelReader Parallel { get; }

    public CallFollower Calls { get; }

    /// <summary>
    /// Tasks started into locals that a later Task.WhenAll/WhenAny in the same block waits for: their calls are
    /// kept here and shown as the strands of that parallel section instead of as steps before it.
    /// </summary>
    public Dictionary<ILocalSymbol, List<ProcessNode>> PendingTasks { get; } = new(SymbolEqualityComparer.Default);
}
