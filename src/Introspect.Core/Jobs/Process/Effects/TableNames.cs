using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Process;

/// <summary>
/// The table an EF Core entity maps to, as far as the source shows it: <c>[Table]</c>, then <c>ToTable("…")</c> on an
/// <c>EntityTypeBuilder&lt;T&gt;</c> anywhere in the solution (OnModelCreating or an IEntityTypeConfiguration), then
/// EF's convention: the name of the context's DbSet property, else the entity's class name.
/// </summary>
internal sealed class TableNames(SourceLookup lookup)
{
    private Dictionary<string, string>? _configured;

    public string For(ITypeSymbol entity, INamedTypeSymbol? context, string? dbSetProperty)
    {
        var attribute = entity.GetAttributes().FirstOrDefault(candidate =>
            TypeFacts.Is(candidate.AttributeClass, "System.ComponentModel.DataAnnotations.Schema", "TableAttribute"));
        if (attribute is { ConstructorArguments: [{ Value: string table }, ..] })
        {
            var schema = attribute.NamedArguments.FirstOrDefault(argument => argument.Key == "Schema").Value.Value as string;
            return Qualified(schema, table);
        }

        if (Configured().TryGetValue(SymbolKeys.Type(entity.OriginalDefinition), out var configured))
        {
            return configured;
        }

        return dbSetProperty ?? DbSetPropertyOf(context, entity) ?? entity.Name;
    }

    private static string? DbSetPropertyOf(INamedTypeSymbol? context, ITypeSymbol entity)
    {
        for (var type = context; type is not null; type = type.BaseType)
        {
            var property = type.GetMembers().OfType<IPropertySymbol>()
                .Where(candidate => TypeFacts.Is(candidate.Type, "Microsoft.EntityFrameworkCore", "DbSet")
                    && candidate.Type is INamedTypeSymbol { TypeArguments: [var argument] }
                    && SymbolKeys.Type(argument) == SymbolKeys.Type(entity))
                .OrderBy(candidate => candidate.Name, StringComparer.Ordinal)
                .FirstOrDefault();
            if (property is not null)
            {
                return property.Name;
            }
        }

        return null;
    }

    private Dictionary<string, string> Configured()
    {
        if (_configured is not null)
        {
            return _configured;
        }

        _configured = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tree in lookup.Compilations.SelectMany(compilation => compilation.SyntaxTrees))
        {
            // Most files never call ToTable; the text test keeps them from being bound.
            if (!tree.GetText().ToString().Contains("ToTable", StringComparison.Ordinal))
            {
                continue;
            }

            var model = lookup.ModelFor(tree);
            if (model is null)
            {
                continue;
            }

            foreach (var syntax in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (syntax.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToTable" }
                    || model.GetOperation(syntax) is not IInvocationOperation invocation)
                {
                    continue;
                }

                var call = CallSite.From(invocation);
                if (call.ReceiverType is INamedTypeSymbol { TypeArguments: [var entity] } builder
                    && TypeFacts.Is(builder, "Microsoft.EntityFrameworkCore.Metadata.Builders", "EntityTypeBuilder")
                    && call.Argument("name") is { } nameArgument
                    && CodeText.Constant(nameArgument) is { } table)
                {
                    var schema = call.Argument("schema") is { } schemaArgument ? CodeText.Constant(schemaArgument) : null;
                    _configured.TryAdd(SymbolKeys.Type(entity.OriginalDefinition), Qualified(schema, table));
                }
            }
        }

        return _configured;
    }

    private static string Qualified(string? schema, string table) => string.IsNullOrEmpty(schema) ? table : schema + "." + table;
}
