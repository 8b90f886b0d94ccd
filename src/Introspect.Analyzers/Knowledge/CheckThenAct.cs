using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// A look-up in an <c>if</c> condition (<c>d.ContainsKey(k)</c>, <c>d.TryGetValue(k, out v)</c>) followed by a change of
/// the same entry (<c>d[k] = v</c>, <c>d.TryAdd(k, v)</c>, <c>d.TryRemove(k, out _)</c>) that runs only because of what the
/// look-up said: in a branch of the <c>if</c>, or after it when its branch leaves (return, throw, break, continue).
/// The same dictionary and the same key are the same variable chain (see <see cref="LockKey"/>) or equal constants.
/// Lambdas inside the branches run later and are not looked at.
/// </summary>
internal sealed class CheckThenAct
{
    private CheckThenAct(IInvocationOperation check, IConditionalOperation statement, IOperation act, string actName)
    {
        Check = check;
        Statement = statement;
        Act = act;
        ActName = actName;
    }

    /// <summary>The look-up.</summary>
    public IInvocationOperation Check { get; }

    /// <summary>The <c>if</c> whose condition holds the look-up.</summary>
    public IConditionalOperation Statement { get; }

    /// <summary>The first change of the same entry: an indexer write's assignment, or the call.</summary>
    public IOperation Act { get; }

    /// <summary>How the change reads in a message: "an indexer write", "TryAdd".</summary>
    public string ActName { get; }

    /// <summary>Finds the first change of the checked entry that depends on <paramref name="check"/>, given the names of the calls that change it.</summary>
    public static CheckThenAct? Find(IInvocationOperation check, Func<string, bool> isChangingCall, bool indexerWriteCounts)
    {
        if (check.Instance is not { } dictionary
            || LockKey.From(dictionary) is not { } receiver
            || check.Arguments.Length == 0
            || IfAround(check) is not { } statement)
        {
            return null;
        }

        var key = check.Arguments[0].Value;
        foreach (var region in Dependents(statement))
        {
            foreach (var operation in ConcurrentRegion.Walk(region, _ => false))
            {
                if (operation == check)
                {
                    continue;
                }

                switch (operation)
                {
                    case IInvocationOperation { Instance: { } instance, TargetMethod.Name: var name, Arguments: { Length: > 0 } arguments } call
                        when isChangingCall(name) && receiver.Equals(LockKey.From(instance)) && SameKey(arguments[0].Value, key):
                        return new CheckThenAct(check, statement, call, name);
                    case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance, Arguments: { Length: 1 } arguments, Parent: IAssignmentOperation assignment } indexer
                        when indexerWriteCounts && assignment.Target == indexer && receiver.Equals(LockKey.From(instance)) && SameKey(arguments[0].Value, key):
                        return new CheckThenAct(check, statement, assignment, "an indexer write");
                }
            }
        }

        return null;
    }

    /// <summary>Whether two key expressions name the same value: equal constants, or the same variable chain.</summary>
    public static bool SameKey(IOperation first, IOperation second)
    {
        first = OperationOrigin.Unwrap(first);
        second = OperationOrigin.Unwrap(second);
        if (first.ConstantValue.HasValue || second.ConstantValue.HasValue)
        {
            return first.ConstantValue.HasValue && second.ConstantValue.HasValue && Equals(first.ConstantValue.Value, second.ConstantValue.Value);
        }

        return LockKey.From(first) is { } key && key.Equals(LockKey.From(second));
    }

    /// <summary>The <c>if</c> statement whose condition is, or combines with <c>!</c>, <c>&amp;&amp;</c> and <c>||</c>, the look-up.</summary>
    private static IConditionalOperation? IfAround(IOperation check)
    {
        var current = check;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IConversionOperation { IsImplicit: true }:
                case IParenthesizedOperation:
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not }:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr }:
                    current = parent;
                    continue;
                case IConditionalOperation { Syntax: IfStatementSyntax } statement when statement.Condition == current:
                    return statement;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>The code that runs only because of the condition: both branches, and what follows when a branch leaves.</summary>
    private static IEnumerable<IOperation> Dependents(IConditionalOperation statement)
    {
        yield return statement.WhenTrue;
        if (statement.WhenFalse is { } whenFalse)
        {
            yield return whenFalse;
            yield break;
        }

        if (!Leaves(statement.WhenTrue) || statement.Parent is not IBlockOperation block)
        {
            yield break;
        }

        var index = block.Operations.IndexOf(statement);
        for (var next = index + 1; next < block.Operations.Length; next++)
        {
            yield return block.Operations[next];
        }
    }

    private static bool Leaves(IOperation branch)
    {
        var last = branch is IBlockOperation { Operations: { Length: > 0 } statements } ? statements[statements.Length - 1] : branch;
        return last is IReturnOperation or IBranchOperation { BranchKind: BranchKind.Break or BranchKind.Continue }
            || last is IExpressionStatementOperation { Operation: IThrowOperation }
            || last is IThrowOperation;
    }
}
