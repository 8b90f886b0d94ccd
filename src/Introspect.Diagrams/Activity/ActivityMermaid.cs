using System.Text;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;
using Introspect.Diagrams.Mermaid;

namespace Introspect.Diagrams.Activity;

/// <summary>
/// A job's process as a Mermaid flowchart, the same nodes as <see cref="ActivityPlantUml"/>: decisions as diamonds with
/// an arrow per branch, loops as a hexagon the body returns to, parallel sections between a split and a join node, each
/// followed call and each try/catch/finally part as a subgraph. Mermaid has no structured syntax, so every arrow is
/// drawn: a return inside a followed call goes on after the call, a break leaves its loop, a continue goes back to it.
/// Node ids are numbered in the order the nodes are written, so the same model always gives the same text.
/// </summary>
public static class ActivityMermaid
{
    public static string Write(Job job, ActivityOptions options, DiagramTheme theme)
    {
        var builder = new StringBuilder();
        builder.Append("---\ntitle: \"").Append(MermaidText.GanttName(ActivityLabels.Title(job))).Append("\"\n---\n");
        builder.Append("flowchart TD\n");
        ClassDefinitions(builder, theme);
        var writer = new Writer(builder, options);
        writer.Write(job.Process);
        return builder.ToString();
    }

    private static void ClassDefinitions(StringBuilder builder, DiagramTheme theme)
    {
        var effects = theme.Effects;
        Class(builder, "step", theme.NodeFill, theme.NodeBorder, theme.Text);
        Class(builder, "dbread", effects.DatabaseRead, theme.NodeBorder, theme.Text);
        Class(builder, "dbwrite", effects.DatabaseWrite, theme.NodeBorder, theme.Text);
        Class(builder, "http", effects.Http, theme.NodeBorder, theme.Text);
        Class(builder, "email", effects.Email, theme.NodeBorder, theme.Text);
        Class(builder, "file", effects.File, theme.NodeBorder, theme.Text);
        Class(builder, "process", effects.Process, theme.NodeBorder, theme.Text);
        Class(builder, "message", effects.Message, theme.NodeBorder, theme.Text);
        Class(builder, "job", effects.Job, theme.Enqueue, theme.Text);
        Class(builder, "return", theme.EntryFill, theme.NodeBorder, theme.Text);
        Class(builder, "throw", theme.DeadEndFill, theme.Invalid, theme.Text);
        Class(builder, "collapsed", theme.NodeFill, theme.NodeBorder, theme.Text, ",stroke-dasharray:4 4");
        Class(builder, "hidden", theme.Background, theme.MutedText, theme.MutedText, ",stroke-dasharray:4 4");
        Class(builder, "log", theme.NodeFill, theme.NodeBorder, theme.MutedText);
        Class(builder, "wait", theme.NodeFill, theme.NodeBorder, theme.MutedText);
        Class(builder, "jump", theme.NodeFill, theme.NodeBorder, theme.MutedText);
        Class(builder, "parallel", theme.NodeBorder, theme.NodeBorder, theme.Background);
        Class(builder, "decision", theme.NodeFill, theme.NodeBorder, theme.Text);
        Class(builder, "terminal", theme.Text, theme.Text, theme.Background);
    }

    private static void Class(StringBuilder builder, string name, string fill, string stroke, string text, string extra = "") =>
        builder.Append("  classDef ").Append(name).Append(" fill:").Append(fill).Append(",stroke:").Append(stroke).Append(",color:").Append(text).Append(extra).Append('\n');

    /// <summary>An arrow still to be drawn from a node (or subgraph) to whatever comes next.</summary>
    private sealed record Exit(string From, string? Label = null, bool Dotted = false);

    /// <summary>The loop a break leaves and a continue goes back to; their arrows are drawn when the loop is closed.</summary>
    private sealed record LoopScope(List<Exit> Breaks, List<Exit> Continues);

    /// <summary>Where a node sits: its loop, and where a return goes (null: the end of the job).</summary>
    private sealed record Scope(LoopScope? Loop, List<Exit>? Returns);

    private sealed class Writer(StringBuilder builder, ActivityOptions options)
    {
        private readonly StringBuilder _clicks = new();
        private readonly List<Exit> _finished = [];
        private int _next;
        private int _depth = 1;

        public void Write(ProcessModel? process)
        {
            var start = Node("start", "([\"", "\"])", "terminal");
            List<Exit> exits;
            var hidden = 0;
            if (process is null)
            {
                var note = Node(MermaidText.Label("What this job does was not read (its project did not load, or it has no entry method)."), "[\"", "\"]", "hidden");
                Connect([new Exit(start)], note);
                exits = [new Exit(note)];
            }
            else
            {
                var flow = ActivityTrimmer.Fit(process.Steps, options.MaxNodes);
                hidden = flow.Hidden;
                exits = Sequence(flow.Steps, [new Exit(start)], new Scope(null, null));
                if (hidden > 0)
                {
                    var caption = Node(MermaidText.Label($"{flow.Shown} of {flow.Total} steps shown"), "[\"", "\"]", "hidden");
                    Connect(exits, caption);
                    exits = [new Exit(caption)];
                }
            }

            exits.AddRange(_finished);
            if (exits.Count > 0)
            {
                var end = Node("end", "([\"", "\"])", "terminal");
                Connect(exits, end);
            }

            builder.Append(_clicks);
        }

