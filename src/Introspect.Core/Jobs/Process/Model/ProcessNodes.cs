using System.Collections.Immutable;

namespace Introspect.Core.Jobs.Process;

/// <summary>A 1-based position in a source file; the path is absolute until a writer makes it relative.</summary>
public sealed record SourcePosition(string Path, int Line, int Column);

/// <summary>One node of a job's control-flow tree. Nodes appear in source order.</summary>
public abstract record ProcessNode(SourcePosition? Location);

/// <summary>How a call into code was treated.</summary>
public enum CallExpansion
{
    /// <summary>Framework or package code: a leaf.</summary>
    Library,

    /// <summary>The solution's own method, read to the depth limit; its flow is in <see cref="StepNode.Steps"/>.</summary>
    Followed,

    /// <summary>The solution's own method, not read because the depth limit was reached.</summary>
    DepthLimit,

    /// <summary>The method is already being read further up (recursion); cut here.</summary>
    Cycle,

    /// <summary>An interface or abstract member with no single implementation in the solution.</summary>
    Ambiguous,

    /// <summary>A method of the solution without a body to read (partial without implementation, extern).</summary>
    NoBody,

    /// <summary>The call did not bind to a method.</summary>
    Unresolved,
}

/// <summary>A call: <see cref="Label"/> reads like a step ("Create host"), <see cref="Target"/> like the code ("monitoring.CreateHostAsync").</summary>
public sealed record StepNode(
    string Label,
    string Target,
    string? Method,
    CallExpansion Expansion,
    string? Implementation,
    ImmutableArray<ProcessEffect> Effects,
    ImmutableArray<ProcessNode> Steps,
    SourcePosition? Location) : ProcessNode(Location);

/// <summary>A log call: kept because "log an error after three failed runs" is part of what a job does.</summary>
public sealed record LogNode(string Level, string? Message, SourcePosition? Location) : ProcessNode(Location);

public enum DecisionKind
{
    If,
    Switch,
    SwitchExpression,
    Conditional,
    Coalesce,
}

/// <summary>One way through a decision or one strand of a parallel section.</summary>
public sealed record ProcessBranch(string Label, ImmutableArray<ProcessNode> Steps);

/// <summary>if/else, switch, ?: and ??: the branches in source order; an if without else has one branch.</summary>
public sealed record DecisionNode(DecisionKind Construct, string Condition, ImmutableArray<ProcessBranch> Branches, SourcePosition? Location)
    : ProcessNode(Location);

public enum LoopKind
{
    ForEach,
    For,
    While,
    DoWhile,
}

/// <summary>A loop with its header as written ("var host in batch", "await timer.WaitForNextTickAsync(stoppingToken)").</summary>
public sealed record LoopNode(LoopKind Construct, string Header, ImmutableArray<ProcessNode> Steps, SourcePosition? Location)
    : ProcessNode(Location);

public sealed record CatchClause(string ExceptionType, string? Filter, ImmutableArray<ProcessNode> Steps);

public sealed record TryNode(
    ImmutableArray<ProcessNode> Steps,
    ImmutableArray<CatchClause> Catches,
    ImmutableArray<ProcessNode> Finally,
    SourcePosition? Location) : ProcessNode(Location);

public enum ParallelKind
{
    WhenAll,
    WhenAny,
    ParallelForEach,
    ParallelForEachAsync,
    ParallelFor,
    ParallelInvoke,
    TaskRun,
    StartNew,
}

/// <summary>Work that runs side by side: each branch is one strand (a task, or the body run per item).</summary>
public sealed record ParallelNode(ParallelKind Construct, string Header, ImmutableArray<ProcessBranch> Branches, SourcePosition? Location)
    : ProcessNode(Location);

public enum WaitKind
{
    Delay,
    Sleep,
    PeriodicTimer,
}

/// <summary>A pause: <see cref="Duration"/> is the interval as written, when it can be seen.</summary>
public sealed record WaitNode(WaitKind Construct, string? Duration, SourcePosition? Location) : ProcessNode(Location);

public sealed record ReturnNode(string? Value, SourcePosition? Location) : ProcessNode(Location);

public sealed record ThrowNode(string? ExceptionType, string Text, SourcePosition? Location) : ProcessNode(Location);

public enum JumpKind
{
    Break,
    Continue,
}

public sealed record JumpNode(JumpKind Construct, SourcePosition? Location) : ProcessNode(Location);
