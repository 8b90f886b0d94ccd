using System.Text;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;
using Introspect.Diagrams.PlantUml;

namespace Introspect.Diagrams.Activity;

/// <summary>
/// A job's process as a PlantUML activity diagram (the new syntax): steps as actions, decisions as if/elseif/else or
/// switch, loops as while or repeat, parallel sections as fork, each followed call as a partition, try/catch/finally as
/// groups. Effects are stereotypes whose fills come from the theme. A return in the entry method stops the diagram; one
/// inside a followed call or a parallel strand only ends that path (detach); a throw ends its path with an end node.
/// </summary>
public static class ActivityPlantUml
{
    public static string Write(Job job, ActivityOptions options, DiagramTheme theme)
    {
        var builder = new StringBuilder();
        PlantUmlStyle.Header(builder, theme, ActivityLabels.Title(job));
        ActivityPlantUmlStyle.Write(builder, theme);
        builder.Append("start\n");
        if (job.Process is null)
        {
            builder.Append(":What this job does was not read (its project did not load, or it has no entry method).; <<hidden>>\nstop\n");
            PlantUmlStyle.Footer(builder);
            return builder.ToString();
        }

        var flow = ActivityTrimmer.Fit(job.Process.Steps, options.MaxNodes);
        var writer = new Writer(builder, options);
        if (!writer.Sequence(flow.Steps, new Scope(TopLevel: true, InLoop: false), 0))
        {
            builder.Append("stop\n");
        }

        if (flow.Hidden > 0)
        {
            builder.Append("caption ").Append(flow.Shown).Append(" of ").Append(flow.Total).Append(" steps shown\n");
        }

        PlantUmlStyle.Footer(builder);
        return builder.ToString();
    }

    /// <summary>Where a node sits: in the entry method itself (a return ends the job), and inside a loop of the same method (a break leaves it).</summary>
    private readonly record struct Scope(bool TopLevel, bool InLoop);

    private sealed class Writer(StringBuilder builder, ActivityOptions options)
    {
        /// <summary>Writes the nodes; true when the last one ends the path (nothing may follow it).</summary>
        public bool Sequence(IEnumerable<ProcessNode> nodes, Scope scope, int depth)
        {
            var ended = false;
            foreach (var node in nodes)
            {
                ended = Node(node, scope, depth);
            }

            return ended;
        }

        private bool Node(ProcessNode node, Scope scope, int depth)
        {
            switch (node)
            {
                case StepNode step when ActivityTrimmer.IsPartition(step):
                    Partition(step, depth);
                    return false;
                case StepNode step:
                    Action(depth, ActivityLabels.StepStyle(step, options.KnownJobs), step.Location, step.Label, [.. StepLines(step)]);
                    return false;
                case CollapsedCallNode folded:
                    Action(depth, "collapsed", folded.Location, folded.Call.Label, [.. EffectLines(folded.Call), Small(ActivityLabels.Folded(folded))]);
                    return false;
                case HiddenStepsNode hidden:
                    Action(depth, "hidden", null, ActivityLabels.Hidden(hidden), []);
                    return false;
                case LogNode log:
                    Action(depth, "log", log.Location, ActivityLabels.Log(log), []);
                    return false;
                case WaitNode wait:
                    Action(depth, "wait", wait.Location, ActivityLabels.Wait(wait), []);
                    return false;
                case DecisionNode decision:
                    Decision(decision, scope, depth);
                    return false;
                case LoopNode loop:
                    Loop(loop, scope, depth);
                    return false;
                case TryNode tryNode:
                    Try(tryNode, scope, depth);
                    return false;
                case ParallelNode parallel:
                    Parallel(parallel, depth);
                    return false;
                case ReturnNode returned:
                    Action(depth, "return", returned.Location, ActivityLabels.Return(returned), []);
                    Line(depth, scope.TopLevel ? "stop" : "detach");
                    return true;
                case ThrowNode thrown:
                    Action(depth, "throw", thrown.Location, ActivityLabels.Throw(thrown), []);
                    Line(depth, "end");
                    return true;
                case JumpNode jump:
                    Action(depth, "jump", jump.Location, ActivityLabels.Jump(jump), []);
                    Line(depth, jump.Construct == JumpKind.Break && scope.InLoop ? "break" : "detach");
                    return true;
                default:
                    return false;
            }
        }

        private void Partition(StepNode step, int depth)
        {
            Line(depth, $"partition \"{Linked(step.Location, ActivityLabels.Partition(step))}\" {{");
            if (!step.Effects.IsEmpty)
            {
                Action(depth + 1, ActivityLabels.StepStyle(step, options.KnownJobs), step.Location, step.Label, [.. EffectLines(step)]);
            }

            // A followed call is another method: a return there leaves the call, not the job, and a break cannot reach the caller's loop.
            Sequence(step.Steps, new Scope(TopLevel: false, InLoop: false), depth + 1);
            Line(depth, "}");
        }

