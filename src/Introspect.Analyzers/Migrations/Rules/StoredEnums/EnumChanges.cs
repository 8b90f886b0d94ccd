using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Migrations.Rules.StoredEnums;

/// <summary>
/// What changed in a stored enum compared with the evidence: members the shipped API lists that are gone or
/// renumbered, and default values the migrations wrote that no member stands for any more. Only changes that alter
/// what stored rows mean count: by name, renaming and removing; by number, renumbering and removing.
/// </summary>
internal static class EnumChanges
{
    public static IEnumerable<(Location Location, string Change)> Find(
        INamedTypeSymbol enumType,
        StoredEnumColumn column,
        ImmutableDictionary<string, long>? shipped)
    {
        var members = enumType.GetMembers().OfType<IFieldSymbol>().Where(field => field.HasConstantValue).ToList();
        // Not ToDictionary: half-typed code may declare a member twice.
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            values[member.Name] = ToLong(member.ConstantValue);
        }

        var where = enumType.Locations.FirstOrDefault(location => location.IsInSource) ?? Location.None;
        foreach (var pair in shipped ?? ImmutableDictionary<string, long>.Empty)
        {
            var (name, value) = (pair.Key, pair.Value);
            if (column.ByName && !values.Keys.Any(current => string.Equals(current, name, StringComparison.OrdinalIgnoreCase)))
            {
                yield return (where, $"member {name} of the last release is gone (renamed or removed): rows holding '{name}' can no longer be read");
            }
            else if (!column.ByName && values.TryGetValue(name, out var now) && now != value)
            {
                var member = members.First(field => field.Name == name);
                var heir = members.FirstOrDefault(field => values[field.Name] == value)?.Name;
                yield return (
                    member.Locations.FirstOrDefault() ?? where,
                    $"member {name} was {value} in the last release and is now {now} (reordered or renumbered): rows holding {value} now read as {heir ?? "no member"}, and rows holding {now} read as {name}");
            }
            else if (!column.ByName && !values.ContainsKey(name) && !values.ContainsValue(value))
            {
                yield return (where, $"member {name} ({value}) of the last release is gone: rows holding {value} no longer stand for any member");
            }
        }

        if (column.HasDataMigration || !column.ByName && IsFlags(enumType))
        {
            yield break;
        }

        foreach (var recorded in column.Recorded.GroupBy(value => value.Value, StringComparer.OrdinalIgnoreCase).Select(group => group.First()))
        {
            var known = column.ByName
                ? values.Keys.Any(name => string.Equals(name, recorded.Value, StringComparison.OrdinalIgnoreCase))
                : long.TryParse(recorded.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number) && values.ContainsValue(number);
            if (!known)
            {
                var stored = column.ByName ? $"'{recorded.Value}'" : recorded.Value;
                yield return (where, $"{stored}, which {recorded.Where} writes as the column's default, is no longer a member: rows holding it can no longer be read as {enumType.Name}");
            }
        }
    }

    private static bool IsFlags(INamedTypeSymbol enumType) =>
        enumType.GetAttributes().Any(attribute => attribute.AttributeClass?.ToDisplayString() == "System.FlagsAttribute");

    private static long ToLong(object? value) => value switch
    {
        ulong big => unchecked((long)big),
        null => 0,
        _ => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
