using System.Text.RegularExpressions;
using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Core.Migrations.JobUse;

/// <summary>
/// Table names as the job model and SQL text write them (<c>Servers</c>, <c>dbo.Servers</c>, <c>[dbo].[Servers]</c>,
/// <c>"public"."servers"</c>, <c>`servers`</c>) compared with a migration's table: quotes and brackets dropped, the
/// name compared without case, the schema only when both sides name one (<see cref="SchemaObjectName"/>).
/// </summary>
internal static partial class DatabaseNames
{
    private static readonly char[] Quotes = ['[', ']', '"', '`'];

    /// <summary>The table a name denotes; null for an empty name.</summary>
    public static SchemaObjectName? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split('.')
            .Select(part => string.Concat(part.Trim().Where(character => !Quotes.Contains(character))))
            .ToArray();
        var name = parts[^1];
        if (name.Length == 0)
        {
            return null;
        }

        var schema = parts.Length > 1 && parts[^2].Length > 0 ? parts[^2] : null;
        return new SchemaObjectName(schema, name);
    }

    public static bool SameTable(SchemaObjectName table, string? resource) => Parse(resource) is { } other && table.Equals(other);

    /// <summary>Every table an SQL statement names after FROM, JOIN, INTO, UPDATE or TABLE (not only the first one the job model keeps).</summary>
    public static IEnumerable<SchemaObjectName> TablesIn(string sql) =>
        TableReference().Matches(sql).Select(match => Parse(match.Groups["table"].Value)).OfType<SchemaObjectName>();

    /// <summary>Whether an SQL statement names the column (as a whole word, quoted or not) or selects every column (<c>SELECT *</c>).</summary>
    public static bool MentionsColumn(string sql, string column) =>
        SelectStar().IsMatch(sql)
        || Regex.IsMatch(sql, $@"(?<![\w$]){Regex.Escape(column)}(?![\w$])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+(?<table>[A-Za-z_""\[`][\w"".\[\]`]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TableReference();

    [GeneratedRegex(@"\bSELECT\s+(?:DISTINCT\s+)?(?:[\w""\[\]`]+\.)?\*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelectStar();
}