        private void Decision(DecisionNode decision, Scope scope, int depth)
        {
            if (decision.Construct is DecisionKind.Switch or DecisionKind.SwitchExpression)
            {
                Line(depth, $"switch ({ActivityText.Label(decision.Condition)})");
                foreach (var branch in decision.Branches)
                {
                    Line(depth, $"case ({ActivityText.Label(ActivityLabels.Branch(decision, branch))})");
                    Sequence(branch.Steps, scope, depth + 1);
                }

                Line(depth, "endswitch");
                return;
            }

            var keyword = "if";
            var current = decision;
            while (true)
            {
                var then = current.Branches[0];
                Line(depth, $"{keyword} ({Linked(current.Location, current.Condition)}) then ({ActivityText.Label(ActivityLabels.Branch(current, then))})");
                Sequence(then.Steps, scope, depth + 1);
                if (current.Branches.Length < 2)
                {
                    break;
                }

                var otherwise = current.Branches[1];
                if (otherwise.Steps is [DecisionNode { Construct: DecisionKind.If } elseIf])
                {
                    keyword = "elseif";
                    current = elseIf;
                    continue;
                }

                Line(depth, $"else ({ActivityText.Label(ActivityLabels.Branch(current, otherwise))})");
                Sequence(otherwise.Steps, scope, depth + 1);
                break;
            }

            Line(depth, "endif");
        }

        private void Loop(LoopNode loop, Scope scope, int depth)
        {
            var inside = scope with { InLoop = true };
            if (loop.Construct == LoopKind.DoWhile)
            {
                Line(depth, "repeat");
                Sequence(loop.Steps, inside, depth + 1);
                Line(depth, $"repeat while ({Linked(loop.Location, loop.Header)}) is (yes) not (no)");
                return;
            }

            var (next, done) = ActivityLabels.LoopArrows(loop);
            Line(depth, $"while ({Linked(loop.Location, ActivityLabels.Loop(loop))}) is ({next})");
            Sequence(loop.Steps, inside, depth + 1);
            Line(depth, $"endwhile ({done})");
        }

        private void Try(TryNode tryNode, Scope scope, int depth)
        {
            Group("try", tryNode.Steps, scope, depth);
            foreach (var clause in tryNode.Catches)
            {
                Group(ActivityLabels.Catch(clause), clause.Steps, scope, depth);
            }

            if (!tryNode.Finally.IsEmpty)
            {
                Group("finally", tryNode.Finally, scope, depth);
            }
        }

        private void Group(string title, IEnumerable<ProcessNode> nodes, Scope scope, int depth)
        {
            Line(depth, $"group {ActivityText.Label(title)} {{");
            Sequence(nodes, scope, depth + 1);
            Line(depth, "}");
        }

        private void Parallel(ParallelNode parallel, int depth)
        {
            Action(depth, "parallel", parallel.Location, ActivityLabels.Parallel(parallel), []);
            if (parallel.Branches.IsEmpty)
            {
                return;
            }

            // Each strand is a task or a lambda of its own: a return or break there ends only the strand.
            var strand = new Scope(TopLevel: false, InLoop: false);
            for (var index = 0; index < parallel.Branches.Length; index++)
            {
                Line(depth, index == 0 ? "fork" : "fork again");
                Line(depth + 1, $"-> {ActivityText.Label(parallel.Branches[index].Label)};");
                Sequence(parallel.Branches[index].Steps, strand, depth + 1);
            }

            Line(depth, $"end fork {{{ActivityText.Label(ActivityLabels.Join(parallel))}}}");
        }

        private IEnumerable<string> StepLines(StepNode step)
        {
            foreach (var line in EffectLines(step))
            {
                yield return line;
            }

            if (ActivityLabels.Collapsed(step.Expansion) is { } reason)
            {
                yield return Small(reason);
            }
        }

        private IEnumerable<string> EffectLines(StepNode step) => step.Effects.Select(effect =>
        {
            var line = ActivityLabels.Effect(effect, options.KnownJobs);
            var link = line.JobId is null ? null : DiagramLink.Safe(options.JobLink?.Invoke(line.JobId));
            var subject = link is null ? ActivityText.Label(line.Subject) : $"[[{link} {ActivityText.Label(line.Subject)}]]";
            return $"<size:11><b>{ActivityText.Label(line.Tag)}</b> &#183; {subject}</size>";
        });

        private static string Small(string text) => $"<size:11><i>{ActivityText.Label(text)}</i></size>";

        private void Action(int depth, string style, SourcePosition? location, string text, IReadOnlyList<string> lines)
        {
            builder.Append(' ', depth * 2).Append(':').Append(Linked(location, text));
            foreach (var line in lines)
            {
                // One physical line: a line break in an action would end it at any escaped character (&#NN; ends in ';').
                builder.Append("\\n").Append(line);
            }

            builder.Append(';');
            if (style != "step")
            {
                builder.Append(" <<").Append(style).Append(">>");
            }

            builder.Append('\n');
        }

        /// <summary>The escaped text, as a link to its source when there is a link for it.</summary>
        private string Linked(SourcePosition? location, string text)
        {
            var link = location is null ? null : DiagramLink.Safe(options.SourceLink?.Invoke(location));
            return link is null ? ActivityText.Label(text) : $"[[{link} {ActivityText.Label(text)}]]";
        }

        private void Line(int depth, string text) => builder.Append(' ', depth * 2).Append(text).Append('\n');
    }
}
