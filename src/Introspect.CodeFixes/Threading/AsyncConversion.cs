using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace Introspect.CodeFixes.Threading;

/// <summary>Which functions a fixer lets <see cref="AsyncConversion"/> convert, by what they return.</summary>
[Flags]
internal enum ConvertibleReturns
{
    /// <summary><c>void</c> and <c>T</c>: they become <c>Task</c> and <c>Task&lt;T&gt;</c>, so every caller must follow.</summary>
    VoidOrValue = 1,

    /// <summary>Task, Task&lt;T&gt;, ValueTask, ValueTask&lt;T&gt;: the signature stays, the returns are rewritten.</summary>
    TaskLike = 2,

    Any = VoidOrValue | TaskLike,
}

/// <summary>
/// "Make the method async and await", shared by the INTR103, INTR104 and INTR105 fixes. The fixer says which nodes of
/// the function get an await (blocking calls, or dropped tasks); the conversion adds <c>async</c>, awaits them and keeps
/// the function's meaning: a Task-returning function keeps its signature (its returns are rewritten); a
/// <c>void</c>/<c>T</c> method becomes <c>Task</c>/<c>Task&lt;T&gt;</c> only when its signature is its own, it is not
/// the public API of a class library, and every caller in the solution can await it (those calls are awaited too).
/// </summary>
internal static class AsyncConversion
{
    /// <summary>
    /// The change to apply, or null when the function around <paramref name="trigger"/> cannot honestly become async,
    /// or <paramref name="awaitFor"/> gives no await for the trigger itself.
    /// </summary>
    /// <param name="awaitFor">For one node of the function (not of functions nested in it), the await it gets, or null.</param>
    public static async Task<Func<CancellationToken, Task<Solution>>?> TryPlanAsync(
        Document document,
        SemanticModel model,
        SyntaxNode trigger,
        Func<SyntaxNode, AwaitRewrite?> awaitFor,
        ConvertibleReturns convertible,
        CancellationToken cancellationToken)
    {
        var function = AwaitPlacement.FunctionToMakeAsync(trigger);
        if (function is null || FunctionSyntax.IsAsync(function) || FunctionSyntax.Body(function) is null
            || FunctionSymbol(model, function, cancellationToken) is not { } symbol
            || !CanBecomeAsync(symbol, function, model, cancellationToken))
        {
            return null;
        }

        var rewrites = AwaitRewritesIn(function, awaitFor);
        if (!rewrites.Any(rewrite => rewrite.Target == trigger))
        {
            return null;
        }

        var types = ThreadingTypes.Create(model.Compilation);
        if (types.IsAsyncReturnType(symbol.ReturnType))
        {
            var returns = (convertible & ConvertibleReturns.TaskLike) != 0
                ? TaskReturnRewrites.Plan(model, function, symbol.ReturnType, types, cancellationToken)
                : null;
            return returns is null ? null : token => ApplyAsync(document, function, [.. rewrites, .. returns], [], changeReturnType: false, token);
        }

        if ((convertible & ConvertibleReturns.VoidOrValue) == 0
            || function is AnonymousFunctionExpressionSyntax
            || !IsSignatureOwned(symbol, types)
            || IsPublicApiOfLibrary(symbol, model.Compilation))
        {
            return null;
        }

        var callers = await AsyncCallers.FindAsync(symbol, document.Project.Solution, function, cancellationToken).ConfigureAwait(false);
        return callers is null ? null : token => ApplyAsync(document, function, rewrites, callers, changeReturnType: true, token);
    }

    private static IMethodSymbol? FunctionSymbol(SemanticModel model, SyntaxNode function, CancellationToken cancellationToken) =>
        function is AnonymousFunctionExpressionSyntax
            ? model.GetSymbolInfo(function, cancellationToken).Symbol as IMethodSymbol
            : model.GetDeclaredSymbol(function, cancellationToken) as IMethodSymbol;

    private static bool CanBecomeAsync(IMethodSymbol symbol, SyntaxNode function, SemanticModel model, CancellationToken cancellationToken) =>
        !EnclosingFunction.IsEntryPoint(symbol)
        && !symbol.ReturnsByRef
        && !symbol.ReturnsByRefReadonly
        && !symbol.ReturnType.IsRefLikeType
        && symbol.Parameters.All(parameter => parameter.RefKind == RefKind.None && !parameter.Type.IsRefLikeType)
        && !FunctionSyntax.OwnNodes(function).Any(node => node is YieldStatementSyntax)
        && !AwaitPlacement.HasRefLocals(model, function, cancellationToken);

    /// <summary>Not an override, interface implementation, virtual, partial or event handler: nothing else fixes its signature.</summary>
    private static bool IsSignatureOwned(IMethodSymbol symbol, ThreadingTypes types) =>
        symbol.MethodKind is MethodKind.Ordinary or MethodKind.LocalFunction
        && !symbol.IsVirtual && !symbol.IsAbstract && !symbol.IsOverride && !symbol.IsExtern
        && symbol.PartialDefinitionPart is null && symbol.PartialImplementationPart is null
        && !SignatureOwnership.IsImposed(symbol)
        && !EventHandlerShape.Matches(symbol, types.EventArgs);

