using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Migrations.Rules.ApplicationTypes;

/// <summary>
/// The application types a migration's Up and Down use, and the helper methods of the same class they call: each type
/// once, at its first use. Walks the operation trees: created, converted, declared and typeof'd types, the types of
/// members used (enum members and constants included) and type arguments.
/// </summary>
internal sealed class ApplicationTypeReferences
{
    private readonly ApplicationTypeKnowledge _knowledge;
    private readonly INamedTypeSymbol _migration;
    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<INamedTypeSymbol, Location> _found = new(SymbolEqualityComparer.Default);

    private ApplicationTypeReferences(ApplicationTypeKnowledge knowledge, INamedTypeSymbol migration, Compilation compilation, CancellationToken cancellationToken)
    {
        _knowledge = knowledge;
        _migration = migration;
        _compilation = compilation;
        _cancellationToken = cancellationToken;
    }

    public static IReadOnlyList<(INamedTypeSymbol Type, Location Location)> In(
        IEnumerable<IMethodSymbol> entryMethods,
        INamedTypeSymbol migration,
        ApplicationTypeKnowledge knowledge,
        Compilation compilation,
        CancellationToken cancellationToken)
    {
        var references = new ApplicationTypeReferences(knowledge, migration, compilation, cancellationToken);
        var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var pending = new Queue<IMethodSymbol>(entryMethods);
        while (pending.Count > 0)
        {
            var method = pending.Dequeue();
            if (visited.Add(method.OriginalDefinition))
            {
                references.Walk(method, pending);
            }
        }

        return references._found
            .Select(pair => (pair.Key, pair.Value))
            .OrderBy(pair => pair.Value.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value.SourceSpan.Start)
            .ToList();
    }

    private void Walk(IMethodSymbol method, Queue<IMethodSymbol> pending)
    {
        var body = MethodBodies.Operation(method, _compilation, _cancellationToken);
        if (body is null)
        {
            return;
        }

        foreach (var operation in body.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    var name = MethodName(invocation);
                    Note(invocation.TargetMethod.ContainingType, name);
                    foreach (var argument in invocation.TargetMethod.TypeArguments)
                    {
                        Note(argument, name);
                    }

                    // Helper methods of the migration itself are part of what it does.
                    if (SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType?.OriginalDefinition, _migration.OriginalDefinition)
                        && invocation.TargetMethod.DeclaringSyntaxReferences.Length > 0)
                    {
                        pending.Enqueue(invocation.TargetMethod.OriginalDefinition);
                    }

                    break;
                case IMemberReferenceOperation member:
                    Note(member.Member.ContainingType, operation.Syntax);
                    break;
                case ITypeOfOperation typeOf:
                    Note(typeOf.TypeOperand, operation.Syntax);
                    break;
                case IVariableDeclaratorOperation declarator:
                    Note(declarator.Symbol.Type, operation.Syntax);
                    break;
                case IDeclarationPatternOperation pattern:
                    Note(pattern.MatchedType, operation.Syntax);
                    break;
                case ITypePatternOperation pattern:
                    Note(pattern.MatchedType, operation.Syntax);
                    break;
                case IIsTypeOperation isType:
                    Note(isType.TypeOperand, operation.Syntax);
                    break;
                case IObjectCreationOperation or IConversionOperation or IDefaultValueOperation or IArrayCreationOperation:
                    Note(operation.Type, operation.Syntax);
                    break;
            }
        }
    }

    /// <summary>The method's name (with its type arguments) rather than the whole call: the call may span lines.</summary>
    private static SyntaxNode MethodName(IInvocationOperation invocation) => invocation.Syntax switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name,
        InvocationExpressionSyntax { Expression: SimpleNameSyntax name } => name,
        _ => invocation.Syntax,
    };

    /// <summary>Keeps each type's first use in the source.</summary>
    private void Note(ITypeSymbol? type, SyntaxNode syntax)
    {
        if (_knowledge.ApplicationTypeIn(type, _migration) is not { } applicationType)
        {
            return;
        }

        var location = syntax.GetLocation();
        if (!_found.TryGetValue(applicationType, out var known)
            || (known.SourceTree == location.SourceTree && location.SourceSpan.Start < known.SourceSpan.Start))
        {
            _found[applicationType] = location;
        }
    }
}
