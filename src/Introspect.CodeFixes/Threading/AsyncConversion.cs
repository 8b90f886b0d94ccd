using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Simplification;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// Turns a synchronous <c>void</c> method or local function into <c>async Task</c>, but only where that keeps
/// the code compiling and the change stays inside the assembly: the signature is not imposed by a base type, an
/// interface or an event, nothing outside the assembly can call it, and every reference is a plain call whose
/// result was already ignored (a method group conversion would no longer compile).
/// </summary>
internal static class AsyncConversion
{
    public static async Task<bool> CanConvertAsync(
        Document document, SemanticModel model, SyntaxNode function, CancellationToken cancellationToken)
    {
        if (function is not (MethodDeclarationSyntax or LocalFunctionStatementSyntax)
            || ReturnType(function) is not PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword }
            || Modifiers(function).Any(modifier => modifier.Kind() is SyntaxKind.AsyncKeyword or SyntaxKind.PartialKeyword
                or SyntaxKind.ExternKeyword or SyntaxKind.AbstractKeyword or SyntaxKind.UnsafeKeyword)
            || function.DescendantNodes(node => node == function || node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                .Any(node => node is YieldStatementSyntax)
            || model.GetDeclaredSymbol(function, cancellationToken) is not IMethodSymbol method)
        {
            return false;
        }

        var eventArgs = model.Compilation.GetTypeByMetadataName(WellKnownTypeNames.EventArgs);
        if (SignatureOwnership.IsImposed(method)
            || EventHandlerShape.Matches(method, eventArgs)
            || method.Parameters.Any(parameter => parameter.RefKind != RefKind.None || parameter.Type.IsRefLikeType)
            || IsVisibleOutsideAssembly(method))
        {
            return false;
        }

        var references = await SymbolFinder.FindReferencesAsync(method, document.Project.Solution, cancellationToken).ConfigureAwait(false);
        foreach (var location in references.SelectMany(reference => reference.Locations))
        {
            var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || !IsCallWhoseResultIsIgnored(root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The function with <c>async</c> added and <c>void</c> replaced by <c>Task</c>.</summary>
    public static SyntaxNode Convert(SyntaxNode function)
    {
        var returnType = ReturnType(function)!;
        var task = SyntaxFactory.ParseTypeName("System.Threading.Tasks.Task")
            .WithTriviaFrom(returnType)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        var modifiers = Modifiers(function);
        var asyncKeyword = SyntaxFactory.Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        if (modifiers.Count == 0)
        {
            // The keyword takes over the comments and indentation that were in front of the return type.
            asyncKeyword = asyncKeyword.WithLeadingTrivia(returnType.GetLeadingTrivia());
            task = task.WithLeadingTrivia(SyntaxFactory.TriviaList());
        }

        modifiers = modifiers.Add(asyncKeyword);
        return function switch
        {
            MethodDeclarationSyntax method => method.WithReturnType(task).WithModifiers(modifiers),
            LocalFunctionStatementSyntax local => local.WithReturnType(task).WithModifiers(modifiers),
            _ => function,
        };
    }

    private static bool IsCallWhoseResultIsIgnored(SyntaxNode reference)
    {
        var callee = reference.Parent is MemberAccessExpressionSyntax access && access.Name == reference ? access : reference;
        if (callee.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax nameOf } && IsNameOf(nameOf))
        {
            return true;
        }

        return callee.Parent is InvocationExpressionSyntax invocation
            && invocation.Expression == callee
            && invocation.Parent is ExpressionStatementSyntax or ArrowExpressionClauseSyntax or AnonymousFunctionExpressionSyntax;
    }

    private static bool IsNameOf(InvocationExpressionSyntax invocation) =>
        invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" };

    private static bool IsVisibleOutsideAssembly(IMethodSymbol method)
    {
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            return false;
        }

        for (ISymbol? current = method; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static TypeSyntax? ReturnType(SyntaxNode function) => function switch
    {
        MethodDeclarationSyntax method => method.ReturnType,
        LocalFunctionStatementSyntax local => local.ReturnType,
        _ => null,
    };

    private static SyntaxTokenList Modifiers(SyntaxNode function) => function switch
    {
        MethodDeclarationSyntax method => method.Modifiers,
        LocalFunctionStatementSyntax local => local.Modifiers,
        _ => default,
    };
}
