using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// The pieces of hand-written lazy initialisation: the check that starts it (<c>s_x == null</c>, <c>!s_initialized</c>),
/// the stores it makes, and whether the state is shared (a static field, or a field of a hosted service or job, outside
/// constructors) and the code runs under a lock (see <see cref="LockGuards"/>). One instance per analysed operation.
/// </summary>
internal sealed class LazyInitialization(LockApis locks, ThreadingTypes threading, JobTypes jobs)
{
    private const string ThreadStaticAttribute = "System.ThreadStaticAttribute";

    private LockGuards? _guards;

    /// <summary>Whether other threads can reach the field while <paramref name="member"/> initialises it.</summary>
    public bool IsShared(IFieldSymbol field, ISymbol member)
    {
        if (field.IsConst || field.Locations.Length == 0 || !field.Locations[0].IsInSource
            || member is IMethodSymbol { MethodKind: MethodKind.StaticConstructor or MethodKind.Constructor }
            || field.GetAttributes().Any(attribute => attribute.AttributeClass?.ToDisplayString() == ThreadStaticAttribute))
        {
            return false;
        }

        return field.IsStatic || jobs.IsJobType(field.ContainingType);
    }

    public bool IsLocked(IOperation operation) =>
        (_guards ??= new LockGuards(locks, threading)).IsGuarded(operation, FunctionLockScan.BodyAround(operation));

