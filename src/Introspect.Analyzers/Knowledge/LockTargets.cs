using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>A lock target with its kind: <see cref="Reported"/> is the expression as written, where a diagnostic goes.</summary>
internal readonly struct LockTarget(LockTargetKind kind, SyntaxNode reported, IOperation operand)
{
    public LockTargetKind Kind { get; } = kind;

    public SyntaxNode Reported { get; } = reported;

    /// <summary>The expression without the conversions to <c>object</c> around it.</summary>
    public IOperation Operand { get; } = operand;
}

/// <summary>
/// Finds what <c>lock</c> statements and <c>Monitor.Enter/TryEnter</c> calls lock on and sorts it into a
/// <see cref="LockTargetKind"/>. Shared by INTR107 and INTR108 so that the two rules always agree on which of them a
/// target belongs to. Resolve once per compilation with <see cref="Create"/>.
/// </summary>
internal sealed class LockTargets
{
    private readonly ThreadingTypes _threading;
    private readonly LockApis _lockApis;
    private readonly LazyType _memberInfo;
    private readonly LazyType _parameterInfo;

    private LockTargets(Compilation compilation)
    {
        _threading = ThreadingTypes.Create(compilation);
        _lockApis = LockApis.Create(compilation, _threading);
        _memberInfo = new(compilation, WellKnownTypeNames.MemberInfo);
        _parameterInfo = new(compilation, WellKnownTypeNames.ParameterInfo);
    }

    public static LockTargets Create(Compilation compilation) => new(compilation);

    /// <summary>
    /// Reports, for every lock target that has a kind other than Unremarkable, the diagnostic <paramref name="diagnosticFor"/>
    /// makes of it (null: not this rule's kind).
    /// </summary>
    public void Register(CompilationStartAnalysisContext start, Func<LockTarget, Diagnostic?> diagnosticFor)
    {
        start.RegisterOperationAction(
            context =>
            {
                var lockOperation = (ILockOperation)context.Operation;
                Inspect(
                    lockOperation.LockedValue,
                    (lockOperation.Syntax as LockStatementSyntax)?.Expression,
                    context.ContainingSymbol,
                    diagnosticFor,
                    context.ReportDiagnostic,
                    context.CancellationToken);
            },
            OperationKind.Lock);

        // Without Monitor (a broken or exotic compilation) only lock statements can be checked. Monitor.Enter calls are
        // rare: they are found from each file's text rather than with a callback for every call in the compilation.
        if (_threading.Monitor is not null)
        {
            start.RegisterSemanticModelAction(context => InspectMonitorEnters(context, diagnosticFor));
        }
    }

    private void InspectMonitorEnters(SemanticModelAnalysisContext context, Func<LockTarget, Diagnostic?> diagnosticFor)
    {
        var model = context.SemanticModel;
        CallSites.ForEachCall(
            model,
            "Enter",
            name => name is "Enter" or "TryEnter",
            invocation =>
            {
                if (_lockApis.MonitorAcquireTarget(invocation) is { } target)
                {
                    var member = CallSites.ContainingMember(model, invocation, context.CancellationToken);
                    Inspect(
                        target,
                        (target.Parent?.Syntax as ArgumentSyntax)?.Expression,
                        member,
                        diagnosticFor,
                        context.ReportDiagnostic,
                        context.CancellationToken);
                }
            },
            context.CancellationToken);
    }

    /// <param name="written">The target as written, with any <c>!</c> or parentheses the operation tree leaves out.</param>
    private void Inspect(
        IOperation? lockedValue,
        SyntaxNode? written,
        ISymbol? containingSymbol,
        Func<LockTarget, Diagnostic?> diagnosticFor,
        Action<Diagnostic> report,
        CancellationToken cancellationToken)
    {
        if (lockedValue is null || containingSymbol is null)
        {
            return;
        }

        var operand = Unwrap(lockedValue, out var boxed);
        var kind = Classify(lockedValue, operand, boxed, containingSymbol, cancellationToken);
        if (kind != LockTargetKind.Unremarkable && diagnosticFor(new LockTarget(kind, written ?? lockedValue.Syntax, operand)) is { } diagnostic)
        {
            report(diagnostic);
        }
    }

    private LockTargetKind Classify(IOperation lockedValue, IOperation operand, bool boxed, ISymbol containingSymbol, CancellationToken cancellationToken)
    {
        var type = operand.Type;
        if (type is null || type.TypeKind == TypeKind.Error || lockedValue.Type?.TypeKind == TypeKind.Error)
        {
            return LockTargetKind.Unremarkable;
        }

        // An unconstrained type parameter may be a class at run time; only a known value type is surely boxed.
        if (boxed && type.IsValueType)
        {
            return LockTargetKind.BoxedValue;
        }

        switch (operand)
        {
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }:
                return OtherCodeCanHoldInstancesOf(type) ? LockTargetKind.ThisInstance : LockTargetKind.Unremarkable;
            case ITypeOfOperation:
                return LockTargetKind.TypeObject;
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return LockTargetKind.String;
        }

        // Most locks are on a plain object: it derives from nothing, so the reflection and Thread types (each a search of
        // every referenced assembly the first time) are not looked up for it.
        if (type.SpecialType != SpecialType.System_Object)
        {
            if (TypeHierarchy.DerivesFrom(type, _memberInfo.Symbol) || TypeHierarchy.DerivesFrom(type, _parameterInfo.Symbol))
            {
                return LockTargetKind.TypeObject;
            }

            if (TypeHierarchy.DerivesFrom(type, _threading.Thread))
            {
                return LockTargetKind.ThreadObject;
            }
        }