    /// <summary>
    /// A <c>void</c>/<c>T</c> member that code outside the solution may call: public or protected all the way out, in
    /// a class library. Those callers cannot be seen or awaited, and compiled against <c>void</c> they would fail with
    /// MissingMethodException. An executable's public members have no callers outside the solution.
    /// </summary>
    private static bool IsPublicApiOfLibrary(IMethodSymbol symbol, Compilation compilation)
    {
        if (compilation.Options.OutputKind is not (OutputKind.DynamicallyLinkedLibrary or OutputKind.NetModule or OutputKind.WindowsRuntimeMetadata)
            || symbol.MethodKind == MethodKind.LocalFunction)
        {
            return false;
        }

        for (ISymbol? current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The awaits the fixer asks for, in the function's own code where an await may stand.</summary>
    private static List<AwaitRewrite> AwaitRewritesIn(SyntaxNode function, Func<SyntaxNode, AwaitRewrite?> awaitFor)
    {
        var rewrites = new List<AwaitRewrite>();
        foreach (var node in FunctionSyntax.OwnNodes(function))
        {
            if (awaitFor(node) is { } rewrite && AwaitPlacement.CanAwaitAt(node, function))
            {
                rewrites.Add(rewrite);
            }
        }

        return rewrites;
    }

    private static async Task<Solution> ApplyAsync(
        Document document, SyntaxNode function, List<AwaitRewrite> rewrites, List<CallerEdit> callers, bool changeReturnType, CancellationToken cancellationToken)
    {
        var solution = document.Project.Solution;
        var byDocument = callers.GroupBy(caller => caller.Document).ToDictionary(group => group.Key, group => group.ToList());
        if (!byDocument.ContainsKey(document.Id))
        {
            byDocument[document.Id] = [];
        }

        foreach (var entry in byDocument)
        {
            var (documentId, edits) = (entry.Key, entry.Value);
            var current = solution.GetDocument(documentId)!;
            var editor = await DocumentEditor.CreateAsync(current, cancellationToken).ConfigureAwait(false);
            var ownRewrites = documentId == document.Id ? rewrites : [];
            var callerRewrites = edits.Select(edit => AwaitRewrites.AwaitCall(editor.OriginalRoot.FindNode(edit.Invocation, getInnermostNodeForTie: true)));

            // Innermost first, so an outer rewrite sees (and keeps) the inner one; the declaration last.
            foreach (var rewrite in ownRewrites.Concat(callerRewrites).OrderBy(rewrite => rewrite.Target.Span.Length))
            {
                editor.ReplaceNode(rewrite.Target, (node, _) => rewrite.Transform(node));
            }

            if (documentId == document.Id)
            {
                editor.ReplaceNode(function, (node, _) => MakeAsync(node, changeReturnType));
            }

            var changed = await ImportAdder.AddImportsAsync(editor.GetChangedDocument(), Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            solution = changed.Project.Solution;
        }

        return solution;
    }

    private static SyntaxNode MakeAsync(SyntaxNode function, bool changeReturnType)
    {
        switch (function)
        {
            case MethodDeclarationSyntax method:
                var (methodModifiers, methodReturnType) = AddAsync(method.Modifiers, method.ReturnType, changeReturnType);
                method = method.WithModifiers(methodModifiers).WithReturnType(methodReturnType);
                return method.Body is { } methodBody ? method.WithBody(TaskReturnRewrites.WithoutTrailingEmptyReturn(methodBody)) : method;

            case LocalFunctionStatementSyntax local:
                var (localModifiers, localReturnType) = AddAsync(local.Modifiers, local.ReturnType, changeReturnType);
                local = local.WithModifiers(localModifiers).WithReturnType(localReturnType);
                return local.Body is { } localBody ? local.WithBody(TaskReturnRewrites.WithoutTrailingEmptyReturn(localBody)) : local;

            case AnonymousFunctionExpressionSyntax anonymous:
                var withAsync = anonymous.WithoutLeadingTrivia()
                    .WithAsyncKeyword(SyntaxFactory.Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(SyntaxFactory.Space))
                    .WithLeadingTrivia(anonymous.GetLeadingTrivia());
                return withAsync.Block is { } block ? withAsync.WithBlock(TaskReturnRewrites.WithoutTrailingEmptyReturn(block)) : withAsync;

            default:
                return function;
        }
    }

    private static (SyntaxTokenList Modifiers, TypeSyntax ReturnType) AddAsync(SyntaxTokenList modifiers, TypeSyntax returnType, bool changeReturnType)
    {
        var newReturnType = changeReturnType ? TaskTypeSyntax.Returning(returnType) : returnType;
        var asyncKeyword = SyntaxFactory.Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        if (modifiers.Count == 0)
        {
            // The declaration's leading trivia (indentation, comments) sits on the return type: move it to 'async'.
            return (SyntaxFactory.TokenList(asyncKeyword.WithLeadingTrivia(returnType.GetLeadingTrivia())), newReturnType.WithLeadingTrivia());
        }

        return (modifiers.Add(asyncKeyword), newReturnType);
    }
}
