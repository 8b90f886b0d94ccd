using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// How a private lock field is used across its type (all partial declarations and nested types), read from
/// syntax by name. Used to tell a forgotten release from a lock that is released elsewhere by design: a signal
/// released by a producer, a releaser object, or an Enter/Exit pair of methods. Errs towards "released elsewhere":
/// any release outside an acquiring function, and any use that hands the field to other code, count as such.
/// </summary>
internal static class FieldLockUsage
{
    private enum Use
    {
        Neutral,
        Acquire,
        Release,
        Escape,
    }

    /// <summary>
    /// True when nothing in the type can release the field for a function that acquires it without releasing:
    /// every function that releases it also acquires it, and the field is never passed, returned or copied.
    /// </summary>
    public static bool IsOnlyReleasedWhereAcquired(IFieldSymbol field, CancellationToken cancellationToken)
    {
        var acquiring = new HashSet<SyntaxNode>();
        var releasing = new HashSet<SyntaxNode>();
        foreach (var reference in field.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
            {
                if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != field.Name)
                {
                    continue;
                }

                switch (Classify(identifier))
                {
                    case Use.Escape:
                        return false;
                    case Use.Acquire:
                        acquiring.Add(FunctionOf(identifier));
                        break;
                    case Use.Release:
                        releasing.Add(FunctionOf(identifier));
                        break;
                }
            }
        }

        foreach (var function in releasing)
        {
            if (!acquiring.Contains(function))
            {
                return false;
            }
        }

        return true;
    }

    private static Use Classify(IdentifierNameSyntax identifier)
    {
        if (IsInsideNameOf(identifier))
        {
            return Use.Neutral;
        }

        // `_gate`, `this._gate` or `other._gate`: the whole member access is what the code uses.
        ExpressionSyntax reference = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? access : identifier;
        switch (reference.Parent)
        {
            case MemberAccessExpressionSyntax member when member.Expression == reference:
                return member.Parent is InvocationExpressionSyntax invocation && invocation.Expression == member
                    ? UseOfMethod(member.Name.Identifier.ValueText)
                    : Use.Neutral;
            case ConditionalAccessExpressionSyntax conditional when conditional.Expression == reference:
                return conditional.WhenNotNull is InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding }
                    ? UseOfMethod(binding.Name.Identifier.ValueText)
                    : Use.Neutral;
            case ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax monitorCall } }
                when monitorCall.Expression.ToString() is "Monitor" or "System.Threading.Monitor":
                return monitorCall.Name.Identifier.ValueText switch
                {
                    "Enter" or "TryEnter" => Use.Acquire,
                    "Exit" => Use.Release,
                    _ => Use.Neutral,
                };
            case LockStatementSyntax:
                return Use.Neutral;
            case AssignmentExpressionSyntax assignment when assignment.Left == reference:
                return Use.Neutral;
            default:
                return Use.Escape;
        }
    }

    private static Use UseOfMethod(string name) => name switch
    {
        "Release" or "ReleaseMutex" or "Exit" or "ExitReadLock" or "ExitWriteLock" or "ExitUpgradeableReadLock" => Use.Release,
        _ when LockApis.IsLockMethodName(name) => Use.Acquire,
        _ => Use.Neutral,
    };

    private static bool IsInsideNameOf(SyntaxNode node) =>
        node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } };

    private static SyntaxNode FunctionOf(SyntaxNode node) =>
        node.FirstAncestorOrSelf<SyntaxNode>(candidate => candidate is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax
            or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or BasePropertyDeclarationSyntax or BaseTypeDeclarationSyntax)
        ?? node.SyntaxTree.GetRoot();
}
