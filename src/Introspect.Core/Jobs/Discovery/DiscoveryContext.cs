using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Discovery;

/// <summary>
/// What a recogniser sees of one project: its compilation, the calls and object creations in its source (found by
/// name from the syntax first, so only candidate calls are bound), its own types, and the value resolver.
/// </summary>
internal sealed class DiscoveryContext
{
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly Lazy<ImmutableArray<INamedTypeSymbol>> _sourceTypes;
    private readonly Lazy<ImmutableArray<SyntaxNode>> _calls;
    private readonly ConcurrentDictionary<string, ImmutableArray<IInvocationOperation>> _invocationsByName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, object> _shared = new(StringComparer.Ordinal);

    public DiscoveryContext(Project project, Compilation compilation, string rootDirectory, DiscoveryOptions options)
    {
        Project = project;
        Compilation = compilation;
        RootDirectory = rootDirectory;
        Options = options;
        ProjectDirectory = Path.GetDirectoryName(project.FilePath) ?? rootDirectory;
        _sourceTypes = new(() => [.. AllTypes(compilation.Assembly.GlobalNamespace).Where(type => type.Locations.Any(location => location.IsInSource))]);
        _calls = new(() => [.. compilation.SyntaxTrees.SelectMany(tree => tree.GetRoot().DescendantNodes().Where(node => node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or AssignmentExpressionSyntax))]);
        Values = new ValueResolver(this);
    }

    public Project Project { get; }

    public Compilation Compilation { get; }

    public string RootDirectory { get; }

    public string ProjectDirectory { get; }

    public DiscoveryOptions Options { get; }

    public ValueResolver Values { get; }

    /// <summary>The named types (nested ones too) declared in this project's source.</summary>
    public ImmutableArray<INamedTypeSymbol> SourceTypes => _sourceTypes.Value;

    public INamedTypeSymbol? Type(string metadataName) => Compilation.GetTypeByMetadataName(metadataName);

    public SemanticModel? Model(SyntaxTree tree) =>
        Compilation.ContainsSyntaxTree(tree) ? _models.GetOrAdd(tree, key => Compilation.GetSemanticModel(key)) : null;

    public IOperation? Operation(SyntaxNode node) => Model(node.SyntaxTree)?.GetOperation(node);

    /// <summary>The bound calls to methods with one of these names, in source order.</summary>
    public ImmutableArray<IInvocationOperation> Invocations(string name) =>
        _invocationsByName.GetOrAdd(name, key => [.. _calls.Value
            .OfType<InvocationExpressionSyntax>()
            .Where(call => CalledName(call) == key)
            .Select(call => Operation(call))
            .OfType<IInvocationOperation>()]);

    /// <summary>
    /// The bound object creations of a type (<c>new Timer(...)</c>, and target-typed <c>new(...)</c>): only creations whose
    /// written type name is <paramref name="typeName"/>, or that are target-typed, are bound.
    /// </summary>
    public IEnumerable<IObjectCreationOperation> Creations(string typeName, Func<INamedTypeSymbol, bool> isType) =>
        _calls.Value.OfType<BaseObjectCreationExpressionSyntax>()
            .Where(node => node is ImplicitObjectCreationExpressionSyntax || (node is ObjectCreationExpressionSyntax { Type: var type } && RightmostName(type) == typeName))
            .Select(node => Operation(node))
            .OfType<IObjectCreationOperation>()
            .Where(creation => creation.Type is INamedTypeSymbol type && isType(type));

    /// <summary>The bound assignments to a member with this name (<c>timer.Interval = x</c>, <c>timer.Elapsed += Handler</c>).</summary>
    public IEnumerable<IOperation> Assignments(string memberName) =>
        _calls.Value.OfType<AssignmentExpressionSyntax>()
            .Where(node => RightmostName(node.Left) == memberName)
            .Select(node => Operation(node))
            .OfType<IOperation>();

    /// <summary>A value computed once per project and shared between recognisers (the types that own timers, say).</summary>
    public T Shared<T>(string key, Func<T> create)
        where T : class => (T)_shared.GetOrAdd(key, _ => create());

    /// <summary>Records that <paramref name="typeName"/> is registered with its framework at <paramref name="location"/>.</summary>
    public void AddRegistration(string typeName, SourceLocation location) => Registrations.Add((typeName, location));

    public ConcurrentBag<(string TypeName, SourceLocation Location)> Registrations { get; } = [];

    public SourceLocation Location(SyntaxNode node) => SourceLocation.From(node.GetLocation(), RootDirectory);

    public SourceLocation Location(ISymbol symbol) => SourceLocation.From(symbol, RootDirectory);

    private static string? RightmostName(ExpressionSyntax expression) => expression switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };

    private static string? CalledName(InvocationExpressionSyntax call) => call.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol root)
    {
        foreach (var member in root.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                foreach (var type in AllTypes(ns))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                foreach (var nested in Nested(type))
                {
                    yield return nested;
                }
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> Nested(INamedTypeSymbol type)
    {
        yield return type;
        foreach (var inner in type.GetTypeMembers().SelectMany(Nested))
        {
            yield return inner;
        }
    }
}

/// <summary>What discovery needs besides the solution: the instant next runs are counted from, and how many to give.</summary>
public sealed record DiscoveryOptions
{
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    public int NextRunCount { get; init; } = 3;

    /// <summary>How each job's process model is read; null leaves it out (a listing that only needs the triggers).</summary>
    public Process.ProcessModelOptions? Process { get; init; } = Jobs.Process.ProcessModelOptions.Default;

    /// <summary>The team's own job conventions (introspect.json); <see cref="JobDiscovery.DiscoverAsync"/> reads them from the solution's folder when none are given.</summary>
    public System.Collections.Immutable.ImmutableArray<Conventions.JobConvention>? Conventions { get; init; }
}
