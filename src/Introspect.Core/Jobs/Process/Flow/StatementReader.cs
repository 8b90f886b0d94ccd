using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Process;

/// <summary>Statements to nodes: blocks, declarations, if/switch, loops, try/catch/finally, using, lock, return, break/continue.</summary>
internal sealed class StatementReader(FlowContext context)
{
    public List<ProcessNode> ReadAll(IOperation? operation)
    {
        var output = new List<ProcessNode>();
        Read(operation, output);
        return output;
    }

    public void Read(IOperation? operation, List<ProcessNode> output, ILabelSymbol? switchExit = null)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        switch (operation)
        {
            case null or IEmptyOperation or ILocalFunctionOperation:
                return;
            case IBlockOperation block:
                ReadBlock(block.Operations, output, switchExit);
                return;
            case IVariableDeclarationGroupOperation group:
                ReadDeclarations(group, output);
                return;
            case IUsingDeclarationOperation usingDeclaration:
                ReadDeclarations(usingDeclaration.DeclarationGroup, output);
                return;
            case IExpressionStatementOperation statement:
                context.Expressions.Read(statement.Operation, output);
                return;
            case IConditionalOperation conditional:
                ReadIf(conditional, output);
                return;
            case ISwitchOperation switchStatement:
                ReadSwitch(switchStatement, output);
                return;
            case ILoopOperation loop:
                ReadLoop(loop, output);
                return;
            case ITryOperation tryStatement:
                ReadTry(tryStatement, output);
                return;
            case IUsingOperation usingStatement:
                Read(usingStatement.Resources, output);
                Read(usingStatement.Body, output);
                return;
            case ILockOperation lockStatement:
                context.Expressions.Read(lockStatement.LockedValue, output);
                Read(lockStatement.Body, output);
                return;
            case ILabeledOperation labeled:
                Read(labeled.Operation, output);
                return;
            case IReturnOperation returnStatement:
                ReadReturn(returnStatement, output);
                return;
            case IBranchOperation branch:
                ReadBranch(branch, output, switchExit);
                return;
            default:
                context.Expressions.Read(operation, output);
                return;
        }
    }

    private void ReadBlock(IEnumerable<IOperation> statements, List<ProcessNode> output, ILabelSymbol? switchExit)
    {
        var list = statements.ToList();
        var awaitedTogether = list.SelectMany(statement => statement.DescendantsAndSelf())
            .OfType<IInvocationOperation>()
            .Where(ParallelReader.IsWhenAllOrAny)
            .SelectMany(ParallelReader.TaskArguments)
            .Select(CodeText.Unwrap)
            .OfType<ILocalReferenceOperation>()
            .Select(reference => reference.Local)
            .ToHashSet<ILocalSymbol>(SymbolEqualityComparer.Default);

        foreach (var local in awaitedTogether)
        {
            context.PendingTasks.TryAdd(local, []);
        }

        foreach (var statement in list)
        {
            Read(statement, output, switchExit);
        }

        // Tasks that no Task.WhenAll took (it sat somewhere unexpected) still belong to the flow.
        foreach (var local in awaitedTogether)
        {
            if (context.PendingTasks.Remove(local, out var left))
            {
                output.AddRange(left);
            }
        }
    }

    private void ReadDeclarations(IVariableDeclarationGroupOperation group, List<ProcessNode> output)
    {
        foreach (var declaration in group.Declarations)
        {
            foreach (var declarator in declaration.Declarators)
            {
                var initializer = declarator.Initializer?.Value ?? declaration.Initializer?.Value;
                var target = context.PendingTasks.TryGetValue(declarator.Symbol, out var pending) ? pending : output;
                context.Expressions.Read(initializer, target);
            }
        }
    }

    private void ReadIf(IConditionalOperation conditional, List<ProcessNode> output)
    {
        context.Expressions.Read(conditional.Condition, output);
        var whenTrue = ReadAll(conditional.WhenTrue);
        var whenFalse = ReadAll(conditional.WhenFalse);
        if (whenTrue.Count == 0 && whenFalse.Count == 0)
        {
            return;
        }

        List<ProcessBranch> branches = [new("then", [.. whenTrue])];
        if (whenFalse.Count > 0)
        {
            branches.Add(new ProcessBranch("else", [.. whenFalse]));
        }

        output.Add(new DecisionNode(DecisionKind.If, CodeText.Of(conditional.Condition), [.. branches], CodeText.Position(conditional)));
    }

    private void ReadSwitch(ISwitchOperation switchStatement, List<ProcessNode> output)
    {
        context.Expressions.Read(switchStatement.Value, output);
        var branches = new List<ProcessBranch>();
        foreach (var section in switchStatement.Cases)
        {
            var steps = new List<ProcessNode>();
            foreach (var statement in section.Body)
            {
                Read(statement, steps, switchStatement.ExitLabel);
            }

            var label = string.Join(" ", section.Clauses.Select(clause => CodeText.Of(clause.Syntax).TrimEnd(':')));
            branches.Add(new ProcessBranch(label, [.. steps]));
        }

        if (branches.Any(branch => branch.Steps.Length > 0))
        {
            output.Add(new DecisionNode(DecisionKind.Switch, CodeText.Of(switchStatement.Value), [.. branches], CodeText.Position(switchStatement)));
        }
    }

    private void ReadLoop(ILoopOperation loop, List<ProcessNode> output)
    {
        var body = new List<ProcessNode>();
        LoopKind kind;
        string header;
        switch (loop)
        {
            case IForEachLoopOperation forEach:
                context.Expressions.Read(forEach.Collection, output);
                if (context.Effects.Enumerated(forEach.Collection, forEach.IsAsynchronous) is { } query)
                {
                    output.Add(new StepNode("Read " + query.Resource, CodeText.Of(forEach.Collection), null, CallExpansion.Library, null, [query], [], query.Location));
                }

                kind = LoopKind.ForEach;
                header = forEach.Syntax switch
                {
                    ForEachStatementSyntax statement => CodeText.Shorten($"{statement.Type} {statement.Identifier} in {statement.Expression}"),
                    ForEachVariableStatementSyntax statement => CodeText.Shorten($"{statement.Variable} in {statement.Expression}"),
                    _ => CodeText.Of(forEach.Collection),
                };
                Read(forEach.Body, body);
                break;
            case IForLoopOperation forLoop:
                foreach (var before in forLoop.Before)
                {
                    Read(before, output);
                }

                kind = LoopKind.For;
                header = forLoop.Syntax is ForStatementSyntax forSyntax
                    ? CodeText.Shorten($"{forSyntax.Declaration}{string.Join(", ", forSyntax.Initializers)}; {forSyntax.Condition}; {string.Join(", ", forSyntax.Incrementors)}")
                    : CodeText.Of(forLoop.Condition);
                context.Expressions.Read(forLoop.Condition, body);
                Read(forLoop.Body, body);
                foreach (var bottom in forLoop.AtLoopBottom)
                {
                    Read(bottom, body);
                }

                break;
            case IWhileLoopOperation whileLoop:
                kind = whileLoop.ConditionIsTop ? LoopKind.While : LoopKind.DoWhile;
                header = CodeText.Of(whileLoop.Condition);

                // The condition runs on every pass: a wait in it (PeriodicTimer) is part of the loop's body.
                if (whileLoop.ConditionIsTop)
                {
                    context.Expressions.Read(whileLoop.Condition, body);
                    Read(whileLoop.Body, body);
                }
                else
                {
                    Read(whileLoop.Body, body);
                    context.Expressions.Read(whileLoop.Condition, body);
                }

                break;
            default:
                return;
        }

        if (body.Count > 0)
        {
            output.Add(new LoopNode(kind, header, [.. body], CodeText.Position(loop)));
        }
    }

    private void ReadTry(ITryOperation tryStatement, List<ProcessNode> output)
    {
        var body = ReadAll(tryStatement.Body);
        var catches = tryStatement.Catches.Select(clause => new CatchClause(
            clause.ExceptionType is { SpecialType: SpecialType.System_Object } or null ? "any" : clause.ExceptionType.Name,
            clause.Filter is null ? null : CodeText.Of(clause.Filter),
            [.. ReadAll(clause.Handler)])).ToList();
        var finallySteps = ReadAll(tryStatement.Finally);

        // A try/finally whose finally does nothing the model shows (releasing a semaphore) is just its body.
        if (catches.Count == 0 && finallySteps.Count == 0)
        {
            output.AddRange(body);
            return;
        }

        if (body.Count == 0 && finallySteps.Count == 0 && catches.All(clause => clause.Steps.Length == 0))
        {
            return;
        }

        output.Add(new TryNode([.. body], [.. catches], [.. finallySteps], CodeText.Position(tryStatement)));
    }

    private void ReadReturn(IReturnOperation returnStatement, List<ProcessNode> output)
    {
        context.Expressions.Read(returnStatement.ReturnedValue, output);
        if (returnStatement.Kind == OperationKind.YieldReturn || returnStatement.IsImplicit)
        {
            return;
        }

        var value = returnStatement.ReturnedValue is null ? null : CodeText.Of(returnStatement.ReturnedValue);
        output.Add(new ReturnNode(value, CodeText.Position(returnStatement)));
    }

    private static void ReadBranch(IBranchOperation branch, List<ProcessNode> output, ILabelSymbol? switchExit)
    {
        if (branch.IsImplicit || SymbolEqualityComparer.Default.Equals(branch.Target, switchExit))
        {
            return;
        }

        JumpKind? kind = branch.BranchKind switch
        {
            BranchKind.Break => JumpKind.Break,
            BranchKind.Continue => JumpKind.Continue,
            _ => null,
        };
        if (kind is not null)
        {
            output.Add(new JumpNode(kind.Value, CodeText.Position(branch)));
        }
    }
}
