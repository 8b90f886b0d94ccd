using System.Globalization;
using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Sql;

/// <summary>Reads the length, precision and scale a type as written states: varchar(63), numeric(18,4), nvarchar(max).</summary>
internal static class StoreTypes
{
    public static ColumnDefinition Describe(ColumnDefinition column, string? storeType)
    {
        if (string.IsNullOrWhiteSpace(storeType))
        {
            return column;
        }

        var type = storeType!.Trim();
        var open = type.IndexOf('(');
        var close = open < 0 ? -1 : type.IndexOf(')', open);
        if (open < 0 || close < 0)
        {
            return column with { StoreType = type };
        }

        var name = type.Substring(0, open).Trim().ToLowerInvariant();
        var arguments = type.Substring(open + 1, close - open - 1).Split(',');
        var first = Number(arguments[0]);
        var second = arguments.Length > 1 ? Number(arguments[1]) : null;
        if (name.Contains("char") || name.Contains("binary") || name.Contains("bit varying") || name == "varbit")
        {
            return column with { StoreType = type, MaxLength = first };
        }

        return name is "numeric" or "decimal" or "dec" or "number"
            ? column with { StoreType = type, Precision = first, Scale = second }
            : column with { StoreType = type };
    }

    private static int? Number(string text) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
