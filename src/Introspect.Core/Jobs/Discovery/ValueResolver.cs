using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Discovery;

/// <summary>
/// Follows an expression back to where its value comes from: constants, <c>TimeSpan.FromMinutes(5)</c>, locals and
/// static readonly fields with an initializer, parameters of private helpers whose callers agree, and properties of
/// options classes bound to configuration (the key, the property's default and the value in appsettings.json).
/// Anything else stays unknown: a schedule is never guessed.
/// </summary>
internal sealed class ValueResolver(DiscoveryContext context)
{
    private const int MaxDepth = 6;
    private readonly OptionsSections _sections = new(context);
    private CallBinding _binding = CallBinding.None;

    public ResolvedValue Resolve(IOperation? operation) => Resolve(operation, 0);

    /// <summary>Resolves the parameters and type parameters of a generic helper as one caller passes them, until disposed.</summary>
    public IDisposable Bind(CallBinding binding)
    {
        var previous = _binding;
        _binding = binding;
        return new Restore(() => _binding = previous);
    }

    /// <summary>The type a type parameter stands for under the current binding; other types as they are.</summary>
    public ITypeSymbol? Concrete(ITypeSymbol? type) =>
        type is ITypeParameterSymbol parameter && _binding.Values.TryGetValue(parameter, out var bound) ? bound as ITypeSymbol : type;

    /// <summary>Where the current binding's caller is: the registration a reader should point at.</summary>
    public SyntaxNode? BindingSite => _binding.Site;

    private ResolvedValue Resolve(IOperation? operation, int depth)
    {
        if (operation is null)
        {
            return ResolvedValue.Unknown("?");
        }

        var text = operation.Syntax.ToString();
        if (depth > MaxDepth)
        {
            return ResolvedValue.Unknown(text);
        }

        if (operation.ConstantValue is { HasValue: true } constant)
        {
            return new ResolvedValue(constant.Value, text);
        }

        return operation switch
        {
            IConversionOperation conversion => Convert(Resolve(conversion.Operand, depth + 1), conversion.Type) with { Text = text },
            IParenthesizedOperation parenthesized => Resolve(parenthesized.Operand, depth + 1),
            IArgumentOperation argument => Resolve(argument.Value, depth + 1),
            ILocalReferenceOperation local => FromDeclaration(local.Local, depth) with { Text = text },
            IParameterReferenceOperation parameter when _binding.Values.TryGetValue(parameter.Parameter.OriginalDefinition, out var bound) && bound is IOperation argument =>
                Resolve(argument, depth + 1),
            IParameterReferenceOperation parameter => FromCallers(parameter.Parameter, depth) with { Text = text },
            IFieldReferenceOperation field when field.Field.IsStatic && field.Field.ContainingType?.SpecialType == SpecialType.None
                && field.Field.ContainingType.ToDisplayString() == "System.TimeSpan" && field.Field.Name == "Zero" => new ResolvedValue(TimeSpan.Zero, text),
            IFieldReferenceOperation { Field.IsReadOnly: true } field => FromDeclaration(field.Field, depth) with { Text = text },
            IPropertyReferenceOperation property => Property(property, depth) with { Text = text },
            IInvocationOperation invocation => Invocation(invocation, depth) with { Text = text },
            IObjectCreationOperation creation when creation.Type?.ToDisplayString() == "System.TimeSpan" => NewTimeSpan(creation, depth) with { Text = text },
            _ => ResolvedValue.Unknown(text),
        };
    }

