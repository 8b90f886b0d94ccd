using System.Text.RegularExpressions;

namespace Introspect.Core.Analysis;

/// <summary>Case-insensitive matching with <c>*</c> (any run of characters) and <c>?</c> (one character).</summary>
internal static class Wildcard
{
    public static bool Matches(string pattern, string value) =>
        Regex.IsMatch(
            value,
            "^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
}
