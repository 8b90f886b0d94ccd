using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// Tells whether a field could be declared <c>readonly</c> as it is used today: every write is its initializer, or is
/// in a constructor (static constructor for a static field) or an init accessor of its own type, on <c>this</c>, and
/// not inside a lambda or local function. Looks at every reference in the solution.
/// </summary>
internal static class FieldWrites
{
    public static async Task<bool> AreOnlyInitializationAsync(IFieldSymbol field, Solution solution, CancellationToken cancellationToken)
    {
        var references = await SymbolFinder.FindReferencesAsync(field, solution, cancellationToken).ConfigureAwait(false);
        var models = new Dictionary<DocumentId, SemanticModel>();
        foreach (var referenced in references)
        {
            foreach (var location in referenced.Locations)
            {
                if (location.IsCandidateLocation)
                {
                    continue;
                }

                var document = location.Document;
                if (!models.TryGetValue(document.Id, out var model))
                {
                    model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                    if (model is null)
                    {
                        return false;
                    }

                    models.Add(document.Id, model);
                }

                var root = await model.SyntaxTree.GetRootAsync(cancellationToken).ConfigureAwait(false);
                var node = root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                if (FieldReferenceAt(model, node, field, cancellationToken) is not { } reference)
                {
                    return false;
                }

                if (IsWrite(reference) && !IsInitialization(reference, field, model, cancellationToken))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static IFieldReferenceOperation? FieldReferenceAt(SemanticModel model, SyntaxNode node, IFieldSymbol field, CancellationToken cancellationToken)
    {
        // The reference's span is the name; its operation may sit on the member access (this._gate, Type._gate) above it.
        for (var current = node; current is not null and not StatementSyntax; current = current.Parent)
        {
            if (model.GetOperation(current, cancellationToken) is IFieldReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Field.OriginalDefinition, field.OriginalDefinition))
            {
                return reference;
            }
        }

        return null;
    }

    private static bool IsWrite(IFieldReferenceOperation reference)
    {
        IOperation current = reference;
        while (current.Parent is ITupleOperation tuple)
        {
            current = tuple;
        }

        return current.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == current,
            IIncrementOrDecrementOperation or IAddressOfOperation => true,
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
            _ => reference.Syntax.Parent is RefExpressionSyntax,
        };
    }

    private static bool IsInitialization(IFieldReferenceOperation reference, IFieldSymbol field, SemanticModel model, CancellationToken cancellationToken)
    {
        var onThis = field.IsStatic || reference.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };
        for (var node = reference.Syntax.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                    return false;
                case ConstructorDeclarationSyntax constructor:
                    return onThis
                        && constructor.Modifiers.Any(SyntaxKind.StaticKeyword) == field.IsStatic
                        && IsDeclaredIn(model.GetDeclaredSymbol(constructor, cancellationToken), field);
                case AccessorDeclarationSyntax accessor when accessor.IsKind(SyntaxKind.InitAccessorDeclaration):
                    return onThis && !field.IsStatic && IsDeclaredIn(model.GetDeclaredSymbol(accessor, cancellationToken), field);
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    private static bool IsDeclaredIn(ISymbol? member, IFieldSymbol field) =>
        member is not null && SymbolEqualityComparer.Default.Equals(member.ContainingType?.OriginalDefinition, field.ContainingType?.OriginalDefinition);
}