    private ResolvedValue FromDeclaration(ISymbol symbol, int depth)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var node = reference.GetSyntax();
            var initializer = node switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
                _ => null,
            };
            if (initializer is not null && context.Operation(initializer) is { } value)
            {
                return Resolve(value, depth + 1);
            }
        }

        return ResolvedValue.Unknown(symbol.Name);
    }

    /// <summary>A parameter of a method in this project: the value its callers pass, when they all pass the same.</summary>
    private ResolvedValue FromCallers(IParameterSymbol parameter, int depth)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol method || method.MethodKind != MethodKind.Ordinary)
        {
            return ResolvedValue.Unknown(parameter.Name);
        }

        var values = context.Invocations(method.Name)
            .Where(call => SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, method.OriginalDefinition))
            .Select(call => call.Arguments.FirstOrDefault(argument => SymbolEqualityComparer.Default.Equals(argument.Parameter?.OriginalDefinition, parameter.OriginalDefinition)))
            .Select(argument => Resolve(argument?.Value, depth + 1))
            .ToList();
        return values.Count > 0 && values.All(value => value.Value is not null && Equals(value.Value, values[0].Value))
            ? values[0]
            : ResolvedValue.Unknown(parameter.Name);
    }

    private ResolvedValue Property(IPropertyReferenceOperation reference, int depth)
    {
        var property = reference.Property;

        // IConfiguration["Key"]: the key, and the value in appsettings.json.
        if (property.IsIndexer && IsConfiguration(property.ContainingType) && reference.Arguments.Length == 1
            && Resolve(reference.Arguments[0].Value, depth + 1).AsString is { } key)
        {
            return FromConfiguration(key, null);
        }

        // typeof(T).Name, with T bound by the caller of a generic helper.
        if (property.Name == "Name" && reference.Instance is ITypeOfOperation typeOf && Concrete(typeOf.TypeOperand) is INamedTypeSymbol named)
        {
            return new ResolvedValue(named.Name, named.Name);
        }

        if (property.ContainingType?.ToDisplayString() == "System.TimeSpan" && reference.Instance is { } span
            && Resolve(span, depth + 1) is { AsTimeSpan: { } timeSpan } resolved)
        {
            return property.Name switch
            {
                "TotalMilliseconds" => resolved.With(timeSpan.TotalMilliseconds),
                "TotalSeconds" => resolved.With(timeSpan.TotalSeconds),
                _ => ResolvedValue.Unknown(property.Name),
            };
        }

        // A property of an options class bound to a configuration section.
        if (reference.Instance is not null && _sections.Find(property.ContainingType) is { } section)
        {
            var defaultValue = FromDeclaration(property, depth);
            return FromConfiguration($"{section}:{property.Name}", defaultValue.Value, property.Type);
        }

        return property.IsStatic || property.IsReadOnly ? FromDeclaration(property, depth) : ResolvedValue.Unknown(property.Name);
    }

    private ResolvedValue Invocation(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType?.ToDisplayString();
        ResolvedValue Argument(int index) => index < invocation.Arguments.Length ? Resolve(invocation.Arguments[index].Value, depth + 1) : ResolvedValue.Unknown("?");

        if (type == "System.TimeSpan" && method.Name.StartsWith("From", StringComparison.Ordinal) && invocation.Arguments.Length == 1)
        {
            var argument = Argument(0);
            if (argument.Value is IConvertible convertible)
            {
                var amount = convertible.ToDouble(CultureInfo.InvariantCulture);
                TimeSpan? span = method.Name switch
                {
                    "FromMilliseconds" => TimeSpan.FromMilliseconds(amount),
                    "FromSeconds" => TimeSpan.FromSeconds(amount),
                    "FromMinutes" => TimeSpan.FromMinutes(amount),
                    "FromHours" => TimeSpan.FromHours(amount),
                    "FromDays" => TimeSpan.FromDays(amount),
                    _ => null,
                };
                return argument.With(span);
            }

            return argument.With(null);
        }

        if (type == "System.TimeZoneInfo" && method.Name == "FindSystemTimeZoneById")
        {
            return Argument(0);
        }

        // configuration.GetValue<T>("Key") and configuration.GetSection("Key").Value
        if (method.Name == "GetValue" && method.ContainingType?.Name == "ConfigurationBinder" && invocation.Arguments.Length >= 2
            && Argument(1).AsString is { } key)
        {
            return FromConfiguration(key, invocation.Arguments.Length > 2 ? Argument(2).Value : null, method.ReturnType);
        }

        return ResolvedValue.Unknown(method.Name);
    }

    private ResolvedValue NewTimeSpan(IObjectCreationOperation creation, int depth)
    {
        var parts = creation.Arguments.Select(argument => Resolve(argument.Value, depth + 1).AsInt).ToList();
        if (parts.Any(part => part is null))
        {
            return ResolvedValue.Unknown("TimeSpan");
        }

        var values = parts.Select(part => part!.Value).ToList();
        TimeSpan? span = values.Count switch
        {
            3 => new TimeSpan(values[0], values[1], values[2]),
            4 => new TimeSpan(values[0], values[1], values[2], values[3]),
            _ => null,
        };
        return new ResolvedValue(span, "TimeSpan");
    }

    private ResolvedValue FromConfiguration(string key, object? defaultValue, ITypeSymbol? type = null)
    {
        var (configured, file) = AppSettings.Read(context.ProjectDirectory, key);
        var configuredValue = configured is null ? null : ParseAs(configured, type, defaultValue);
        var value = new ConfigurationValue(key, Format(defaultValue), configured, file is null ? null : Analysis.SourcePaths.Relative(file, context.RootDirectory));
        return new ResolvedValue(configuredValue ?? defaultValue, key) { Configuration = [value] };
    }

    private static object? ParseAs(string text, ITypeSymbol? type, object? defaultValue) =>
        type?.ToDisplayString() == "System.TimeSpan" || defaultValue is TimeSpan
            ? TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : null
            : text;

    private static string? Format(object? value) => value switch
    {
        null => null,
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static ResolvedValue Convert(ResolvedValue value, ITypeSymbol? type) =>
        value.Value is IConvertible convertible && type?.SpecialType is SpecialType.System_Double
            ? value.With(convertible.ToDouble(CultureInfo.InvariantCulture))
            : value;

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    private static bool IsConfiguration(INamedTypeSymbol? type) =>
        type is not null && (type.ToDisplayString() == "Microsoft.Extensions.Configuration.IConfiguration"
            || type.AllInterfaces.Any(candidate => candidate.ToDisplayString() == "Microsoft.Extensions.Configuration.IConfiguration"));
}
