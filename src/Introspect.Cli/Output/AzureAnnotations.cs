using Introspect.Core.Analysis;

namespace Introspect.Cli.Output;

/// <summary>
/// Azure DevOps logging commands (<c>##vso[task.logissue type=warning;…]message</c>). Azure knows only errors and
/// warnings, so notes are printed as plain lines.
/// </summary>
internal static class AzureAnnotations
{
    public static void Write(IReadOnlyList<Finding> findings, string sourceRoot, TextWriter output)
    {
        foreach (var finding in findings)
        {
            var path = SourcePaths.Relative(finding.Location.FilePath, sourceRoot);
            if (finding.Severity == FindingSeverity.Note)
            {
                output.Write($"{Escape(path)}({finding.Location.Line},{finding.Location.Column}): note {finding.RuleId}: {Escape(finding.Message)}\n");
                continue;
            }

            var type = finding.Severity == FindingSeverity.Error ? "error" : "warning";
            output.Write(
                $"##vso[task.logissue type={type};sourcepath={Escape(path)};linenumber={finding.Location.Line};" +
                $"columnnumber={finding.Location.Column};code={finding.RuleId}]{Escape(finding.Message)}\n");
        }
    }

    // Azure Pipelines' escaping for logging command values and messages.
    private static string Escape(string text) =>
        text.Replace("%", "%AZP25", StringComparison.Ordinal)
            .Replace(";", "%3B", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal)
            .Replace("]", "%5D", StringComparison.Ordinal);
}
