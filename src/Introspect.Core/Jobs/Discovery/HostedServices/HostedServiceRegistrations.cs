using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Discovery.HostedServices;

/// <summary>
/// Where hosted services are registered: <c>AddHostedService&lt;T&gt;()</c>, <c>AddHostedService(sp =&gt; new T(...))</c>
/// (T inferred from the factory) and <c>AddSingleton&lt;IHostedService, T&gt;()</c>.
/// </summary>
internal static class HostedServiceRegistrations
{
    public static void Record(DiscoveryContext context, INamedTypeSymbol hostedService)
    {
        foreach (var call in context.Invocations("AddHostedService").Where(call => JobSymbols.IsIn(call.TargetMethod, "Microsoft.Extensions")))
        {
            foreach (var binding in CallBinding.For(context, call))
            {
                using var bound = context.Values.Bind(binding);
                if (call.TargetMethod.TypeArguments is [var typeArgument] && context.Values.Concrete(typeArgument) is INamedTypeSymbol type)
                {
                    context.AddRegistration(JobSymbols.TypeName(type), context.Location(context.Values.BindingSite ?? call.Syntax));
                }
            }
        }

        foreach (var call in context.Invocations("AddSingleton").Concat(context.Invocations("TryAddEnumerable")))
        {
            if (call.TargetMethod.TypeArguments is [var service, INamedTypeSymbol implementation]
                && SymbolEqualityComparer.Default.Equals(service, hostedService))
            {
                context.AddRegistration(JobSymbols.TypeName(implementation), context.Location(call.Syntax));
            }
        }
    }
}
