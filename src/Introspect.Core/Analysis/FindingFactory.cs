using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.Core.Analysis;

/// <summary>
/// Turns an analyzer diagnostic into a finding: location, the enclosing member, and the source line. Hidden and
/// suppressed diagnostics are not findings (a build does not show them either). Diagnostics in additional files (the
/// migration rules' .sql scripts) have no member; their line comes from the additional file's text.
/// </summary>
internal static class FindingFactory
{
    private static readonly SymbolDisplayFormat MemberFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);

    public static Finding? Create(
        Diagnostic diagnostic,
        string projectName,
        Compilation compilation,
        IReadOnlyDictionary<string, SourceText>? additionalTexts = null)
    {
        var severity = diagnostic.Severity.ToFindingSeverity();
        if (severity is null || diagnostic.IsSuppressed)
        {
            return null;
        }

        var tree = diagnostic.Location.SourceTree;
        SourceText? text;
        if (diagnostic.Location.IsInSource && tree is not null)
        {
            text = tree.GetText();
        }
        else if (diagnostic.Location.Kind == LocationKind.ExternalFile)
        {
            text = null;
            additionalTexts?.TryGetValue(diagnostic.Location.GetLineSpan().Path, out text);
        }
        else
        {
            return null;
        }

        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var span = diagnostic.Location.GetMappedLineSpan();
        var lineIndex = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        var lineText = text is not null && lineIndex < text.Lines.Count ? text.Lines[lineIndex].ToString() : string.Empty;

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
            tree is null ? null : EnclosingMember(compilation, tree, diagnostic.Location.SourceSpan.Start),
            lineText,
            Properties: Properties(diagnostic));
    }

    private static ImmutableSortedDictionary<string, string>? Properties(Diagnostic diagnostic) =>
        diagnostic.Properties.IsEmpty
            ? null
            : diagnostic.Properties
                .Where(property => property.Value is not null)
                .ToImmutableSortedDictionary(property => property.Key, property => property.Value!, StringComparer.Ordinal);

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
