namespace Introspect.Analyzers.Migrations.Rules.History;

/// <summary>
/// The version in a Flyway/Evolve-style script name: <c>V1__init.sql</c>, <c>V1.2__add.sql</c>, <c>V1_2__add.sql</c>
/// (parts separated by '.' or '_', leading zeros and trailing zero parts ignored: V01, V1 and V1.0 are one version). Repeatable (R__) and undo (U…)
/// scripts, and names without the V…__ form (DbUp and grate run scripts by their whole name), have none.
/// </summary>
internal static class ScriptVersions
{
    public static string? Of(string path)
    {
        var name = NameWithoutExtension(path);
        if (name.Length < 4 || (name[0] != 'V' && name[0] != 'v'))
        {
            return null;
        }

        var separator = name.IndexOf("__", StringComparison.Ordinal);
        if (separator <= 1)
        {
            return null;
        }

        var parts = name.Substring(1, separator - 1).Split('.', '_');
        if (parts.Any(part => part.Length == 0 || !part.All(char.IsDigit)))
        {
            return null;
        }

        // 1.0 and 1 are one version too.
        var numbers = parts.Select(part => part.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0").ToList();
        while (numbers.Count > 1 && numbers[numbers.Count - 1] == "0")
        {
            numbers.RemoveAt(numbers.Count - 1);
        }

        return string.Join(".", numbers);
    }

    /// <summary>The folder part of a path; string operations only, since Path throws on odd characters on .NET Framework hosts.</summary>
    public static string Folder(string path)
    {
        var separator = path.LastIndexOfAny(['/', '\\']);
        return separator < 0 ? string.Empty : path.Substring(0, separator);
    }

    public static string NameWithoutExtension(string path)
    {
        var name = path.Substring(path.LastIndexOfAny(['/', '\\']) + 1);
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? name : name.Substring(0, dot);
    }
}
