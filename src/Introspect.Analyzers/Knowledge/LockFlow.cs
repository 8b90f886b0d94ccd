using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Structural answers about where a lock is held, read off the operation tree of one function: which statement an
/// acquire belongs to, whether its result guards an <c>if</c>, whether a branch leaves the block. No flow analysis:
/// structured code (blocks, ifs, try/finally) is what the rules reason about; anything else makes them stay silent.
/// </summary>
internal static class LockFlow
{
    /// <summary>How the success of a Try-style acquire (<c>TryEnter</c>, <c>Wait(timeout)</c>) is tested.</summary>
    internal enum Guard
    {
        /// <summary>The result is not an <c>if</c>/<c>while</c> condition.</summary>
        None,

        /// <summary><c>if (acquire)</c>: held in the then-branch.</summary>
        HeldWhenTrue,

        /// <summary><c>if (!acquire)</c>: held after the if, when the then-branch leaves.</summary>
        HeldWhenFalse,

        /// <summary>A condition too involved to read; treat the lock as not provably held.</summary>
        Unknown,
    }

    /// <summary>The expression that carries the acquire's result: through <c>await</c> and <c>ConfigureAwait</c>.</summary>
    public static IOperation ResultOf(IInvocationOperation acquire)
    {
        IOperation current = acquire;
        while (current.Parent is { } parent)
        {
            if (parent is IAwaitOperation || parent is IConversionOperation { IsImplicit: true }
                || (parent is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configure && configure.Instance == current))
            {
                current = parent;
                continue;
            }

            break;
        }

        return current;
    }

    /// <summary>The statement that holds <paramref name="operation"/>, and the statement list it sits in.</summary>
    public static bool TryGetStatement(IOperation operation, out IOperation statement, out ImmutableArray<IOperation> siblings, out int index)
    {
        for (var current = operation; current.Parent is { } parent; current = parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                break;
            }

            var list = parent switch
            {
                IBlockOperation block => block.Operations,
                ISwitchCaseOperation switchCase => switchCase.Body,
                _ => default,
            };

            if (!list.IsDefault)
            {
                statement = current;
                siblings = list;
                index = list.IndexOf(current);
                return index >= 0;
            }
        }

        statement = operation;
        siblings = ImmutableArray<IOperation>.Empty;
        index = -1;
        return false;
    }

    /// <summary>Whether the acquire's result is tested by an <c>if</c> or loop condition, and which way.</summary>
    public static Guard GuardOf(IOperation result, out IOperation? conditional)
    {
        conditional = null;
        var negated = false;
        var current = result;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not }:
                    negated = !negated;
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } when !negated:
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals, RightOperand.ConstantValue: { HasValue: true, Value: false } }:
                    negated = !negated;
                    break;
                case IIsPatternOperation { Pattern: IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: false } } }:
                    negated = !negated;
                    break;
                case IConditionalOperation candidate when candidate.Condition == current:
                    conditional = candidate;
                    return negated ? Guard.HeldWhenFalse : Guard.HeldWhenTrue;
                case IWhileLoopOperation loop when loop.Condition == current:
                    conditional = loop;
                    return negated ? Guard.HeldWhenFalse : Guard.Unknown;
                case IExpressionStatementOperation or IVariableInitializerOperation or ISimpleAssignmentOperation or IReturnOperation
                    when current == result:
                    return Guard.None;
                default:
                    return Guard.Unknown;
            }

            current = parent;
        }

        return Guard.None;
    }

    /// <summary>The local that keeps the acquire's result: <c>var acquired = await s.WaitAsync(t);</c>.</summary>
    public static ILocalSymbol? ResultLocal(IOperation result) => result.Parent switch
    {
        IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
        ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == result => local.Local,
        _ => null,
    };

    /// <summary>Whether the condition tests <paramref name="local"/>, and whether a true condition means it is set.</summary>
    public static bool TestsLocal(IOperation condition, ILocalSymbol local, out bool trueWhenSet)
    {
        trueWhenSet = true;
        var current = condition;
        while (true)
        {
            switch (current)
            {
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    trueWhenSet = !trueWhenSet;
                    current = not.Operand;
                    continue;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals, RightOperand.ConstantValue: { HasValue: true, Value: false } } equals:
                    trueWhenSet = !trueWhenSet;
                    current = equals.LeftOperand;
                    continue;
                case IIsPatternOperation { Pattern: IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: false } } } pattern:
                    trueWhenSet = !trueWhenSet;
                    current = pattern.Value;
                    continue;
                case ILocalReferenceOperation reference:
                    return SymbolEqualityComparer.Default.Equals(reference.Local, local);
                default:
                    return false;
            }
        }
    }

    /// <summary>Whether <paramref name="point"/> sits in the branch of an <c>if</c> that runs when <paramref name="local"/> is false.</summary>
    public static bool IsInFailedBranch(IOperation point, ILocalSymbol local, IOperation functionBody)
    {
        for (var current = point; current.Parent is { } parent && current != functionBody; current = parent)
        {
            if (parent is IConditionalOperation conditional && conditional.Condition != current
                && TestsLocal(conditional.Condition, local, out var trueWhenSet))
            {
                var inWhenTrue = conditional.WhenTrue == current;
                if (inWhenTrue != trueWhenSet)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a branch always leaves the statement list it is in: it ends in return, throw, break, continue or goto.</summary>
    public static bool Exits(IOperation? branch)
    {
        var last = branch is IBlockOperation block ? (block.Operations.IsEmpty ? null : block.Operations[block.Operations.Length - 1]) : branch;
        return last is IReturnOperation or IBranchOperation or IThrowOperation or IExpressionStatementOperation { Operation: IThrowOperation };
    }

    /// <summary>The first statement of a branch, or the branch itself when it is a single statement.</summary>
    public static IOperation? FirstStatement(IOperation? branch) =>
        branch is IBlockOperation block ? (block.Operations.IsEmpty ? null : block.Operations[0]) : branch;

    /// <summary>
    /// Whether the two operations sit in different branches of the same <c>if</c> or <c>switch</c>, so one run of
    /// the function executes at most one of them (a begin/end state machine, not an acquire and its release).
    /// </summary>
    public static bool AreInExclusiveBranches(IOperation first, IOperation second, IOperation functionBody)
    {
        var firstPath = new Dictionary<IOperation, IOperation>();
        for (var current = first; current.Parent is { } parent && current != functionBody; current = parent)
        {
            firstPath[parent] = current;
        }

        for (var current = second; current.Parent is { } parent && current != functionBody; current = parent)
        {
            if (!firstPath.TryGetValue(parent, out var firstChild))
            {
                continue;
            }

            return parent switch
            {
                IConditionalOperation conditional => firstChild != conditional.Condition && current != conditional.Condition && firstChild != current,
                ISwitchOperation => firstChild is ISwitchCaseOperation && current is ISwitchCaseOperation && firstChild != current,
                _ => false,
            };
        }

        return false;
    }

    /// <summary>The try statement whose finally block holds <paramref name="operation"/>, if any.</summary>
    public static ITryOperation? EnclosingFinally(IOperation operation, IOperation functionBody)
    {
        for (var current = operation; current.Parent is { } parent && current != functionBody; current = parent)
        {
            if (parent is ITryOperation tryOperation && tryOperation.Finally == current)
            {
                return tryOperation;
            }
        }

        return null;
    }
}
