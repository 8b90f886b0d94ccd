using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Tells, from syntax alone, whether a function catches its own failures, so that discarding the task it returns
/// loses nothing: an async function whose every <c>await</c> sits in a <c>try</c> with a catch-all clause that does
/// not rethrow, or a synchronous lambda whose statements all sit in such a <c>try</c>.
/// Syntax only, because the function may live in another file of the compilation.
/// </summary>
internal static class OwnExceptionHandling
{
    /// <summary>Whether the method, local function or lambda declared by <paramref name="declaration"/> handles its own exceptions.</summary>
    public static bool Handles(SyntaxNode declaration)
    {
        // An expression body has no room for a try statement.
        if (declaration is not (MethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax)
            || FunctionSyntax.Body(declaration) is not BlockSyntax block)
        {
            return false;
        }

        return FunctionSyntax.IsAsync(declaration) ? EveryAwaitIsCaught(block) : EveryStatementIsCaught(block);
    }

    private static bool EveryAwaitIsCaught(BlockSyntax body)
    {
        var sawCatchAll = false;
        foreach (var node in body.DescendantNodes(descendIntoChildren: node => !FunctionSyntax.IsNestedFunction(node)))
        {
            if (node is TryStatementSyntax tryStatement && HasCatchAll(tryStatement))
            {
                sawCatchAll = true;
            }

            if (IsAwait(node) && !IsHarmlessWait(node) && !IsInsideCatchAllTry(node, body))
            {
                return false;
            }
        }

        return sawCatchAll;
    }

    private static bool EveryStatementIsCaught(BlockSyntax body)
    {
        var sawCatchAll = false;
        foreach (var statement in body.Statements)
        {
            switch (statement)
            {
                case TryStatementSyntax tryStatement when HasCatchAll(tryStatement):
                    sawCatchAll = true;
                    break;
                case LocalDeclarationStatementSyntax or LocalFunctionStatementSyntax or EmptyStatementSyntax:
                    break;
                default:
                    return false;
            }
        }

        return sawCatchAll;
    }

    private static bool IsAwait(SyntaxNode node) =>
        node is AwaitExpressionSyntax
        || (node is ForEachStatementSyntax forEach && forEach.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword))
        || (node is UsingStatementSyntax usingStatement && usingStatement.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword))
        || (node is LocalDeclarationStatementSyntax declaration && declaration.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword));

    // Waiting between attempts only ends in cancellation, which is not a failure anyone needs to see.
    private static bool IsHarmlessWait(SyntaxNode node) =>
        node is AwaitExpressionSyntax { Expression: InvocationExpressionSyntax invocation }
        && InvokedName(invocation) is "Delay" or "WaitForNextTickAsync";

    private static string? InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        _ => null,
    };

    private static bool IsInsideCatchAllTry(SyntaxNode node, BlockSyntax body)
    {
        for (var current = node; current is not null && current != body; current = current.Parent)
        {
            if (current.Parent is TryStatementSyntax tryStatement && tryStatement.Block == current && HasCatchAll(tryStatement))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCatchAll(TryStatementSyntax tryStatement)
    {
        foreach (var clause in tryStatement.Catches)
        {
            if (CatchesEverything(clause) && !Rethrows(clause.Block))
            {
                return true;
            }
        }

        return false;
    }

    // catch { }, catch (Exception) and catch (System.Exception ex) when (...) all count: a filter that lets
    // cancellation through is the usual shape of a background loop's handler.
    private static bool CatchesEverything(CatchClauseSyntax clause) =>
        clause.Declaration?.Type switch
        {
            null => true,
            IdentifierNameSyntax { Identifier.ValueText: "Exception" } => true,
            QualifiedNameSyntax { Right.Identifier.ValueText: "Exception", Left: var left } => left.ToString() is "System" or "global::System",
            AliasQualifiedNameSyntax { Name.Identifier.ValueText: "Exception" } => true,
            _ => false,
        };

    private static bool Rethrows(BlockSyntax block) =>
        block.DescendantNodes(descendIntoChildren: node => !FunctionSyntax.IsNestedFunction(node))
            .Any(node => node is ThrowStatementSyntax or ThrowExpressionSyntax);
}
