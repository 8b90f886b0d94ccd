using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Follows a value back to where it came from, within one function body and without a semantic-model query:
/// through implicit conversions, parentheses and the initializer of a local (<c>var query = db.Servers.Where(...)</c>).
/// Reassignments are not followed; a local is judged by how it was declared.
/// </summary>
internal static class OperationOrigin
{
    private const int MaxDepth = 8;

    /// <summary>The operation without implicit conversions and parentheses around it.</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation { IsImplicit: true } conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="predicate"/> holds for the value or, when the value is a local, for the value the
    /// local was initialised with (followed up to a few locals deep).
    /// </summary>
    public static bool Traces(IOperation operation, Func<IOperation, bool> predicate)
    {
        var current = Unwrap(operation);
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            if (predicate(current))
            {
                return true;
            }

            if (current is not ILocalReferenceOperation local || InitialValue(local) is not { } initial)
            {
                return false;
            }

            current = Unwrap(initial);
        }

        return false;
    }

    /// <summary>The initializer of the local's declaration, found in the body that holds the reference.</summary>
    public static IOperation? InitialValue(ILocalReferenceOperation reference)
    {
        var root = (IOperation)reference;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var operation in root.Descendants())
        {
            if (operation is IVariableDeclaratorOperation declarator
                && SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local))
            {
                return declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
            }
        }

        return null;
    }
}
