using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Introspect.Core.Jobs.Process;

/// <summary>
/// The solution's source as the builder sees it: which compilation owns a syntax tree (a symbol seen through a
/// project reference points at the other project's trees), and which source types implement an interface.
/// </summary>
internal sealed class SourceLookup
{
    private static readonly HashSet<string> TestFrameworks =
        new(["xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "TUnit.Core"], StringComparer.OrdinalIgnoreCase);

    private readonly ImmutableArray<Compilation> _compilations;
    private readonly Dictionary<SyntaxTree, Compilation> _owners = [];
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = [];
    private readonly Dictionary<string, SyntaxTree> _byPath = new(StringComparer.Ordinal);
    private readonly HashSet<IAssemblySymbol> _testAssemblies = new(SymbolEqualityComparer.Default);
    private Dictionary<string, List<INamedTypeSymbol>>? _implementers;
    private TableNames? _tables;

    public SourceLookup(IEnumerable<Compilation> compilations)
    {
        _compilations = [.. compilations];
        foreach (var compilation in _compilations)
        {
            if (compilation.ReferencedAssemblyNames.Any(assembly => TestFrameworks.Contains(assembly.Name)))
            {
                _testAssemblies.Add(compilation.Assembly);
            }

            foreach (var tree in compilation.SyntaxTrees)
            {
                _owners.TryAdd(tree, compilation);
                if (!string.IsNullOrEmpty(tree.FilePath))
                {
                    _byPath.TryAdd(tree.FilePath, tree);
                }
            }
        }
    }

    public ImmutableArray<Compilation> Compilations => _compilations;

    /// <summary>EF Core table names, read once for every model built over this source.</summary>
    public TableNames Tables => _tables ??= new TableNames(this);

    /// <summary>
    /// The tree as this lookup holds it. A symbol from another snapshot of the same code (discovery that built its
    /// own compilation) points at an equal tree that is not the same object; it is matched by its path.
    /// </summary>
    public SyntaxTree? Owned(SyntaxTree tree) =>
        _owners.ContainsKey(tree) ? tree
        : !string.IsNullOrEmpty(tree.FilePath) && _byPath.TryGetValue(tree.FilePath, out var same) && same.Length == tree.Length ? same
        : null;

    /// <summary>The declaration a symbol's syntax reference points at, in the tree this lookup holds.</summary>
    public SyntaxNode? NodeFor(SyntaxReference reference, CancellationToken cancellationToken)
    {
        var owned = Owned(reference.SyntaxTree);
        return owned is null ? null
            : owned == reference.SyntaxTree ? reference.GetSyntax(cancellationToken)
            : owned.GetRoot(cancellationToken).FindNode(reference.Span);
    }

    public SemanticModel? ModelFor(SyntaxTree tree)
    {
        tree = Owned(tree) ?? tree;
        if (_models.TryGetValue(tree, out var model))
        {
            return model;
        }

        if (!_owners.TryGetValue(tree, out var compilation))
        {
            return null;
        }

        model = compilation.GetSemanticModel(tree);
        _models[tree] = model;
        return model;
    }

    public bool IsInSource(ISymbol symbol) =>
        symbol.DeclaringSyntaxReferences.Any(reference => Owned(reference.SyntaxTree) is not null);

    /// <summary>
    /// The source methods that implement an interface method or override an abstract/virtual one, in a stable order.
    /// Fakes in test projects do not count when the application has an implementation of its own.
    /// </summary>
    public ImmutableArray<IMethodSymbol> Implementations(IMethodSymbol method)
    {
        var containing = method.ContainingType;
        if (containing is null)
        {
            return [];
        }

        var key = SymbolKeys.Type(containing.OriginalDefinition);
        if (!Implementers().TryGetValue(key, out var types))
        {
            return [];
        }

        var found = new List<IMethodSymbol>();
        foreach (var type in types)
        {
            var implementation = containing.TypeKind == TypeKind.Interface
                ? ImplementationOf(type, containing, method)
                : OverrideOf(type, method);
            if (implementation is { IsAbstract: false } && !found.Any(existing => SymbolKeys.Method(existing) == SymbolKeys.Method(implementation)))
            {
                found.Add(implementation);
            }
        }

        var application = found.Where(implementation => !_testAssemblies.Contains(implementation.ContainingAssembly)).ToList();
        return application.Count > 0 ? [.. application] : [.. found];
    }

    private static IMethodSymbol? ImplementationOf(INamedTypeSymbol type, INamedTypeSymbol contract, IMethodSymbol method)
    {
        // The interface as this type's compilation sees it, so FindImplementationForInterfaceMember can match it.
        var local = type.AllInterfaces.FirstOrDefault(candidate => SymbolKeys.Type(candidate.OriginalDefinition) == SymbolKeys.Type(contract.OriginalDefinition));
        var member = local?.GetMembers(method.Name).OfType<IMethodSymbol>()
            .FirstOrDefault(candidate => SymbolKeys.Signature(candidate) == SymbolKeys.Signature(method));
        return member is null ? null : type.FindImplementationForInterfaceMember(member) as IMethodSymbol;
    }

    private static IMethodSymbol? OverrideOf(INamedTypeSymbol type, IMethodSymbol method)
    {
        var target = SymbolKeys.Method(method.OriginalDefinition);
        return type.GetMembers(method.Name).OfType<IMethodSymbol>().FirstOrDefault(candidate =>
        {
            for (var overridden = candidate.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
            {
                if (SymbolKeys.Method(overridden.OriginalDefinition) == target)
                {
                    return true;
                }
            }

            return false;
        });
    }

    /// <summary>Every source class keyed by each interface and base class it has; built once, on first use.</summary>
    private Dictionary<string, List<INamedTypeSymbol>> Implementers()
    {
        if (_implementers is not null)
        {
            return _implementers;
        }

        _implementers = new Dictionary<string, List<INamedTypeSymbol>>(StringComparer.Ordinal);
        foreach (var compilation in _compilations)
        {
            foreach (var type in SourceTypes(compilation.Assembly.GlobalNamespace))
            {
                if (type.TypeKind != TypeKind.Class && type.TypeKind != TypeKind.Struct)
                {
                    continue;
                }

                var supertypes = type.AllInterfaces.Cast<INamedTypeSymbol>();
                for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
                {
                    supertypes = supertypes.Append(baseType);
                }

                foreach (var supertype in supertypes)
                {
                    var key = SymbolKeys.Type(supertype.OriginalDefinition);
                    if (!_implementers.TryGetValue(key, out var list))
                    {
                        list = [];
                        _implementers[key] = list;
                    }

                    list.Add(type);
                }
            }
        }

        return _implementers;
    }

    private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                foreach (var type in SourceTypes(child))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                yield return type;
                foreach (var nested in type.GetTypeMembers())
                {
                    yield return nested;
                }
            }
        }
    }
}

/// <summary>Text keys for symbols that stay equal across compilations (one project's symbol seen from another).</summary>
internal static class SymbolKeys
{
    private static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMemberOptions(SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters)
        .WithParameterOptions(SymbolDisplayParameterOptions.IncludeType);

    public static string Type(ITypeSymbol type) => type.ToDisplayString(Format);

    public static string Method(IMethodSymbol method) => method.ToDisplayString(Format);

    public static string Signature(IMethodSymbol method) =>
        method.Name + "`" + method.Arity + "(" + string.Join(",", method.Parameters.Select(parameter => parameter.Type.ToDisplayString(Format))) + ")";
}
