using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Introspect.Core.Loading;

/// <summary>
/// Sorts MSBuildWorkspace's load diagnostics: which project each one is about, which are harmless
/// (NuGet resolving a newer version is not a failure).
/// </summary>
internal static partial class WorkspaceDiagnosticClassifier
{
    // NuGet warnings that MSBuildWorkspace reports as failures although the project loads fine.
    private static readonly string[] HarmlessFragments =
    [
        "was resolved instead",                      // NU1603
        "Detected package version outside of dependency constraint", // NU1608
        "was restored using",                        // NU1701
        "has a known low severity vulnerability",    // NU1901
        "has a known moderate severity vulnerability", // NU1902
        "has a known high severity vulnerability",   // NU1903
        "has a known critical severity vulnerability", // NU1904
    ];

    public static bool IsHarmless(WorkspaceDiagnostic diagnostic) =>
        HarmlessFragments.Any(fragment => diagnostic.Message.Contains(fragment, StringComparison.Ordinal));

    /// <summary>The project file a diagnostic message names, when it names one.</summary>
    public static string? ProjectPathIn(string message)
    {
        var match = QuotedProjectPath().Match(message);
        return match.Success ? match.Groups["path"].Value : null;
    }

    /// <summary>MSBuildWorkspace wraps the real reason in "Msbuild failed when processing the file '…' with message: …".</summary>
    public static string ReasonIn(string message)
    {
        const string marker = "with message: ";
        var index = message.IndexOf(marker, StringComparison.Ordinal);
        return (index >= 0 ? message[(index + marker.Length)..] : message).Trim();
    }

    [GeneratedRegex(@"'(?<path>[^']+\.(?:cs|vb|fs)proj)'", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedProjectPath();
}
