using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Discovery;

/// <summary>
/// What a generic helper's type parameters and parameters are at one of its call sites. Codebases wrap registrations
/// in helpers such as <c>AddJobWithTrigger&lt;T&gt;(this IServiceCollectionQuartzConfigurator quartz, string cron)</c>;
/// the registration inside then names <c>T</c> and <c>cron</c>, and each caller says what they are.
/// </summary>
internal sealed record CallBinding(ImmutableDictionary<ISymbol, object> Values, SyntaxNode? Site)
{
    public static CallBinding None { get; } = new(ImmutableDictionary.Create<ISymbol, object>(SymbolEqualityComparer.Default), null);

    private const int MaxCallers = 50;

    /// <summary>
    /// One binding per caller of the generic method the call is written in (a trigger there may use the key that a
    /// registration next to it built from <c>T</c>); outside generic methods, just <see cref="None"/>.
    /// </summary>
    public static IReadOnlyList<CallBinding> For(DiscoveryContext context, IInvocationOperation call)
    {
        var helper = JobSymbols.EnclosingMethod(call);
        if (helper is null || helper.TypeParameters.IsEmpty)
        {
            return [None];
        }

        var bindings = context.Invocations(helper.Name)
            .Where(caller => SymbolEqualityComparer.Default.Equals(caller.TargetMethod.OriginalDefinition, helper.OriginalDefinition))
            .Take(MaxCallers)
            .Select(caller =>
            {
                var values = ImmutableDictionary.CreateBuilder<ISymbol, object>(SymbolEqualityComparer.Default);
                for (var index = 0; index < helper.TypeParameters.Length && index < caller.TargetMethod.TypeArguments.Length; index++)
                {
                    values[helper.TypeParameters[index]] = caller.TargetMethod.TypeArguments[index];
                }

                foreach (var argument in caller.Arguments.Where(argument => argument.Parameter is not null))
                {
                    values[argument.Parameter!.OriginalDefinition] = argument.Value;
                }

                return new CallBinding(values.ToImmutable(), caller.Syntax);
            })
            .ToList();
        return bindings.Count > 0 ? bindings : [None];
    }
}
