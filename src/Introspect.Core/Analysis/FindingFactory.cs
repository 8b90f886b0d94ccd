using Microsoft.CodeAnalysis;

namespace Introspect.Core.Analysis;

/// <summary>
/// Turns an analyzer diagnostic into a finding: location, the enclosing member, and the source line. Hidden and
/// suppressed diagnostics are not findings (a build does not show them either).
/// </summary>
internal static class FindingFactory
{
    private static readonly SymbolDisplayFormat MemberFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);

    public static Finding? Create(Diagnostic diagnostic, string projectName, Compilation compilation)
    {
        var severity = diagnostic.Severity.ToFindingSeverity();
        if (severity is null || diagnostic.IsSuppressed || !diagnostic.Location.IsInSource || diagnostic.Location.SourceTree is not { } tree)
        {
            return null;
        }

        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var span = diagnostic.Location.GetMappedLineSpan();
        var text = tree.GetText();
        var lineIndex = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        var lineText = lineIndex < text.Lines.Count ? text.Lines[lineIndex].ToString() : string.Empty;

        return new Finding(
            diagnostic.Id,
            diagnostic.Descriptor.Title.ToString(culture),
            severity.Value,
            diagnostic.GetMessage(culture),
            projectName,
            new FindingLocation(
                span.Path,
                span.StartLinePosition.Line + 1,
                span.StartLinePosition.Character + 1,
                span.EndLinePosition.Line + 1,
                span.EndLinePosition.Character + 1),
            diagnostic.Descriptor.HelpLinkUri is { Length: > 0 } uri ? uri : null,
            EnclosingMember(compilation, tree, diagnostic.Location.SourceSpan.Start),
            lineText);
    }

    /// <summary>The member around the position (a lambda's member, not the lambda), as Namespace.Type.Member.</summary>
    private static string? EnclosingMember(Compilation compilation, SyntaxTree tree, int position)
    {
        var symbol = compilation.GetSemanticModel(tree).GetEnclosingSymbol(position);
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            symbol = symbol.ContainingSymbol;
        }

        return symbol is null or INamespaceSymbol ? null : symbol.ToDisplayString(MemberFormat);
    }
}
