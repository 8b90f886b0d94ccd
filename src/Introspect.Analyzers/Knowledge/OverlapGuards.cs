using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Whether a timer callback can run on two threads at once. It cannot when it starts by skipping the tick while the
/// previous one still runs (<c>if (Interlocked.CompareExchange(ref _running, 1, 0) != 0) return;</c>,
/// <c>if (!Monitor.TryEnter(_gate)) return;</c>, <c>if (!_gate.Wait(0)) return;</c>, or all of its work inside
/// <c>if (Monitor.TryEnter(_gate)) { ... }</c>), when it starts by stopping the timer (<c>Change(Timeout.Infinite, ...)</c>,
/// <c>Stop()</c>, <c>Enabled = false</c>) and re-arms it when done, or when the timer fires only once: a
/// <c>System.Threading.Timer</c> without a period, a <c>System.Timers.Timer</c> with <c>AutoReset = false</c>.
/// </summary>
internal static class OverlapGuards
{
    public static bool StartsWithGuard(IOperation body)
    {
        var statements = body is IBlockOperation block ? block.Operations : default;
        if (statements.IsDefaultOrEmpty)
        {
            return false;
        }

        var first = statements[0];
        if (first is IConditionalOperation { WhenTrue: { } whenTrue } guard
            && (Returns(whenTrue) || statements.Skip(1).All(statement => statement.IsImplicit))
            && guard.Condition.DescendantsAndSelf().OfType<IInvocationOperation>().Any(IsTryAcquire))
        {
            return true;
        }

        // try { timer.Change(Timeout.Infinite, ...); work } finally { timer.Change(period, ...); }
        var opening = first is ITryOperation { Body.Operations: { Length: > 0 } tried } ? tried[0] : first;
        return opening is IExpressionStatementOperation { Operation: var stop } && StopsTimer(stop);
    }

    /// <summary>
    /// Whether the timer that runs <paramref name="callback"/> fires again while the callback still runs: a
    /// <c>System.Threading.Timer</c> created with a period, or a <c>System.Timers.Timer</c> whose <c>AutoReset</c> is
    /// left true. False when the code does not say (a period set later with <c>Change</c>, <c>AutoReset</c> set to a
    /// variable).
    /// </summary>
    public static bool FiresWhileRunning(ConcurrentCallback callback, ThreadingTypes threading)
    {
        var parent = callback.Callback.Parent;
        while (parent is IDelegateCreationOperation or IConversionOperation { IsImplicit: true })
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IArgumentOperation { Parent: IObjectCreationOperation creation } when ThreadingTypes.Is(creation.Type?.OriginalDefinition, threading.ThreadingTimer) =>
                HasPeriod(creation),
            IEventAssignmentOperation { EventReference: IEventReferenceOperation { Instance: { } timer } } when ThreadingTypes.Is(timer.Type?.OriginalDefinition, threading.TimersTimer) =>
                KeepsAutoReset(timer),
            _ => false,
        };
    }

    private static bool HasPeriod(IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Name == "period")
            {
                return !Timeouts.IsNoPeriod(argument.Value);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether nothing in the type (in this file) sets the timer's <c>AutoReset</c> to anything but <c>true</c>:
    /// <c>timer.AutoReset = false</c>, or <c>new Timer { AutoReset = false }</c> stored in the same variable.
    /// </summary>
    private static bool KeepsAutoReset(IOperation timer)
    {
        if (SharedState.SymbolOf(timer) is not { } symbol || timer.SemanticModel is not { } model)
        {
            return false;
        }

        var scope = timer.Syntax.FirstAncestorOrSelf<TypeDeclarationSyntax>() ?? timer.Syntax.SyntaxTree.GetRoot();
        foreach (var name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText == "AutoReset"
                && name.Parent is AssignmentExpressionSyntax or MemberAccessExpressionSyntax
                && name.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is { } assignmentSyntax
                && model.GetOperation(assignmentSyntax) is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "AutoReset" } target } assignment
                && assignment.Value.ConstantValue is not { HasValue: true, Value: true }
                && SymbolEqualityComparer.Default.Equals(TimerOf(target), symbol))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The variable holding the timer whose AutoReset is set: the receiver, or what an object initializer's object is stored in.</summary>
    private static ISymbol? TimerOf(IPropertyReferenceOperation autoReset)
    {
        if (autoReset.Instance is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
        {
            return autoReset.Instance is { } instance ? SharedState.SymbolOf(instance) : null;
        }

        IOperation? current = autoReset.Parent;
        while (current is not null and not IObjectCreationOperation)
        {
            current = current.Parent;
        }

        for (var stored = current?.Parent; stored is not null; stored = stored.Parent)
        {
            switch (stored)
            {
                case IConversionOperation or IParenthesizedOperation:
                    continue;
                case IFieldInitializerOperation { InitializedFields: { Length: 1 } fields }:
                    return fields[0];
                case IPropertyInitializerOperation { InitializedProperties: { Length: 1 } properties }:
                    return properties[0];
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return declarator.Symbol;
                case ISimpleAssignmentOperation assignment:
                    return SharedState.SymbolOf(assignment.Target);
                default:
                    return null;
            }
        }

        return null;
    }

    private static bool Returns(IOperation operation) => operation switch
    {
        IReturnOperation => true,
        IBlockOperation { Operations: { Length: > 0 } statements } => statements[statements.Length - 1] is IReturnOperation,
        _ => false,
    };

    private static bool IsTryAcquire(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        return (method.Name, method.ContainingType?.Name, method.ContainingNamespace?.ToDisplayString()) switch
        {
            ("CompareExchange" or "Exchange", "Interlocked", "System.Threading") => true,
            ("TryEnter", "Monitor", "System.Threading") => true,
            ("Wait" or "WaitAsync", "SemaphoreSlim", "System.Threading") => invocation.Arguments.Length > 0,
            _ => false,
        };
    }

    /// <summary><c>timer.Change(Timeout.Infinite, ...)</c>, <c>timer.Stop()</c> or <c>timer.Enabled = false</c>.</summary>
    private static bool StopsTimer(IOperation operation) => operation switch
    {
        IInvocationOperation { TargetMethod: { Name: "Change", ContainingType: { Name: "Timer" } type } } change
            when change.Arguments.Length > 0 => IsNamespace(type, "System.Threading") && Timeouts.IsInfinite(change.Arguments[0].Value),
        IInvocationOperation { TargetMethod: { Name: "Stop", ContainingType: { Name: "Timer" } type } } => IsNamespace(type, "System.Timers"),
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "Enabled", ContainingType: { Name: "Timer" } type } }, Value.ConstantValue: { HasValue: true, Value: false } } =>
            IsNamespace(type, "System.Timers"),
        _ => false,
    };

    private static bool IsNamespace(INamedTypeSymbol type, string name) => type.ContainingNamespace?.ToDisplayString() == name;
}
