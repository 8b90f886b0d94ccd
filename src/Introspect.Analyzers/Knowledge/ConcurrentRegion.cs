using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>One operation that runs as part of a concurrent lambda, directly or in a helper method the lambda calls.</summary>
internal sealed class RegionOperation(IOperation operation, IMethodSymbol function, IOperation body, IInvocationOperation? callSite)
{
    public IOperation Operation { get; } = operation;

    /// <summary>The function the operation is written in: the lambda, or the helper; what is shared is judged from it.</summary>
    public IMethodSymbol Function { get; } = function;

    /// <summary>The body of that function, the region in which a lock must be taken to guard the operation.</summary>
    public IOperation Body { get; } = body;

    /// <summary>For an operation in a helper, the call in the lambda that runs it (where it is reported); else null.</summary>
    public IInvocationOperation? CallSite { get; } = callSite;

    /// <summary>Where a rule reports the operation: at the operation, or at the call of the helper that holds it.</summary>
    public IOperation ReportedAt => CallSite ?? Operation;
}

/// <summary>
/// The operations a concurrent lambda runs: its body and the lambdas it runs in place (but not a nested lambda that
/// is concurrent itself, which is analysed on its own), plus one level of helpers: the body of a method of the same
/// type, declared in the same file, that the lambda calls on <c>this</c> or statically. A helper's own lambdas and
/// the methods it calls are not followed, which keeps the walk cheap and the reports explainable.
/// </summary>
internal static class ConcurrentRegion
{
    public static IEnumerable<RegionOperation> Of(ConcurrentCallback callback, ConcurrentCallbacks callbacks)
    {
        if (callback.Body is not { } root)
        {
            yield break;
        }

        List<IInvocationOperation>? helperCalls = null;
        foreach (var operation in Walk(root, nested => callbacks.Describe(nested) is null))
        {
            if (operation is IInvocationOperation invocation && IsHelperCall(invocation, callback))
            {
                (helperCalls ??= new List<IInvocationOperation>()).Add(invocation);
            }

            yield return new RegionOperation(operation, callback.Symbol, root, callSite: null);
        }

        if (helperCalls is null || callback.Callback.SemanticModel is not { } model)
        {
            yield break;
        }

        var followed = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        foreach (var call in helperCalls)
        {
            var helper = call.TargetMethod.OriginalDefinition;
            if (!followed.Add(helper) || HelperBody(helper, model) is not { } body)
            {
                continue;
            }

            foreach (var operation in Walk(body, _ => false))
            {
                yield return new RegionOperation(operation, helper, body, call);
            }
        }
    }

    /// <summary>
    /// Operations in source order (the stack is filled in reverse, so the first change is the one reported), without
    /// local functions and without the lambdas <paramref name="entersNested"/> turns down.
    /// </summary>
    internal static IEnumerable<IOperation> Walk(IOperation root, Func<IAnonymousFunctionOperation, bool> entersNested)
    {
        var pending = new Stack<IOperation>();
        pending.Push(root);
        var children = new List<IOperation>();
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            yield return operation;

            children.Clear();
            children.AddRange(operation.ChildOperations);
            for (var index = children.Count - 1; index >= 0; index--)
            {
                var child = children[index];
                if (child is ILocalFunctionOperation || (child is IAnonymousFunctionOperation nested && !entersNested(nested)))
                {
                    continue;
                }

                pending.Push(child);
            }
        }
    }

    /// <summary>
    /// The body of the helper that <paramref name="call"/> runs, when it is one: a non-virtual method of
    /// <paramref name="owner"/> called on <c>this</c> or statically and declared once, in the file of the call.
    /// </summary>
    public static IOperation? HelperBodyOf(IInvocationOperation call, INamedTypeSymbol owner) =>
        IsOwnHelper(call, owner, call.Syntax.SyntaxTree) && call.SemanticModel is { } model
            ? HelperBody(call.TargetMethod.OriginalDefinition, model)
            : null;

    private static bool IsHelperCall(IInvocationOperation invocation, ConcurrentCallback callback) =>
        IsOwnHelper(invocation, callback.Symbol.ContainingType, callback.Callback.Syntax.SyntaxTree)
        && !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, callback.Symbol.OriginalDefinition);

    private static bool IsOwnHelper(IInvocationOperation invocation, INamedTypeSymbol owner, SyntaxTree tree) =>
        invocation.Instance is null or IInstanceReferenceOperation
        && invocation.TargetMethod is { MethodKind: MethodKind.Ordinary, IsAbstract: false, IsVirtual: false, IsExtern: false } method
        && SymbolEqualityComparer.Default.Equals(method.ContainingType, owner)
        && method.DeclaringSyntaxReferences.Length == 1
        && method.DeclaringSyntaxReferences[0].SyntaxTree == tree;

    private static IOperation? HelperBody(IMethodSymbol helper, SemanticModel model)
    {
        var declaration = helper.DeclaringSyntaxReferences[0].GetSyntax();
        return model.GetOperation(declaration) is IMethodBodyOperation body ? (IOperation?)body.BlockBody ?? body.ExpressionBody : null;
    }
}
