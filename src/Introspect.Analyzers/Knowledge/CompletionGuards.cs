using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// The control-flow half of <see cref="TaskCompletionFacts"/>: conditions that prove a task complete
/// (<c>if (t.IsCompletedSuccessfully)</c>, <c>t.IsCompleted ? t.Result : ...</c>, <c>if (!t.IsCompleted) return ...;</c>)
/// and earlier statements of an enclosing block that complete it (<c>await t;</c>, <c>await Task.WhenAll(a, b);</c>).
/// Completion never reverts, so a guard or an earlier await also covers lambdas created after it, as long as the
/// variable is not assigned again.
/// </summary>
internal static class CompletionGuards
{
    private static readonly HashSet<string> CollectionWriters = new(StringComparer.Ordinal)
    {
        "Add", "AddRange", "Insert", "InsertRange", "Push", "Enqueue", "TryAdd",
    };

    public static bool IsGuardedOrPreceded(CompletionSubject subject, IOperation use, ThreadingTypes types)
    {
        var root = TaskCompletionFacts.RootOf(use);
        var guardable = subject.Expression is not null;
        var crossedLocalFunction = false;
        for (IOperation child = use, parent = use.Parent!; parent is not null; child = parent, parent = parent.Parent!)
        {
            switch (parent)
            {
                case IConditionalOperation conditional when guardable:
                    var guarded = (ReferenceEquals(child, conditional.WhenTrue) && ProvesComplete(conditional.Condition, subject, use, types))
                        || (ReferenceEquals(child, conditional.WhenFalse) && ProvesIncomplete(conditional.Condition, subject, use, types));
                    if (guarded && !IsTaskWrittenAfter(subject, conditional.Syntax.SpanStart, root))
                    {
                        return true;
                    }

                    break;

                case IBinaryOperation binary when guardable && ReferenceEquals(child, binary.RightOperand):
                    var shortCircuited = binary.OperatorKind switch
                    {
                        BinaryOperatorKind.ConditionalAnd => ProvesComplete(binary.LeftOperand, subject, use, types),
                        BinaryOperatorKind.ConditionalOr => ProvesIncomplete(binary.LeftOperand, subject, use, types),
                        _ => false,
                    };
                    if (shortCircuited && !IsTaskWrittenAfter(subject, binary.Syntax.SpanStart, root))
                    {
                        return true;
                    }

                    break;

                case IBlockOperation block when !crossedLocalFunction:
                    if (IsPrecededByCompletion(block, child, subject, use, types, root))
                    {
                        return true;
                    }

                    break;

                case ILocalFunctionOperation:
                    // A local function can run before the statements that precede its declaration.
                    crossedLocalFunction = true;
                    break;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="symbol"/> may be assigned (or, as a collection, added to) at or after <paramref name="position"/>.</summary>
    public static bool IsWrittenAfter(ISymbol symbol, int position, IOperation root)
    {
        foreach (var operation in root.Descendants())
        {
            if (operation.Syntax.SpanStart < position)
            {
                continue;
            }

            var written = operation switch
            {
                IAssignmentOperation assignment => assignment.Target.DescendantsAndSelf().Any(target => Reads(target, symbol)),
                IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => Reads(argument.Value, symbol),
                IInvocationOperation invocation => CollectionWriters.Contains(invocation.TargetMethod.Name) && Reads(invocation.Instance, symbol),
                _ => false,
            };

            if (written)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPrecededByCompletion(
        IBlockOperation block, IOperation child, CompletionSubject subject, IOperation use, ThreadingTypes types, IOperation root)
    {
        var index = block.Operations.IndexOf(child);
        for (var i = 0; i < index; i++)
        {
            var statement = block.Operations[i];
            var completes = (subject.Expression is not null && IsEarlyExitGuard(statement, subject, use, types))
                || Completes(statement, subject, types, root);
            if (completes && !IsWrittenAfterAny(subject, statement.Syntax.SpanStart, root))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTaskWrittenAfter(CompletionSubject subject, int position, IOperation root) =>
        subject.Task is not null && IsWrittenAfter(subject.Task, position, root);

    private static bool IsWrittenAfterAny(CompletionSubject subject, int position, IOperation root) =>
        (subject.Task is not null && IsWrittenAfter(subject.Task, position, root))
        || (subject.Collection is not null && IsWrittenAfter(subject.Collection, position, root));

    /// <summary><c>if (!t.IsCompleted) { ...; return ...; }</c>, or an <c>if</c> that awaits the task when it is not complete.</summary>
    private static bool IsEarlyExitGuard(IOperation statement, CompletionSubject subject, IOperation use, ThreadingTypes types) =>
        statement is IConditionalOperation { WhenFalse: null } conditional
        && ProvesIncomplete(conditional.Condition, subject, use, types)
        && (AlwaysExits(conditional.WhenTrue)
            || Completes(LastStatement(conditional.WhenTrue), new CompletionSubject(null, subject.Task, null), types, TaskCompletionFacts.RootOf(use)));

    private static bool AlwaysExits(IOperation? statement) =>
        LastStatement(statement) is IReturnOperation or IBranchOperation or IThrowOperation or IExpressionStatementOperation { Operation: IThrowOperation };

    private static IOperation? LastStatement(IOperation? statement)
    {
        while (statement is IBlockOperation block)
        {
            statement = block.Operations.Length > 0 ? block.Operations[block.Operations.Length - 1] : null;
        }

        return statement;
    }

    /// <summary>A statement that, when it completes normally, leaves the task complete: an await of it or a wait on it.</summary>
    private static bool Completes(IOperation? statement, CompletionSubject subject, ThreadingTypes types, IOperation root)
    {
        foreach (var value in TopLevelValues(statement))
        {
            switch (OperationOrigin.Unwrap(value))
            {
                case IAwaitOperation awaited:
                    var target = TaskCompletionFacts.WithoutConfigureAwait(awaited.Operation);
                    if (IsLocalOrParameter(target, subject) || IsWhenAllOver(target, subject, types))
                    {
                        return true;
                    }

                    // var all = Task.WhenAll(tasks); ... await all;
                    if (TaskCompletionFacts.SymbolOf(target) is ILocalSymbol local
                        && TaskCompletionFacts.SingleAssignmentValue(local, root) is { } whenAll
                        && IsWhenAllOver(whenAll, subject, types))
                    {
                        return true;
                    }

                    break;

                // t.Wait(); or Task.WaitAll(a, b); (the void overloads only: those with a timeout may give up)
                case IInvocationOperation { TargetMethod: { Name: "Wait", ReturnsVoid: true, IsStatic: false } } wait
                    when types.IsTask(wait.TargetMethod.ContainingType) && IsLocalOrParameter(wait.Instance, subject):
                    return true;

                case IInvocationOperation { TargetMethod: { Name: "WaitAll", ReturnsVoid: true } } waitAll
                    when TaskCompletionFacts.IsStaticTaskMethod(waitAll, "WaitAll", types) && IncludesSubject(waitAll, subject):
                    return true;
            }
        }

        return false;
    }

    private static IEnumerable<IOperation> TopLevelValues(IOperation? statement)
    {
        switch (statement)
        {
            case IExpressionStatementOperation { Operation: IAssignmentOperation assignment }:
                yield return assignment.Value;
                break;
            case IExpressionStatementOperation expression:
                yield return expression.Operation;
                break;
            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        if (declarator.Initializer is { } initializer)
                        {
                            yield return initializer.Value;
                        }
                    }
                }

                break;
            case ITryOperation { Body.Operations.Length: > 0 } tryOperation:
                // The first statement of a try block runs on every path through it.
                foreach (var value in TopLevelValues(tryOperation.Body.Operations[0]))
                {
                    yield return value;
                }

                break;
        }
    }

    private static bool IsWhenAllOver(IOperation operation, CompletionSubject subject, ThreadingTypes types) =>
        TaskCompletionFacts.IsStaticTaskMethod(operation, "WhenAll", types)
        && IncludesSubject((IInvocationOperation)OperationOrigin.Unwrap(operation), subject);

    private static bool IncludesSubject(IInvocationOperation invocation, CompletionSubject subject)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (TaskExpressions(argument.Value, 0).Any(task => IsLocalOrParameter(task, subject)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The task expressions an argument passes: itself, or the elements of an array, list or collection expression.</summary>
    private static IEnumerable<IOperation> TaskExpressions(IOperation operation, int depth)
    {
        operation = OperationOrigin.Unwrap(operation);
        IEnumerable<IOperation> parts = operation switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
            IObjectCreationOperation { Initializer: { } initializer } =>
                initializer.Initializers.OfType<IInvocationOperation>().SelectMany(add => add.Arguments.Select(argument => argument.Value)),
            IPropertyReferenceOperation { Property.Name: "Values", Instance: { } dictionary } => [dictionary],
            IInvocationOperation { TargetMethod.Name: "ToArray" or "ToList" or "AsEnumerable" } copy =>
                copy.Instance is { } instance ? [instance] : copy.Arguments.Take(1).Select(argument => argument.Value),
            // Collection expressions, and the collection the compiler builds for a params Span/array argument.
            _ when operation.IsImplicit || operation.Syntax is CollectionExpressionSyntax => operation.ChildOperations,
            _ => [],
        };

        if (depth > 4 || !parts.Any())
        {
            return [operation];
        }

        return parts.SelectMany(part => TaskExpressions(part, depth + 1));
    }

    private static bool IsLocalOrParameter(IOperation? operation, CompletionSubject subject) =>
        TaskCompletionFacts.SymbolOf(operation) is ILocalSymbol or IParameterSymbol && subject.Is(TaskCompletionFacts.SymbolOf(operation));

    private static bool ProvesComplete(IOperation condition, CompletionSubject task, IOperation use, ThreadingTypes types)
    {
        switch (OperationOrigin.Unwrap(condition))
        {
            case IPropertyReferenceOperation { Property.Name: "IsCompleted" or "IsCompletedSuccessfully" or "IsFaulted" or "IsCanceled" } state:
                return Reads(state.Instance, task);

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and:
                return ProvesComplete(and.LeftOperand, task, use, types) || ProvesComplete(and.RightOperand, task, use, types);

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals:
                return IsFinalStatus(equals.LeftOperand, equals.RightOperand, task)
                    || IsFinalStatus(equals.RightOperand, equals.LeftOperand, task)
                    || (Reads(equals.LeftOperand, task) && TaskCompletionFacts.IsWhenAnyResult(equals.RightOperand, use, types))
                    || (Reads(equals.RightOperand, task) && TaskCompletionFacts.IsWhenAnyResult(equals.LeftOperand, use, types))
                    || (IsFalse(equals.RightOperand) && ProvesIncomplete(equals.LeftOperand, task, use, types));

            // if (t.Wait(timeout)) ...: true only once the task has finished.
            case IInvocationOperation { TargetMethod.Name: "Wait", Instance: { } waited } wait when !wait.TargetMethod.ReturnsVoid:
                return Reads(waited, task);

            case IIsPatternOperation { Pattern: IRecursivePatternOperation pattern } isPattern:
                return Reads(isPattern.Value, task)
                    && pattern.PropertySubpatterns.Any(subpattern =>
                        subpattern.Member is IPropertyReferenceOperation { Property.Name: "IsCompleted" or "IsCompletedSuccessfully" or "IsFaulted" or "IsCanceled" }
                        && subpattern.Pattern is IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: true } });

            default:
                return false;
        }
    }

    /// <summary>Conditions that, when false, prove the task complete: <c>!t.IsCompleted</c>, <c>t.IsCompleted == false</c>.</summary>
    private static bool ProvesIncomplete(IOperation condition, CompletionSubject task, IOperation use, ThreadingTypes types) =>
        OperationOrigin.Unwrap(condition) switch
        {
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not => ProvesComplete(not.Operand, task, use, types),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or =>
                ProvesIncomplete(or.LeftOperand, task, use, types) || ProvesIncomplete(or.RightOperand, task, use, types),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals =>
                IsFalse(equals.RightOperand) && ProvesComplete(equals.LeftOperand, task, use, types),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.NotEquals } notEquals =>
                IsFinalStatus(notEquals.LeftOperand, notEquals.RightOperand, task) || IsFinalStatus(notEquals.RightOperand, notEquals.LeftOperand, task),
            _ => false,
        };

    private static bool IsFinalStatus(IOperation status, IOperation value, CompletionSubject task) =>
        OperationOrigin.Unwrap(status) is IPropertyReferenceOperation { Property.Name: "Status" } property
        && Reads(property.Instance, task)
        && OperationOrigin.Unwrap(value) is IFieldReferenceOperation { Field.Name: "RanToCompletion" or "Faulted" or "Canceled" };

    private static bool IsFalse(IOperation operation) =>
        OperationOrigin.Unwrap(operation).ConstantValue is { HasValue: true, Value: false };

    private static bool Reads(IOperation? operation, ISymbol symbol) =>
        SymbolEqualityComparer.Default.Equals(TaskCompletionFacts.SymbolOf(operation), symbol);

    private static bool Reads(IOperation? operation, CompletionSubject task) => task.IsReadBy(operation);
}
