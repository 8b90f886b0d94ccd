using Introspect.Core.Jobs.Process;

namespace Introspect.Diagrams.Activity;

/// <summary>Where the node cap cut a sequence: this many nodes of the model are not drawn.</summary>
public sealed record HiddenStepsNode(int Count) : ProcessNode((SourcePosition?)null);

/// <summary>A followed call drawn as one step because the node cap left no room for its flow.</summary>
public sealed record CollapsedCallNode(StepNode Call, int HiddenSteps) : ProcessNode(Call.Location);
