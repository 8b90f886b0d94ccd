using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// The names of the static fields (not constants) and static properties the compilation declares: a body that spells
/// none of them cannot write the compilation's own static state, so a rule about such writes can skip it on syntax
/// alone, before anything is bound. Collected once per compilation, the first time a rule asks, from the source
/// assembly's symbols only (referenced assemblies are never walked).
/// </summary>
internal sealed class SourceStaticNames(Compilation compilation)
{
    private ImmutableHashSet<string>? _names;

    public ImmutableHashSet<string> Names => _names ??= Collect(compilation.Assembly.GlobalNamespace);

    /// <summary>Whether the syntax spells the name of one of the compilation's statics anywhere in it.</summary>
    public bool AreMentionedIn(SyntaxNode syntax)
    {
        var names = Names;
        if (names.IsEmpty)
        {
            return false;
        }

        foreach (var token in syntax.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && names.Contains(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableHashSet<string> Collect(INamespaceSymbol root)
    {
        var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                switch (member)
                {
                    case INamespaceOrTypeSymbol container:
                        pending.Push(container);
                        break;
                    case IFieldSymbol { IsStatic: true, IsConst: false, IsImplicitlyDeclared: false } field:
                        names.Add(field.Name);
                        break;
                    case IPropertySymbol { IsStatic: true, IsIndexer: false } property:
                        names.Add(property.Name);
                        break;
                }
            }
        }

        return names.ToImmutable();
    }
}
