using System.Text.RegularExpressions;

namespace Introspect.Benchmarks.Corpus;

/// <summary>
/// Moves a corpus case into a namespace of its own (<c>Ops.Backups</c> becomes <c>Bench.Case7.Ops.Backups</c>), so
/// hundreds of copies of cases that reuse type names compile side by side in one compilation.
/// </summary>
internal static partial class NamespaceRelocator
{
    public static string Relocate(string source, string prefix) =>
        OwnNamespace().Replace(source, match => $"{match.Groups["indent"].Value}{match.Groups["keyword"].Value} {prefix}.{match.Groups["name"].Value}");

    // The corpus declares its types under Ops.* (and a stand-in Xunit namespace); System and framework usings stay.
    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<keyword>namespace|using)[ \t]+(?<name>(?:Ops|Xunit)\b)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex OwnNamespace();
}
