using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Migrations.EfCore.Model;

/// <summary>
/// Reads model code as <c>dotnet ef</c> writes it: <c>modelBuilder.Entity("Ns.Server", b =&gt; { b.Property&lt;int&gt;("Id");
/// b.ToTable("Servers"); })</c>, the same entity possibly in several <c>Entity</c> calls (relationships come last).
/// Owned types (nested lambdas) are left out: their calls have another receiver.
/// </summary>
internal static class EfModelReader
{
    public static EfModel Read(IOperation? body)
    {
        if (body is null)
        {
            return EfModel.Empty;
        }

        var entities = new Dictionary<string, (SchemaObjectName? Table, Dictionary<string, EfPropertyModel> Properties)>(StringComparer.Ordinal);
        foreach (var entity in body.Descendants().OfType<IInvocationOperation>().Where(call => call.TargetMethod.Name == "Entity"))
        {
            if (TargetModelDefaults.FirstString(entity) is not { } name || Lambda(entity) is not { Symbol.Parameters.Length: 1 } lambda)
            {
                continue;
            }

            var builder = lambda.Symbol.Parameters[0];
            if (!entities.TryGetValue(name, out var known))
            {
                known = (null, new Dictionary<string, EfPropertyModel>(StringComparer.Ordinal));
            }

            foreach (var call in lambda.Body.Descendants().OfType<IInvocationOperation>().Where(call => IsOn(call, builder)))
            {
                if (call.TargetMethod.Name == "ToTable" && Strings(call) is { Length: > 0 } strings)
                {
                    known.Table = new SchemaObjectName(strings.Length > 1 ? strings[1] : null, strings[0]);
                }
                else if (call.TargetMethod.Name == "Property" && TargetModelDefaults.FirstString(call) is { } propertyName)
                {
                    var property = ReadProperty(call, propertyName);
                    known.Properties[propertyName] = known.Properties.TryGetValue(propertyName, out var earlier) ? Merge(earlier, property) : property;
                }
            }

            entities[name] = known;
        }

        return new EfModel(entities
            .Select(pair => new EfEntityModel(pair.Key, pair.Value.Table, pair.Value.Properties.Values.ToImmutableArray()))
            .ToImmutableArray());
    }

    private static EfPropertyModel ReadProperty(IInvocationOperation property, string name)
    {
        var column = name;
        var required = false;
        var defaultValue = default(Optional<object?>);
        for (var link = TargetModelDefaults.NextLink(property); link is not null; link = TargetModelDefaults.NextLink(link))
        {
            switch (link.TargetMethod.Name)
            {
                case "IsRequired":
                    required = link.Arguments.All(argument => OperationArguments.Unwrap(argument.Value).ConstantValue is not { HasValue: true, Value: false });
                    break;
                case "HasColumnName" when TargetModelDefaults.FirstString(link) is { } columnName:
                    column = columnName;
                    break;
                case "HasDefaultValue":
                    defaultValue = link.Arguments.Select(argument => OperationArguments.Unwrap(argument.Value).ConstantValue).LastOrDefault(constant => constant.HasValue);
                    break;
            }
        }

        var type = property.TargetMethod.TypeArguments.Length == 1 ? property.TargetMethod.TypeArguments[0] : null;
        return new EfPropertyModel(name, column, type, required, defaultValue);
    }

    /// <summary>The same property named twice (an annotation call wraps <c>b.Property&lt;T&gt;("Id")</c> again): keep what either says.</summary>
    private static EfPropertyModel Merge(EfPropertyModel earlier, EfPropertyModel later) => earlier with
    {
        Column = earlier.Column != earlier.Name ? earlier.Column : later.Column,
        IsRequired = earlier.IsRequired || later.IsRequired,
        DefaultValue = earlier.DefaultValue.HasValue ? earlier.DefaultValue : later.DefaultValue,
    };

    private static IAnonymousFunctionOperation? Lambda(IInvocationOperation call) =>
        call.Arguments.Select(argument => OperationArguments.Unwrap(argument.Value)).OfType<IDelegateCreationOperation>().FirstOrDefault()?.Target as IAnonymousFunctionOperation;

    /// <summary>Whether the call's receiver is the entity builder <c>b</c>: <c>b.X(…)</c>, or an extension <c>X(b, …)</c>.</summary>
    private static bool IsOn(IInvocationOperation call, IParameterSymbol builder)
    {
        var receiver = call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
        return receiver is not null && OperationArguments.Unwrap(receiver) is IParameterReferenceOperation reference
            && SymbolEqualityComparer.Default.Equals(reference.Parameter, builder);
    }

    private static string[] Strings(IInvocationOperation call) =>
        call.Arguments
            .Select(argument => OperationArguments.Unwrap(argument.Value).ConstantValue)
            .Where(constant => constant.HasValue && constant.Value is string)
            .Select(constant => (string)constant.Value!)
            .ToArray();
}
