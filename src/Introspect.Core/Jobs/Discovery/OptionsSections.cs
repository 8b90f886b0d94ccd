using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Discovery;

/// <summary>
/// The configuration section an options class is bound to, read from its binding in the project:
/// <c>AddOptions&lt;T&gt;().BindConfiguration("Section")</c>, <c>.Bind(configuration.GetSection("Section"))</c> or
/// <c>services.Configure&lt;T&gt;(configuration.GetSection("Section"))</c>. A class with no binding has no section.
/// </summary>
internal sealed class OptionsSections(DiscoveryContext context)
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, string?> _sections = new(SymbolEqualityComparer.Default);

    public string? Find(INamedTypeSymbol? optionsType) =>
        optionsType is null || optionsType.TypeKind != TypeKind.Class ? null : _sections.GetOrAdd(optionsType, Compute);

    private string? Compute(INamedTypeSymbol optionsType)
    {
        foreach (var call in context.Invocations("BindConfiguration").Concat(context.Invocations("Bind")).Concat(context.Invocations("Configure")))
        {
            var method = call.TargetMethod;
            if (method.TypeArguments.Length != 1 || !SymbolEqualityComparer.Default.Equals(method.TypeArguments[0], optionsType)
                || method.ContainingNamespace?.ToDisplayString().StartsWith("Microsoft.Extensions", StringComparison.Ordinal) != true)
            {
                continue;
            }

            var argument = call.Arguments.FirstOrDefault(candidate => candidate.Parameter?.Ordinal == (method.IsExtensionMethod ? 1 : 0));
            if (argument is null)
            {
                continue;
            }

            var value = method.Name == "BindConfiguration" ? argument.Value : SectionArgument(argument.Value);
            if (context.Values.Resolve(value).AsString is { } section)
            {
                return section;
            }
        }

        return null;
    }

    private static IOperation? SectionArgument(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is IInvocationOperation { TargetMethod.Name: "GetSection", Arguments.Length: >= 1 } getSection
            ? getSection.Arguments[^1].Value
            : null;
    }
}