        return operand switch
        {
            IFieldReferenceOperation field => ClassifyField(field.Field),
            IPropertyReferenceOperation property => ClassifyProperty(property.Property, cancellationToken),
            IObjectCreationOperation or IAnonymousObjectCreationOperation or IArrayCreationOperation or ITypeParameterObjectCreationOperation
                => LockTargetKind.NewObject,
            ILocalReferenceOperation local when IsFreshUnsharedLocal(local, containingSymbol, cancellationToken) => LockTargetKind.NewLocalObject,
            _ => LockTargetKind.Unremarkable,
        };
    }

    private static LockTargetKind ClassifyField(IFieldSymbol field)
    {
        if (IsDeclaredInSource(field) && IsPublicAllTheWayOut(field))
        {
            return LockTargetKind.PublicMember;
        }

        return field.IsReadOnly || field.IsConst ? LockTargetKind.Unremarkable : LockTargetKind.MutableField;
    }

    private static LockTargetKind ClassifyProperty(IPropertySymbol property, CancellationToken cancellationToken)
    {
        // A library's property (ICollection.SyncRoot, …) is its author's lock contract, and an indexer is a lookup
        // like GetOrAdd (per-key gates): nothing to see in either.
        if (!IsDeclaredInSource(property) || property.IsIndexer)
        {
            return LockTargetKind.Unremarkable;
        }

        if (IsPublicAllTheWayOut(property))
        {
            return LockTargetKind.PublicMember;
        }

        if (property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not PropertyDeclarationSyntax declaration)
        {
            return LockTargetKind.Unremarkable;
        }

        if (IsAutoPropertyWithSetter(declaration))
        {
            return LockTargetKind.SettableProperty;
        }

        return GetterReturnsNewObject(declaration) ? LockTargetKind.NewObjectProperty : LockTargetKind.Unremarkable;
    }

    /// <summary>
    /// A local initialised with <c>new</c> in the function that locks it, and used for nothing but locking there: every
    /// call locks its own object. A local captured by a lambda, passed to a method or reassigned is shared or unknown.
    /// </summary>
    private bool IsFreshUnsharedLocal(ILocalReferenceOperation reference, ISymbol containingSymbol, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.IsRef
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: var initializer }
            || !IsCreation(initializer))
        {
            return false;
        }

        var function = EnclosingFunction.Of(reference, containingSymbol);
        if (function is null || !SymbolEqualityComparer.Default.Equals(local.ContainingSymbol, function))
        {
            return false;
        }

        IOperation root = reference;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var descendant in root.Descendants())
        {
            if (descendant is ILocalReferenceOperation other
                && SymbolEqualityComparer.Default.Equals(other.Local, local)
                && !IsOnlyLockedIn(other, function, containingSymbol))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsOnlyLockedIn(ILocalReferenceOperation reference, IMethodSymbol function, ISymbol containingSymbol)
    {
        if (!SymbolEqualityComparer.Default.Equals(EnclosingFunction.Of(reference, containingSymbol), function))
        {
            return false;
        }

        var usage = reference.Parent;
        while (usage is IConversionOperation)
        {
            usage = usage.Parent;
        }

        return usage is ILockOperation
            || (usage is IArgumentOperation { Parent: IInvocationOperation invocation } && _lockApis.IsMonitorMethod(invocation.TargetMethod));
    }

    private static IOperation Unwrap(IOperation value, out bool boxed)
    {
        boxed = false;
        while (value is IConversionOperation conversion)
        {
            boxed |= conversion.Operand.Type is { IsValueType: true } && conversion.Type is { IsReferenceType: true };
            value = conversion.Operand;
        }

        return value;
    }

    /// <summary>False for a private (or private-nested) or file-local type: only its own code can get an instance.</summary>
    private static bool OtherCodeCanHoldInstancesOf(ITypeSymbol type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility == Accessibility.Private || current.IsFileLocal)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPublicAllTheWayOut(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDeclaredInSource(ISymbol symbol) => !symbol.DeclaringSyntaxReferences.IsEmpty;

    private static bool IsAutoPropertyWithSetter(PropertyDeclarationSyntax declaration)
    {
        if (declaration.AccessorList is not { } accessors)
        {
            return false;
        }

        var hasSetter = false;
        foreach (var accessor in accessors.Accessors)
        {
            if (accessor.Body is not null || accessor.ExpressionBody is not null)
            {
                return false;
            }

            hasSetter |= accessor.IsKind(SyntaxKind.SetAccessorDeclaration);
        }

        return hasSetter;
    }

    private static bool GetterReturnsNewObject(PropertyDeclarationSyntax declaration)
    {
        if (declaration.ExpressionBody is { } body)
        {
            return IsCreation(body.Expression);
        }

        foreach (var accessor in declaration.AccessorList?.Accessors ?? default)
        {
            if (!accessor.IsKind(SyntaxKind.GetAccessorDeclaration))
            {
                continue;
            }

            return accessor.ExpressionBody is { } arrow
                ? IsCreation(arrow.Expression)
                : accessor.Body is { Statements.Count: 1 } block
                    && block.Statements[0] is ReturnStatementSyntax { Expression: { } returned }
                    && IsCreation(returned);
        }

        return false;
    }

    private static bool IsCreation(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression is ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax
            or AnonymousObjectCreationExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax;
    }
}
