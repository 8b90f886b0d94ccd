using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.EfCore.Model;
using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules.StoredEnums;

/// <summary>
/// The enums of the compilation that EF Core stores, found from each model snapshot: an entity property whose CLR
/// type (resolved in the compilation) is an enum, stored by name when the snapshot writes it as <c>string</c>
/// (HasConversion&lt;string&gt;) and by number when it writes an integer type (EF Core's default). With each column,
/// the values the migrations and the snapshot write as its default: values that rows hold.
/// </summary>
internal static class StoredEnumColumns
{
    public static ImmutableDictionary<INamedTypeSymbol, ImmutableArray<StoredEnumColumn>> Find(
        Compilation compilation,
        MigrationCatalog catalog,
        AnalyzerOptions options)
    {
        var found = new Dictionary<INamedTypeSymbol, List<StoredEnumColumn>>(SymbolEqualityComparer.Default);
        var migrations = new Lazy<List<(MigrationDefinition Migration, bool Shipped)>>(() => EfMigrations(catalog, options));
        foreach (var (snapshot, model) in catalog.EfModels.Snapshots())
        {
            foreach (var entity in model.Entities.Where(entity => entity.Table is not null))
            {
                if (compilation.GetTypeByMetadataName(entity.Name) is not { } entityType)
                {
                    continue;
                }

                foreach (var property in entity.Properties)
                {
                    if (EnumOf(entityType, property.Name) is not { } enumType || StorageOf(property, enumType) is not { } byName)
                    {
                        continue;
                    }

                    var recorded = new List<RecordedValue>();
                    if (property.DefaultValue is { HasValue: true, Value: { } value })
                    {
                        recorded.Add(new RecordedValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, $"the model snapshot {snapshot.Type.Name}"));
                    }

                    recorded.AddRange(migrations.Value.SelectMany(pair => Defaults(pair.Migration, entity.Table!, property.Column)));
                    var migrated = migrations.Value.Any(pair => !pair.Shipped && UpdatesRows(pair.Migration, entity.Table!));
                    if (!found.TryGetValue(enumType, out var columns))
                    {
                        found[enumType] = columns = new List<StoredEnumColumn>();
                    }

                    columns.Add(new StoredEnumColumn($"{entity.ShortName}.{property.Name}", entity.Table!, property.Column, byName, recorded.ToImmutableArray(), migrated));
                }
            }
        }

        return found.ToImmutableDictionary<KeyValuePair<INamedTypeSymbol, List<StoredEnumColumn>>, INamedTypeSymbol, ImmutableArray<StoredEnumColumn>>(
            pair => pair.Key, pair => pair.Value.ToImmutableArray(), SymbolEqualityComparer.Default);
    }

    /// <summary>The enum type of a property or field of the entity or its base types (Nullable unwrapped), when declared in source.</summary>
    private static INamedTypeSymbol? EnumOf(INamedTypeSymbol entityType, string name)
    {
        for (var type = entityType; type is not null; type = type.BaseType)
        {
            var memberType = type.GetMembers(name).Select(member => member switch
            {
                IPropertySymbol property => property.Type,
                IFieldSymbol field => field.Type,
                _ => null,
            }).FirstOrDefault(candidate => candidate is not null);
            if (memberType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                memberType = nullable.TypeArguments[0];
            }

            if (memberType is not null)
            {
                return memberType is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType && enumType.Locations.Any(location => location.IsInSource) ? enumType : null;
            }
        }

        return null;
    }

    /// <summary>True when stored by name, false by number, null when the snapshot's type says neither (another converter).</summary>
    private static bool? StorageOf(EfPropertyModel property, INamedTypeSymbol enumType)
    {
        var stored = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : property.Type;
        return stored switch
        {
            { SpecialType: SpecialType.System_String } => true,
            { SpecialType: SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_UInt16 or SpecialType.System_UInt32 } => false,
            _ when SymbolEqualityComparer.Default.Equals(stored, enumType) => false,
            _ => null,
        };
    }

    private static List<(MigrationDefinition, bool)> EfMigrations(MigrationCatalog catalog, AnalyzerOptions options)
    {
        var migrations = new List<(MigrationDefinition, bool)>();
        foreach (var entry in catalog.EfModels.Index.EfMigrations)
        {
            if (catalog.ReadClass(entry.Type, options, CancellationToken.None, out var settings) is { } migration)
            {
                migrations.Add((migration, settings.HasShipped(migration)));
            }
        }

        return migrations;
    }

    /// <summary>The literal defaults a migration writes for the column: added, created, or altered (before and after).</summary>
    private static IEnumerable<RecordedValue> Defaults(MigrationDefinition migration, SchemaObjectName table, string column)
    {
        var where = $"migration '{migration.Name}'";
        foreach (var operation in migration.Up.Where(operation => operation.Table is not null && operation.Table.Equals(table)))
        {
            var defaults = operation.Kind switch
            {
                SchemaOperationKind.CreateTable => operation.TableColumns.Where(candidate => Is(candidate.Name, column)).Select(candidate => candidate.Default),
                SchemaOperationKind.AddColumn or SchemaOperationKind.AlterColumn when Is(operation.Column, column) => new[] { operation.NewColumn?.Default, operation.OldColumn?.Default },
                _ => Enumerable.Empty<ColumnDefault?>(),
            };
            foreach (var value in defaults)
            {
                if (value is { IsSqlExpression: false } && Literal(value.Text) is { } text)
                {
                    yield return new RecordedValue(text, where);
                }
            }
        }
    }

    private static bool Is(string? name, string column) => string.Equals(name, column, StringComparison.OrdinalIgnoreCase);

    /// <summary>A string or integer literal as C# wrote it, without quotes; null for anything else.</summary>
    private static string? Literal(string text) =>
        text.Length >= 2 && text[0] == '"' && text[text.Length - 1] == '"' ? text.Substring(1, text.Length - 2)
        : long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _) ? text
        : null;

    /// <summary>A data migration on the table (UPDATE, MERGE, UpdateData): taken as the stored values being converted.</summary>
    private static bool UpdatesRows(MigrationDefinition migration, SchemaObjectName table) =>
        migration.Up.Any(operation => operation is { Kind: SchemaOperationKind.ModifyData, DataChange: DataChangeKind.Update or DataChangeKind.Merge, Table: { } updated } && updated.Equals(table));
}

/// <param name="Property">Entity.Property, for messages.</param>
/// <param name="ByName">Stored as the member's name (HasConversion&lt;string&gt;); otherwise as its number.</param>
/// <param name="Recorded">Values the migrations and the snapshot write as the column's default.</param>
/// <param name="HasDataMigration">An unshipped migration updates the table's rows (converts the stored values).</param>
internal sealed record StoredEnumColumn(string Property, SchemaObjectName Table, string Column, bool ByName, ImmutableArray<RecordedValue> Recorded, bool HasDataMigration);

internal sealed record RecordedValue(string Value, string Where);
