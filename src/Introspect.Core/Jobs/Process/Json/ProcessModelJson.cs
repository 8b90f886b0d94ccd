using System.Text.Json;
using Introspect.Core.Analysis;
using Introspect.Core.Reporting;

namespace Introspect.Core.Jobs.Process;

/// <summary>
/// The process model as JSON (docs/process-model.md): camelCase, properties in a fixed order, empty lists and
/// nulls left out, paths relative to the source root. <see cref="ToJson"/> gives the object for embedding in a
/// larger document (the jobs JSON); <see cref="Write"/> the text.
/// </summary>
public static class ProcessModelJson
{
    public static string Write(ProcessModel model, string sourceRoot) => JsonFormatting.Serialize(ToJson(model, sourceRoot));

    public static JsonProcessModel ToJson(ProcessModel model, string sourceRoot)
    {
        var writer = new Writer(sourceRoot);
        return new JsonProcessModel(
            model.EntryMethod,
            writer.Location(model.Location),
            model.MaxDepth,
            writer.Nodes(model.Steps),
            [.. model.Resources.Select(use => new JsonResource(
                Name(use.Kind), use.Resource, Name(use.Access), [.. use.Operations], use.Details.Length == 0 ? null : [.. use.Details]))]);
    }

    internal static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private sealed class Writer(string sourceRoot)
    {
        public JsonLocation? Location(SourcePosition? position) =>
            position is null ? null : new JsonLocation(SourcePaths.Relative(position.Path, sourceRoot), position.Line, position.Column);

        public IReadOnlyList<JsonProcessNode>? Nodes(IEnumerable<ProcessNode> nodes)
        {
            var list = nodes.Select(Node).ToList();
            return list.Count == 0 ? null : list;
        }

        private JsonProcessNode Node(ProcessNode node)
        {
            var json = new JsonProcessNode { Location = Location(node.Location) };
            return node switch
            {
                StepNode step => json with
                {
                    Kind = "step",
                    Label = step.Label,
                    Target = step.Target,
                    Method = step.Method,
                    Expansion = Name(step.Expansion),
                    Implementation = step.Implementation,
                    Effects = step.Effects.Length == 0 ? null : [.. step.Effects.Select(Effect)],
                    Steps = Nodes(step.Steps),
                },
                LogNode log => json with { Kind = "log", Level = Name(Enum.Parse<LogLevelName>(log.Level, ignoreCase: true)), Message = log.Message },
                DecisionNode decision => json with { Kind = "decision", Construct = Name(decision.Construct), Condition = decision.Condition, Branches = Branches(decision.Branches) },
                LoopNode loop => json with { Kind = "loop", Construct = Name(loop.Construct), Header = loop.Header, Steps = Nodes(loop.Steps) },
                TryNode tryNode => json with
                {
                    Kind = "try",
                    Steps = Nodes(tryNode.Steps),
                    Catches = tryNode.Catches.Length == 0 ? null : [.. tryNode.Catches.Select(clause => new JsonCatch(clause.ExceptionType, clause.Filter, Nodes(clause.Steps)))],
                    Finally = Nodes(tryNode.Finally),
                },
                ParallelNode parallel => json with { Kind = "parallel", Construct = Name(parallel.Construct), Header = parallel.Header, Branches = Branches(parallel.Branches) },
                WaitNode wait => json with { Kind = "wait", Construct = Name(wait.Construct), Duration = wait.Duration },
                ReturnNode returnNode => json with { Kind = "return", Value = returnNode.Value },
                ThrowNode throwNode => json with { Kind = "throw", ExceptionType = throwNode.ExceptionType, Value = throwNode.Text },
                JumpNode jump => json with { Kind = Name(jump.Construct) },
                _ => json with { Kind = "unknown" },
            };
        }

        private IReadOnlyList<JsonBranch> Branches(IEnumerable<ProcessBranch> branches) =>
            [.. branches.Select(branch => new JsonBranch(branch.Label, Nodes(branch.Steps)))];

        private JsonEffect Effect(ProcessEffect effect) =>
            new(Name(effect.Kind), effect.Resource, Name(effect.Access), effect.Operation, effect.Detail, Location(effect.Location));
    }

    /// <summary>Log levels as written in the JSON, whatever casing the call used.</summary>
    private enum LogLevelName
    {
        Trace,
        Debug,
        Information,
        Warning,
        Error,
        Critical,
        Log,
        None,
    }
}

public sealed record JsonProcessModel(
    string Entry,
    JsonLocation? Location,
    int MaxDepth,
    IReadOnlyList<JsonProcessNode>? Steps,
    IReadOnlyList<JsonResource> Resources);

public sealed record JsonLocation(string Path, int Line, int Column);

/// <summary>One node; <see cref="Kind"/> says which of the other properties it has (see docs/process-model.md).</summary>
public sealed record JsonProcessNode
{
    public string Kind { get; init; } = "";

    public string? Construct { get; init; }

    public string? Label { get; init; }

    public string? Target { get; init; }

    public string? Condition { get; init; }

    public string? Header { get; init; }

    public string? Duration { get; init; }

    public string? Level { get; init; }

    public string? Message { get; init; }

    public string? ExceptionType { get; init; }

    public string? Value { get; init; }

    public string? Method { get; init; }

    public string? Expansion { get; init; }

    public string? Implementation { get; init; }

    public JsonLocation? Location { get; init; }

    public IReadOnlyList<JsonEffect>? Effects { get; init; }

    public IReadOnlyList<JsonProcessNode>? Steps { get; init; }

    public IReadOnlyList<JsonBranch>? Branches { get; init; }

    public IReadOnlyList<JsonCatch>? Catches { get; init; }

    public IReadOnlyList<JsonProcessNode>? Finally { get; init; }
}

public sealed record JsonBranch(string Label, IReadOnlyList<JsonProcessNode>? Steps);

public sealed record JsonCatch(string ExceptionType, string? Filter, IReadOnlyList<JsonProcessNode>? Steps);

public sealed record JsonEffect(string Kind, string Resource, string Access, string Operation, string? Detail, JsonLocation? Location);

public sealed record JsonResource(string Kind, string Resource, string Access, IReadOnlyList<string> Operations, IReadOnlyList<string>? Details);