    /// <summary>The field of <c>F == null</c>, <c>null == F</c> or <c>F is null</c>.</summary>
    public static IFieldSymbol? NullCheckedField(IOperation condition)
    {
        switch (OperationOrigin.Unwrap(condition))
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals:
                return IsNull(equals.RightOperand) ? OwnField(equals.LeftOperand) : IsNull(equals.LeftOperand) ? OwnField(equals.RightOperand) : null;
            case IIsPatternOperation { Pattern: IConstantPatternOperation { Value: var value } } pattern when IsNull(value):
                return OwnField(pattern.Value);
            default:
                return null;
        }
    }

    /// <summary>The bool field of <c>!F</c> or <c>F == false</c>.</summary>
    public static IFieldSymbol? UnsetFlag(IOperation condition)
    {
        var flag = OperationOrigin.Unwrap(condition) switch
        {
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, Operand: var operand } => OwnField(operand),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals, RightOperand.ConstantValue: { HasValue: true, Value: false } } equals => OwnField(equals.LeftOperand),
            _ => null,
        };
        return flag?.Type.SpecialType == SpecialType.System_Boolean ? flag : null;
    }

    /// <summary>A field of this instance or a static one (not of another object).</summary>
    public static bool IsOwnField(IFieldReferenceOperation reference) => reference.Instance is null or IInstanceReferenceOperation;

    /// <summary>
    /// <c>F = new T(...);</c> followed in the same block by a write or call through <c>F</c> (<c>F.Timeout = ...</c>,
    /// <c>F.Open()</c>), anywhere in the initialisation branch (inside its lock and inner check too).
    /// </summary>
    public static (IOperation Store, IOperation Configured)? PublishedThenConfigured(IOperation branch, IFieldSymbol field)
    {
        foreach (var operation in ConcurrentRegion.Walk(branch, _ => false))
        {
            if (operation is not IBlockOperation block)
            {
                continue;
            }

            for (var index = 0; index < block.Operations.Length; index++)
            {
                if (block.Operations[index] is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation store }
                    && IsStoreOf(store, field)
                    && OperationOrigin.Unwrap(store.Value) is IObjectCreationOperation)
                {
                    for (var next = index + 1; next < block.Operations.Length; next++)
                    {
                        if (ConfiguredThrough(block.Operations[next], field) is { } configured)
                        {
                            return (store, configured);
                        }
                    }
                }
            }
        }

        return null;
    }

    /// <summary>A store to another field, then <c>flag = true</c>, in that order, in the branch.</summary>
    public static (IFieldSymbol Value, IOperation Set)? ValueThenFlag(IOperation branch, IFieldSymbol flag)
    {
        IFieldSymbol? value = null;
        foreach (var operation in ConcurrentRegion.Walk(branch, _ => false))
        {
            if (operation is not ISimpleAssignmentOperation { Target: var target } assignment
                || OperationOrigin.Unwrap(target) is not IFieldReferenceOperation { Field: var written } reference
                || !IsOwnField(reference))
            {
                continue;
            }

            if (!SymbolEqualityComparer.Default.Equals(written, flag))
            {
                value ??= written;
            }
            else if (value is not null && assignment.Value.ConstantValue is { HasValue: true, Value: true })
            {
                return (value, assignment);
            }
        }

        return null;
    }

    /// <summary>The branch is the one statement <c>F = value;</c>.</summary>
    public static ISimpleAssignmentOperation? SingleStore(IOperation branch, IFieldSymbol field)
    {
        var statement = branch is IBlockOperation { Operations.Length: 1 } block ? block.Operations[0] : branch;
        return statement is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation store } && IsStoreOf(store, field) ? store : null;
    }

    /// <summary>
    /// The name of the lock field the fixer adds for <c>LazyInitializer.EnsureInitialized(ref F, ref FLock, () => value)</c>,
    /// when the rewrite is a drop-in: a reference-type field, the initialisation a statement (or returned), no await in
    /// the value, and the name free (or already a writable <c>object</c> lock field, as an earlier fix leaves it).
    /// </summary>
    public static string? FixLockField(IOperation site, IFieldSymbol field)
    {
        var fits = site switch
        {
            ICoalesceAssignmentOperation { Parent: IExpressionStatementOperation or IReturnOperation } => true,
            IConditionalOperation => true,
            _ => false,
        };
        var name = field.Name + "Lock";
        return fits
            && field.Type.IsReferenceType
            && !site.Syntax.DescendantNodes().Any(node => node.IsKind(SyntaxKind.AwaitExpression))
            && IsFreeOrLock(field.ContainingType.GetMembers(name), field.IsStatic)
                ? name
                : null;
    }

    private static bool IsFreeOrLock(ImmutableArray<ISymbol> members, bool isStatic)
    {
        return members.IsEmpty
            || (members.Length == 1
                && members[0] is IFieldSymbol { IsReadOnly: false, Type.SpecialType: SpecialType.System_Object } existing
                && existing.IsStatic == isStatic);
    }

    private static bool IsStoreOf(ISimpleAssignmentOperation store, IFieldSymbol field) =>
        OperationOrigin.Unwrap(store.Target) is IFieldReferenceOperation reference
        && IsOwnField(reference)
        && SymbolEqualityComparer.Default.Equals(reference.Field, field);

    /// <summary>A call or write through the field: <c>F.M()</c>, <c>F.P = x</c>, <c>F.Converters.Add(x)</c>, <c>F.E += h</c>.</summary>
    private static IOperation? ConfiguredThrough(IOperation statement, IFieldSymbol field)
    {
        foreach (var operation in ConcurrentRegion.Walk(statement, _ => false))
        {
            if (operation is not IFieldReferenceOperation reference || !IsOwnField(reference) || !SymbolEqualityComparer.Default.Equals(reference.Field, field))
            {
                continue;
            }

            IOperation current = reference;
            while (current.Parent is IMemberReferenceOperation member && member.Instance == current && member is not IEventReferenceOperation)
            {
                current = member;
            }

            switch (current.Parent)
            {
                case IInvocationOperation call when call.Instance == current:
                    return call;
                case IAssignmentOperation assignment when assignment.Target == current && current != reference:
                    return assignment;
                case IEventReferenceOperation { Parent: IEventAssignmentOperation subscription } handler when handler.Instance == current:
                    return subscription;
            }
        }

        return null;
    }

    private static IFieldSymbol? OwnField(IOperation operation) =>
        OperationOrigin.Unwrap(operation) is IFieldReferenceOperation reference && IsOwnField(reference) ? reference.Field : null;

    private static bool IsNull(IOperation operation) =>
        OperationOrigin.Unwrap(operation).ConstantValue is { HasValue: true, Value: null };
}
