using Introspect.Diagrams.PlantUml;

namespace Introspect.Diagrams.Activity;

/// <summary>
/// Text from the code for PlantUML's activity syntax. On top of <see cref="PlantUmlText.Label"/> (quotes, creole,
/// preprocessor, <c>;</c> and <c>|</c> that end an action, <c>]]</c> that ends a link), parentheses and braces become
/// character references too: conditions sit in <c>if (…)</c>, <c>while (…)</c>, <c>case (…)</c>, and a brace would open or
/// close a group.
/// </summary>
public static class ActivityText
{
    public static string Label(string text) => PlantUmlText.Label(text)
        .Replace("(", "&#40;", StringComparison.Ordinal)
        .Replace(")", "&#41;", StringComparison.Ordinal)
        .Replace("{", "&#123;", StringComparison.Ordinal)
        .Replace("}", "&#125;", StringComparison.Ordinal);
}