        private List<Exit> Sequence(IEnumerable<ProcessNode> nodes, List<Exit> entries, Scope scope)
        {
            var exits = entries;
            foreach (var node in nodes)
            {
                exits = Step(node, exits, scope);
            }

            return exits;
        }

        private List<Exit> Step(ProcessNode node, List<Exit> entries, Scope scope)
        {
            switch (node)
            {
                case StepNode step when ActivityTrimmer.IsPartition(step):
                    return Partition(step, entries, scope);
                case StepNode step:
                    return Action(entries, ActivityLabels.StepStyle(step, options.KnownJobs), Lines(step, ActivityLabels.Collapsed(step.Expansion)), LinkOf(step));
                case CollapsedCallNode folded:
                    return Action(entries, "collapsed", Lines(folded.Call, ActivityLabels.Folded(folded)), LinkOf(folded.Call));
                case HiddenStepsNode hidden:
                    return Action(entries, "hidden", MermaidText.Label(ActivityLabels.Hidden(hidden)), null);
                case LogNode log:
                    return Action(entries, "log", MermaidText.Label(ActivityLabels.Log(log)), SourceLink(log.Location));
                case WaitNode wait:
                    return Action(entries, "wait", MermaidText.Label(ActivityLabels.Wait(wait)), SourceLink(wait.Location));
                case DecisionNode decision:
                    return Decision(decision, entries, scope);
                case LoopNode loop:
                    return Loop(loop, entries, scope);
                case TryNode tryNode:
                    return Try(tryNode, entries, scope);
                case ParallelNode parallel:
                    return Parallel(parallel, entries);
                case ReturnNode returned:
                    var exit = Action(entries, "return", MermaidText.Label(ActivityLabels.Return(returned)), SourceLink(returned.Location));
                    (scope.Returns ?? _finished).AddRange(exit);
                    return [];
                case ThrowNode thrown:
                    Action(entries, "throw", MermaidText.Label(ActivityLabels.Throw(thrown)), SourceLink(thrown.Location));
                    return [];
                case JumpNode jump:
                    var jumped = Action(entries, "jump", MermaidText.Label(ActivityLabels.Jump(jump)), SourceLink(jump.Location));
                    if (scope.Loop is { } enclosing)
                    {
                        (jump.Construct == JumpKind.Break ? enclosing.Breaks : enclosing.Continues).AddRange(jumped);
                    }

                    return [];
                default:
                    return entries;
            }
        }

        private List<Exit> Partition(StepNode step, List<Exit> entries, Scope scope)
        {
            var exits = entries;
            OpenSubgraph(ActivityLabels.Partition(step));
            if (!step.Effects.IsEmpty)
            {
                exits = Action(exits, ActivityLabels.StepStyle(step, options.KnownJobs), Lines(step, null), LinkOf(step));
            }

            // A return in the called method goes on after the call; a break cannot reach the caller's loop.
            var returns = new List<Exit>();
            exits = Sequence(step.Steps, exits, new Scope(null, returns));
            CloseSubgraph();
            return [.. exits, .. returns];
        }

        private List<Exit> Decision(DecisionNode decision, List<Exit> entries, Scope scope)
        {
            var id = Node(MermaidText.Label(decision.Condition), "{\"", "\"}", "decision");
            Connect(entries, id);
            AddClick(id, SourceLink(decision.Location));
            var exits = new List<Exit>();
            foreach (var branch in decision.Branches)
            {
                exits.AddRange(Sequence(branch.Steps, [new Exit(id, ActivityLabels.Branch(decision, branch))], scope));
            }

            if (decision.Branches.Length == 1 && decision.Construct is DecisionKind.If or DecisionKind.Conditional or DecisionKind.Coalesce)
            {
                exits.Add(new Exit(id, "no"));
            }

            return exits;
        }

        private List<Exit> Loop(LoopNode loop, List<Exit> entries, Scope scope)
        {
            var inner = new LoopScope([], []);
            if (loop.Construct == LoopKind.DoWhile)
            {
                var repeat = Node("repeat", "([\"", "\"])", "jump");
                Connect(entries, repeat);
                var body = Sequence(loop.Steps, [new Exit(repeat)], scope with { Loop = inner });
                var condition = Node(MermaidText.Label(loop.Header), "{\"", "\"}", "decision");
                AddClick(condition, SourceLink(loop.Location));
                Connect([.. body, .. inner.Continues], condition);
                Connect([new Exit(condition, "yes")], repeat);
                return [new Exit(condition, "no"), .. inner.Breaks];
            }

            var (next, done) = ActivityLabels.LoopArrows(loop);
            var head = Node(MermaidText.Label(ActivityLabels.Loop(loop)), "{{\"", "\"}}", "decision");
            Connect(entries, head);
            AddClick(head, SourceLink(loop.Location));
            var exits = Sequence(loop.Steps, [new Exit(head, next)], scope with { Loop = inner });
            Connect([.. exits, .. inner.Continues], head);
            return [new Exit(head, done), .. inner.Breaks];
        }

