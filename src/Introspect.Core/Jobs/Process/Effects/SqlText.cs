using System.Text.RegularExpressions;

namespace Introspect.Core.Jobs.Process;

/// <summary>
/// What a SQL string touches, read from its text: the first table after FROM/INTO/UPDATE/JOIN, and whether the
/// statement reads or writes. A rough reading on purpose: it names the resource, it does not parse SQL.
/// </summary>
internal static partial class SqlText
{
    /// <summary>SQL is kept longer than other code text: the statement is the point of the effect.</summary>
    public const int MaxLength = 600;

    public static (string? Table, EffectAccess Access) Describe(string? sql, EffectAccess fallback)
    {
        if (string.IsNullOrWhiteSpace(sql))
        {
            return (null, fallback);
        }

        var table = Table().Match(sql) is { Success: true } match ? match.Groups["table"].Value.Replace("\"", "", StringComparison.Ordinal).Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal) : null;
        var verb = Verb().Match(sql) is { Success: true } verbMatch ? verbMatch.Value.ToUpperInvariant() : null;
        var access = verb switch
        {
            "SELECT" => EffectAccess.Read,
            "INSERT" or "UPDATE" or "DELETE" or "MERGE" or "TRUNCATE" or "CREATE" or "ALTER" or "DROP" => EffectAccess.Write,
            _ => fallback,
        };
        return (table, access);
    }

    [GeneratedRegex(@"\b(?:FROM|INTO|UPDATE|JOIN|TRUNCATE(?:\s+TABLE)?)\s+(?<table>[A-Za-z_""\[][\w"".\[\]]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Table();

    [GeneratedRegex(@"\b(SELECT|INSERT|UPDATE|DELETE|MERGE|TRUNCATE|CREATE|ALTER|DROP)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();
}
