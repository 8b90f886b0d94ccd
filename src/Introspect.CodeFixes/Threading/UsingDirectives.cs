using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// Adds <c>using</c> directives for namespaces a fix starts to rely on (an async extension method such as
/// <c>ToListAsync</c>), in sorted position with System namespaces first, keeping the file's line endings.
/// </summary>
internal static class UsingDirectives
{
    public static SyntaxNode Add(SyntaxNode root, IEnumerable<string> namespaces)
    {
        if (root is not CompilationUnitSyntax unit)
        {
            return root;
        }

        foreach (var name in namespaces.Distinct(StringComparer.Ordinal))
        {
            // Callers only ask for namespaces the call site cannot see yet; this guards against adding one twice.
            if (unit.Usings.Any(directive => directive.Alias is null && directive.Name?.ToString() == name))
            {
                continue;
            }

            unit = Insert(unit, name);
        }

        return unit;
    }

    private static CompilationUnitSyntax Insert(CompilationUnitSyntax unit, string name)
    {
        var newLine = unit.ToFullString().Contains("\r\n") ? "\r\n" : "\n";
        var directive = SyntaxFactory.ParseCompilationUnit($"using {name};{newLine}").Usings[0];
        var usings = unit.Usings;
        if (usings.Count == 0)
        {
            // First using of the file: it takes the file's leading comments, and a blank line separates it from the code.
            var firstToken = unit.GetFirstToken(includeZeroWidth: true);
            directive = directive.WithLeadingTrivia(firstToken.LeadingTrivia)
                .WithTrailingTrivia(SyntaxFactory.ParseTrailingTrivia(newLine + newLine));
            var withoutHeader = unit.ReplaceToken(firstToken, firstToken.WithLeadingTrivia());
            return withoutHeader.WithUsings(withoutHeader.Usings.Add(directive));
        }

        var index = 0;
        while (index < usings.Count && Compare(usings[index], name) < 0)
        {
            index++;
        }

        if (index == 0)
        {
            // Taking the first place: the leading trivia (file header) stays at the top of the file.
            var first = usings[0];
            directive = directive.WithLeadingTrivia(first.GetLeadingTrivia());
            usings = usings.Replace(first, first.WithLeadingTrivia());
        }

        return unit.WithUsings(usings.Insert(index, directive));
    }

    private static int Compare(UsingDirectiveSyntax existing, string name)
    {
        if (existing.Alias is not null || !existing.StaticKeyword.IsKind(SyntaxKind.None) || existing.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
        {
            return existing.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) ? -1 : 1;
        }

        var existingName = existing.Name?.ToString() ?? string.Empty;
        var existingIsSystem = IsSystem(existingName);
        var nameIsSystem = IsSystem(name);
        if (existingIsSystem != nameIsSystem)
        {
            return existingIsSystem ? -1 : 1;
        }

        return string.Compare(existingName, name, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSystem(string name) => name == "System" || name.StartsWith("System.", StringComparison.Ordinal);
}