        private List<Exit> Try(TryNode tryNode, List<Exit> entries, Scope scope)
        {
            var group = OpenSubgraph("try");
            var exits = Sequence(tryNode.Steps, entries, scope);
            if (tryNode.Steps.IsEmpty)
            {
                exits = Action(exits, "hidden", "nothing", null);
            }

            CloseSubgraph();
            foreach (var clause in tryNode.Catches)
            {
                if (clause.Steps.IsEmpty)
                {
                    exits.Add(new Exit(group, ActivityLabels.Catch(clause) + ": ignored", Dotted: true));
                    continue;
                }

                var thrown = new Exit(group, "throws", Dotted: true);

                OpenSubgraph(ActivityLabels.Catch(clause));
                exits.AddRange(Sequence(clause.Steps, [thrown], scope));
                CloseSubgraph();
            }

            if (!tryNode.Finally.IsEmpty)
            {
                OpenSubgraph("finally");
                exits = Sequence(tryNode.Finally, exits, scope);
                CloseSubgraph();
            }

            return exits;
        }

        private List<Exit> Parallel(ParallelNode parallel, List<Exit> entries)
        {
            var split = Node(MermaidText.Label(ActivityLabels.Parallel(parallel)), "[[\"", "\"]]", "parallel");
            Connect(entries, split);
            AddClick(split, SourceLink(parallel.Location));
            if (parallel.Branches.IsEmpty)
            {
                return [new Exit(split)];
            }

            // Each strand is a task or a lambda of its own: a return ends the strand, which then joins the others.
            var joined = new List<Exit>();
            foreach (var branch in parallel.Branches)
            {
                var returns = new List<Exit>();
                joined.AddRange(Sequence(branch.Steps, [new Exit(split, branch.Label)], new Scope(null, returns)));
                joined.AddRange(returns);
            }

            var join = Node(MermaidText.Label(ActivityLabels.Join(parallel)), "[[\"", "\"]]", "parallel");
            Connect(joined, join);
            return [new Exit(join)];
        }

        private List<Exit> Action(List<Exit> entries, string style, string label, string? link)
        {
            var id = Node(label, "[\"", "\"]", style);
            Connect(entries, id);
            AddClick(id, link);
            return [new Exit(id)];
        }

        /// <summary>The step's label, a line per effect, and a note (why it was not followed, how much is hidden), all escaped.</summary>
        private string Lines(StepNode step, string? note)
        {
            var lines = new List<string> { MermaidText.Label(step.Label) };
            foreach (var effect in step.Effects)
            {
                var line = ActivityLabels.Effect(effect, options.KnownJobs);
                lines.Add($"{MermaidText.Label(line.Tag)} #183; {MermaidText.Label(line.Subject)}");
            }

            if (note is not null)
            {
                lines.Add(MermaidText.Label(note));
            }

            return string.Join("<br/>", lines);
        }

        /// <summary>A step links to the job it enqueues when that job has a page, else to its source.</summary>
        private string? LinkOf(StepNode step)
        {
            var job = step.Effects.Select(effect => ActivityLabels.Effect(effect, options.KnownJobs).JobId).FirstOrDefault(id => id is not null);
            return (job is null ? null : DiagramLink.Safe(options.JobLink?.Invoke(job))) ?? SourceLink(step.Location);
        }

        private string? SourceLink(SourcePosition? location) =>
            location is null ? null : DiagramLink.Safe(options.SourceLink?.Invoke(location));

        private string Node(string label, string open, string close, string style)
        {
            var id = "a" + _next++;
            Indent().Append(id).Append(open).Append(label).Append(close).Append(":::").Append(style).Append('\n');
            return id;
        }

        private void Connect(IEnumerable<Exit> exits, string to)
        {
            foreach (var exit in exits)
            {
                Indent().Append(exit.From).Append(exit.Dotted ? " -.->" : " -->");
                if (exit.Label is not null)
                {
                    builder.Append("|\"").Append(MermaidText.Label(exit.Label)).Append("\"|");
                }

                builder.Append(' ').Append(to).Append('\n');
            }
        }

        private void AddClick(string id, string? link)
        {
            if (link is not null)
            {
                _clicks.Append("  click ").Append(id).Append(" href \"").Append(link).Append("\"\n");
            }
        }

        private string OpenSubgraph(string title)
        {
            var id = "g" + _next++;
            Indent().Append("subgraph ").Append(id).Append("[\"").Append(MermaidText.Label(title)).Append("\"]\n");
            _depth++;
            return id;
        }

        private void CloseSubgraph()
        {
            _depth--;
            Indent().Append("end\n");
        }

        private StringBuilder Indent() => builder.Append(' ', _depth * 2);
    }
}
