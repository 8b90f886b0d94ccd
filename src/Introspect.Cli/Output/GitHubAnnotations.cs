using Introspect.Core.Analysis;

namespace Introspect.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands (<c>::warning file=…,line=…::message</c>), which the runner turns into
/// annotations on the pull request. Paths are relative to the source root, which is the checkout on a runner.
/// </summary>
internal static class GitHubAnnotations
{
    public static void Write(IReadOnlyList<Finding> findings, string sourceRoot, TextWriter output)
    {
        foreach (var finding in findings)
        {
            var command = finding.Severity switch
            {
                FindingSeverity.Error => "error",
                FindingSeverity.Warning => "warning",
                _ => "notice",
            };
            var location = finding.Location;
            output.Write(
                $"::{command} file={Property(SourcePaths.Relative(location.FilePath, sourceRoot))},line={location.Line},col={location.Column}," +
                $"endLine={location.EndLine},endColumn={location.EndColumn},title={Property($"{finding.RuleId}: {finding.Title}")}::{Data(finding.Message)}\n");
        }
    }

    // The escaping the Actions runner expects: data escapes %, CR and LF; properties also ':' and ','.
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
