using System.Text;
using Introspect.Core.Jobs;

namespace Introspect.Cli.Output;

/// <summary>The jobs as a Markdown table. Everything from the analysed code is escaped, so a name cannot break the table or inject markup.</summary>
internal static class JobsMarkdownReport
{
    public static string Write(JobCatalog catalog)
    {
        var text = new StringBuilder();
        text.Append("# Jobs\n\n");
        text.Append("| ").Append(string.Join(" | ", JobsSummary.Headers)).Append(" |\n");
        text.Append('|').Append(string.Concat(JobsSummary.Headers.Select(_ => "---|"))).Append('\n');
        foreach (var row in JobsSummary.Rows(catalog))
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(Escape))).Append(" |\n");
        }

        text.Append('\n').Append(catalog.Jobs.Length).Append(catalog.Jobs.Length == 1 ? " job" : " jobs")
            .Append("; next runs from ").Append(catalog.Now.ToString("yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture)).Append(".\n");
        return text.ToString();
    }

    /// <summary>Backslash-escapes Markdown's punctuation and HTML's angle brackets; line breaks become spaces.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var character in TerminalText.Sanitise(text.ReplaceLineEndings(" ")))
        {
            if (character is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '#' or '+' or '!' or '|' or '~')
            {
                escaped.Append('\\').Append(character);
            }
            else if (character == '<')
            {
                escaped.Append("&lt;");
            }
            else if (character == '>')
            {
                escaped.Append("&gt;");
            }
            else if (character == '&')
            {
                escaped.Append("&amp;");
            }
            else
            {
                escaped.Append(character);
            }
        }

        return escaped.ToString();
    }
}
