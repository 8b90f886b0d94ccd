using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// An update that reads a variable, computes and writes it back as separate steps (<c>x++</c>, <c>x += n</c>,
/// <c>x = x + n</c>, <c>x ??= y</c>): another thread can write in between, and its update is lost. Only variables
/// are looked at (locals, parameters, fields, simple properties); an element (<c>a[i]++</c>) belongs to its slot.
/// </summary>
internal sealed class ReadModifyWrite
{
    private ReadModifyWrite(IOperation operation, IOperation target, string form, string? interlockedMethod, IOperation? addend)
    {
        Operation = operation;
        Target = target;
        Form = form;
        InterlockedMethod = interlockedMethod;
        Addend = addend;
    }

    /// <summary>The whole update, which is what is reported.</summary>
    public IOperation Operation { get; }

    /// <summary>The variable that is read and written.</summary>
    public IOperation Target { get; }

    /// <summary>How the code writes it: <c>++</c>, <c>+=</c>, <c>x = x + ...</c>, <c>??=</c>.</summary>
    public string Form { get; }

    /// <summary>The Interlocked method that does the same update atomically (Increment, Decrement, Add), when there is one.</summary>
    public string? InterlockedMethod { get; }

    /// <summary>For Add: what is added (negated by the fix for <c>-=</c>).</summary>
    public IOperation? Addend { get; }

    public static ReadModifyWrite? From(IOperation operation)
    {
        switch (operation)
        {
            case IIncrementOrDecrementOperation { Target: var target } update when IsVariable(target):
                var increment = update.Kind == OperationKind.Increment;
                return new(operation, target, increment ? "++" : "--", increment ? "Increment" : "Decrement", addend: null);
            case ICompoundAssignmentOperation { Target: var target, Value: var value } compound when IsVariable(target):
                var method = compound.OperatorKind switch
                {
                    BinaryOperatorKind.Add => "Add",
                    BinaryOperatorKind.Subtract => "Subtract",
                    _ => null,
                };
                return new(operation, target, Symbol(compound.OperatorKind) + "=", method, value);
            case ICoalesceAssignmentOperation { Target: var target } when IsVariable(target):
                return new(operation, target, "??=", interlockedMethod: null, addend: null);
            case ISimpleAssignmentOperation { Target: var target, Value: var value } when IsVariable(target)
                && OperationOrigin.Unwrap(value) is IBinaryOperation binary && ReadsItself(binary, target, out var other):
                var add = binary.OperatorKind == BinaryOperatorKind.Add ? "Add" : null;
                return new(operation, target, "x = x " + Symbol(binary.OperatorKind) + " ...", add, other);
            default:
                return null;
        }
    }

    private static bool IsVariable(IOperation target) => target switch
    {
        ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation => true,
        IPropertyReferenceOperation property => property.Arguments.IsEmpty,
        _ => false,
    };

    // x = x + n or x = n + x (for Add, either side is the same).
    private static bool ReadsItself(IBinaryOperation binary, IOperation target, out IOperation? other)
    {
        other = null;
        var key = LockKey.From(target);
        if (key is null)
        {
            return false;
        }

        if (key.Equals(LockKey.From(binary.LeftOperand)))
        {
            other = binary.RightOperand;
            return true;
        }

        if (binary.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Multiply or BinaryOperatorKind.Or or BinaryOperatorKind.And
            && key.Equals(LockKey.From(binary.RightOperand)))
        {
            other = binary.LeftOperand;
            return true;
        }

        return false;
    }

    private static string Symbol(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.Add => "+",
        BinaryOperatorKind.Subtract => "-",
        BinaryOperatorKind.Multiply => "*",
        BinaryOperatorKind.Divide => "/",
        BinaryOperatorKind.Remainder => "%",
        BinaryOperatorKind.Or => "|",
        BinaryOperatorKind.And => "&",
        BinaryOperatorKind.ExclusiveOr => "^",
        BinaryOperatorKind.LeftShift => "<<",
        BinaryOperatorKind.RightShift => ">>",
        _ => "?",
    };
}
