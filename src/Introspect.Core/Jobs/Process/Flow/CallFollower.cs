using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Process;

/// <summary>
/// Follows calls into the solution's own methods: to the depth limit, never into a method already being read
/// (recursion), and through an interface or abstract member only when the solution has exactly one implementation.
/// </summary>
internal sealed class CallFollower(FlowContext context)
{
    private readonly List<string> _active = [];

    public sealed record Result(CallExpansion Expansion, string? Implementation, ImmutableArray<ProcessNode> Steps);

    /// <summary>Reads the entry method itself (depth 0).</summary>
    public ImmutableArray<ProcessNode> ReadEntry(IMethodSymbol method) => Read(method) ?? [];

    public Result Follow(IMethodSymbol method)
    {
        var target = method.OriginalDefinition;
        string? implementation = null;
        if (target.IsAbstract || target.ContainingType?.TypeKind == TypeKind.Interface && !HasBody(target))
        {
            var implementations = context.Lookup.Implementations(target);
            if (implementations.Length != 1)
            {
                return new Result(CallExpansion.Ambiguous, null, []);
            }

            target = implementations[0].OriginalDefinition;
            implementation = ExpressionReader.Display(target);
        }

        if (!HasBody(target))
        {
            return new Result(CallExpansion.NoBody, implementation, []);
        }

        if (_active.Contains(SymbolKeys.Method(target)))
        {
            return new Result(CallExpansion.Cycle, implementation, []);
        }

        if (_active.Count > context.Options.MaxDepth)
        {
            return new Result(CallExpansion.DepthLimit, implementation, []);
        }

        return new Result(CallExpansion.Followed, implementation, Read(target) ?? []);
    }

    private ImmutableArray<ProcessNode>? Read(IMethodSymbol method)
    {
        var body = BodyOf(method);
        if (body is null)
        {
            return null;
        }

        _active.Add(SymbolKeys.Method(method.OriginalDefinition));
        try
        {
            var steps = context.Statements.ReadAll(body);

            // The return at the very end is where the method ends anyway; early returns stay.
            if (steps.Count > 0 && steps[^1] is ReturnNode)
            {
                steps.RemoveAt(steps.Count - 1);
            }

            // A helper that only computes (formatting, mapping, a lookup) shows nothing but its returns.
            return steps.Any(IsVisible) ? [.. steps] : [];
        }
        finally
        {
            _active.RemoveAt(_active.Count - 1);
        }
    }

    /// <summary>Nodes that show the job doing something; returns, jumps and decisions between them alone do not.</summary>
    private static bool IsVisible(ProcessNode node) => node switch
    {
        StepNode or LogNode or WaitNode or ParallelNode or ThrowNode => true,
        ReturnNode or JumpNode => false,
        _ => ProcessTree.Children(node).Any(IsVisible),
    };

    private bool HasBody(IMethodSymbol method) => BodyOf(method) is not null;

    private IOperation? BodyOf(IMethodSymbol method)
    {
        var implementation = method.PartialImplementationPart ?? method;
        foreach (var reference in implementation.DeclaringSyntaxReferences)
        {
            var node = context.Lookup.NodeFor(reference, context.CancellationToken);
            var operation = node is null ? null : context.Lookup.ModelFor(node.SyntaxTree)?.GetOperation(node, context.CancellationToken);
            var body = operation switch
            {
                IMethodBodyOperation methodBody => (IOperation?)methodBody.BlockBody ?? methodBody.ExpressionBody,
                ILocalFunctionOperation localFunction => localFunction.Body ?? localFunction.IgnoredBody,
                IConstructorBodyOperation constructorBody => (IOperation?)constructorBody.BlockBody ?? constructorBody.ExpressionBody,
                _ => null,
            };
            if (body is not null)
            {
                return body;
            }
        }

        return null;
    }
}
