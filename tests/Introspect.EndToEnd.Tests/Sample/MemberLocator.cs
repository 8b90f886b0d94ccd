using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.EndToEnd.Tests.Sample;

/// <summary>Finds the lines a member named "Type.Member" spans in a C# file (every overload, nested types too).</summary>
internal static class MemberLocator
{
    public static IReadOnlyList<(int FirstLine, int LastLine)> Find(string filePath, string typeAndMember)
    {
        var separator = typeAndMember.LastIndexOf('.');
        if (separator <= 0)
        {
            throw new FormatException($"'{typeAndMember}' is not Type.Member.");
        }

        var typeName = typeAndMember[..separator];
        var memberName = typeAndMember[(separator + 1)..];
        var root = CSharpSyntaxTree.ParseText(File.ReadAllText(filePath), path: filePath).GetRoot();

        return
        [
            .. root.DescendantNodes()
                .OfType<TypeDeclarationSyntax>()
                .Where(type => type.Identifier.ValueText == typeName)
                .SelectMany(type => type.Members)
                .Where(member => NameOf(member) == memberName)
                .Select(member => member.GetLocation().GetLineSpan())
                .Select(span => (span.StartLinePosition.Line + 1, span.EndLinePosition.Line + 1)),
        ];
    }

    private static string? NameOf(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText,
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        FieldDeclarationSyntax field => field.Declaration.Variables.FirstOrDefault()?.Identifier.ValueText,
        EventDeclarationSyntax @event => @event.Identifier.ValueText,
        _ => null,
    };
}
