using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules.StoredEnums;

/// <summary>
/// Enum members as the last release shipped them, from the <c>PublicAPI.Shipped.txt</c> files of
/// Microsoft.CodeAnalysis.PublicApiAnalyzers (AdditionalFiles): lines such as <c>Ops.ServerStatus.Active = 1 -&gt;
/// Ops.ServerStatus</c>. The only record in the compilation of what the members were called and numbered before.
/// </summary>
internal static class ShippedEnumMembers
{
    public const string FileName = "PublicAPI.Shipped.txt";

    /// <summary>Enum full name → member name → value.</summary>
    public static ImmutableDictionary<string, ImmutableDictionary<string, long>> Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var enums = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        foreach (var file in options.AdditionalFiles.Where(file => Path.GetFileName(file.Path).Equals(FileName, StringComparison.OrdinalIgnoreCase)))
        {
            if (file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            foreach (var line in text.Lines)
            {
                if (Parse(line.ToString()) is { } member)
                {
                    if (!enums.TryGetValue(member.Enum, out var members))
                    {
                        enums[member.Enum] = members = new Dictionary<string, long>(StringComparer.Ordinal);
                    }

                    members[member.Name] = member.Value;
                }
            }
        }

        return enums.ToImmutableDictionary(pair => pair.Key, pair => pair.Value.ToImmutableDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary><c>[~]Ns.E.Member = 1 -&gt; Ns.E</c>: the member's enum is the type after the arrow.</summary>
    private static (string Enum, string Name, long Value)? Parse(string line)
    {
        var arrow = line.IndexOf(" -> ", StringComparison.Ordinal);
        var equals = line.IndexOf(" = ", StringComparison.Ordinal);
        if (arrow < 0 || equals < 0 || equals > arrow)
        {
            return null;
        }

        var qualified = line.Substring(0, equals).TrimStart('~').Trim();
        var enumName = line.Substring(arrow + 4).Trim();
        if (!qualified.StartsWith(enumName + ".", StringComparison.Ordinal)
            || !long.TryParse(line.Substring(equals + 3, arrow - equals - 3).Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return (enumName, qualified.Substring(enumName.Length + 1), value);
    }
}
