using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Discovery;

/// <summary>
/// The minimal-API endpoint a method handles (<c>servers.MapPost("/{id:int}/raid-monitoring", Handler)</c> with
/// <c>servers = routes.MapGroup("/servers")</c>), so that a job enqueued by it can say which request enqueues it.
/// </summary>
internal static class CallerEndpoints
{
    private static readonly string[] Verbs = ["MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch"];

    public static string? Find(DiscoveryContext context, IMethodSymbol handler)
    {
        foreach (var verb in Verbs)
        {
            foreach (var map in context.Invocations(verb))
            {
                var handles = map.Arguments.Any(argument =>
                    JobSymbols.Unwrap(argument.Value) is IMethodReferenceOperation reference
                    && SymbolEqualityComparer.Default.Equals(reference.Method.OriginalDefinition, handler.OriginalDefinition));
                if (handles && context.Values.Resolve(JobSymbols.Argument(map, "pattern")).AsString is { } pattern)
                {
                    return $"{verb[3..].ToUpperInvariant()} {Combine(Prefix(context, Receiver(map), 0), pattern)}";
                }
            }
        }

        return null;
    }

    private static IOperation? Receiver(IInvocationOperation call) =>
        call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);

    /// <summary>The route prefix of a group built with MapGroup, following locals; empty at the root.</summary>
    private static string Prefix(DiscoveryContext context, IOperation? receiver, int depth)
    {
        if (receiver is null || depth > 4)
        {
            return string.Empty;
        }

        var operation = JobSymbols.Unwrap(receiver);
        if (operation is ILocalReferenceOperation local)
        {
            var initializer = local.Local.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax())
                .OfType<VariableDeclaratorSyntax>().Select(declarator => declarator.Initializer?.Value).FirstOrDefault(value => value is not null);
            operation = initializer is null ? null! : context.Operation(initializer) is { } value ? JobSymbols.Unwrap(value) : null!;
        }

        // MapGroup(...).WithTags(...) and the like: walk down the fluent chain to the MapGroup call.
        while (operation is IInvocationOperation chained && chained.TargetMethod.Name != "MapGroup" && Receiver(chained) is { } inner)
        {
            operation = JobSymbols.Unwrap(inner);
        }

        return operation is IInvocationOperation { TargetMethod.Name: "MapGroup" } group
            && context.Values.Resolve(JobSymbols.Argument(group, "prefix")).AsString is { } prefix
            ? Combine(Prefix(context, Receiver(group), depth + 1), prefix)
            : string.Empty;
    }

    private static string Combine(string prefix, string pattern) => $"{prefix.TrimEnd('/')}/{pattern.TrimStart('/')}";
}
