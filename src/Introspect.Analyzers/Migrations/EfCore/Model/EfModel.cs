using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Migrations.EfCore.Model;

/// <summary>
/// What an EF Core model written as code (a migration's <c>BuildTargetModel</c>, a snapshot's <c>BuildModel</c>) maps:
/// entity types by CLR name, their tables, and their properties with the columns they map to. Only what the code
/// states; an entity without <c>ToTable</c> has no table here.
/// </summary>
internal sealed class EfModel
{
    public EfModel(ImmutableArray<EfEntityModel> entities) => Entities = entities;

    public static EfModel Empty { get; } = new(ImmutableArray<EfEntityModel>.Empty);

    public ImmutableArray<EfEntityModel> Entities { get; }

    /// <summary>The entity types mapped to <paramref name="table"/>.</summary>
    public IEnumerable<EfEntityModel> EntitiesMappedTo(SchemaObjectName table) =>
        Entities.Where(entity => entity.Table is not null && entity.Table.Equals(table));

    /// <summary>The properties mapped to a column of <paramref name="table"/>.</summary>
    public IEnumerable<(EfEntityModel Entity, EfPropertyModel Property)> PropertiesMappedTo(SchemaObjectName table, string column) =>
        EntitiesMappedTo(table).SelectMany(entity => entity.Properties
            .Where(property => string.Equals(property.Column, column, StringComparison.OrdinalIgnoreCase))
            .Select(property => (entity, property)));
}

/// <param name="Name">The CLR type name as the model code writes it (<c>Ops.Domain.Server</c>).</param>
internal sealed record EfEntityModel(string Name, SchemaObjectName? Table, ImmutableArray<EfPropertyModel> Properties)
{
    /// <summary>The type name without its namespace, for messages.</summary>
    public string ShortName => Name.Substring(Name.LastIndexOf('.') + 1);
}

/// <summary>One <c>b.Property&lt;T&gt;("Name")</c> of a model.</summary>
/// <param name="Type">
/// T as the model code writes it: EF Core writes the provider type of a converted property (an enum stored as text
/// is <c>string</c>) and the nullable form only when the property is optional.
/// </param>
/// <param name="IsRequired">The chain says <c>.IsRequired()</c> (EF Core writes it for required reference types).</param>
/// <param name="DefaultValue">The constant of <c>.HasDefaultValue(…)</c>, when there is one.</param>
internal sealed record EfPropertyModel(string Name, string Column, ITypeSymbol? Type, bool IsRequired, Optional<object?> DefaultValue)
{
    /// <summary>A value type that cannot hold null (int, bool, DateTime; not int?): reading NULL into it throws.</summary>
    public bool IsNonNullableValueType =>
        Type is { IsValueType: true, TypeKind: not TypeKind.Error } type
        && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T;

    /// <summary>A reference type the model marks required: the code expects a value.</summary>
    public bool IsRequiredReference => IsRequired && Type is { IsReferenceType: true };

    public string TypeName => Type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) ?? "?";
}
