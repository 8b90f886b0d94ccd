using System.Reflection;

namespace Introspect.Docs.Rules;

/// <summary>The rule pages, docs/rules/&lt;ID&gt;.md, embedded in this assembly when it is built, so the site has them anywhere.</summary>
public static class RuleLibrary
{
    /// <summary>Where the repository publishes the rule pages (the analyzers' help links point here).</summary>
    public const string HelpLinkBase = "https://github.com/introspect-dev/introspect/blob/main/docs/rules/";

    private static readonly Lazy<IReadOnlyList<RulePage>> s_pages = new(Load);

    public static IReadOnlyList<RulePage> All => s_pages.Value;

    private static IReadOnlyList<RulePage> Load()
    {
        var assembly = typeof(RuleLibrary).Assembly;
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith("rules/", StringComparison.Ordinal) && name.EndsWith(".md", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(name => RulePage.Parse(Read(assembly, name))),
        ];
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
