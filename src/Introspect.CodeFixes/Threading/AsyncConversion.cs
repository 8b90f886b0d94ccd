using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// "Make the method async and await": adds <c>async</c> to the synchronous function around a blocking call, awaits every
/// blocking call and <c>Thread.Sleep</c> in it that can be awaited, and keeps the function's meaning:
/// a Task-returning function keeps its signature (its returns are rewritten), a <c>void</c>/<c>T</c> method becomes
/// <c>Task</c>/<c>Task&lt;T&gt;</c> only when its signature is its own and every caller can await it (those calls are
/// awaited too).
/// </summary>
internal static class AsyncConversion
{
    private static readonly HashSet<string> BlockingNames = new(StringComparer.Ordinal) { "Result", "Wait", "GetResult", "WaitAll", "WaitAny", "Sleep" };

    /// <summary>The change to apply, or null when the function around <paramref name="trigger"/> cannot honestly become async.</summary>
    public static async Task<Func<CancellationToken, Task<Solution>>?> TryPlanAsync(Document document, SyntaxNode trigger, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var function = AwaitPlacement.EnclosingFunction(trigger);
        if (model is null || function is null || AwaitPlacement.IsAsync(function) || AwaitPlacement.Body(function) is null
            || BlockingTaskCalls.Create(model.Compilation) is not { } calls
            || FunctionSymbol(model, function, cancellationToken) is not { } symbol
            || !CanBecomeAsync(symbol, function, model, cancellationToken))
        {
            return null;
        }

        var rewrites = AwaitRewritesIn(function, model, calls, cancellationToken);
        if (!rewrites.Any(rewrite => rewrite.Target == trigger))
        {
            return null;
        }

        if (IsAwaitableReturnType(symbol.ReturnType, calls.Types))
        {
            var returns = TaskReturnRewrites.Plan(model, function, symbol.ReturnType, calls.Types, cancellationToken);
            return returns is null ? null : token => ApplyAsync(document, function, [.. rewrites, .. returns], [], changeReturnType: false, token);
        }

        if (function is AnonymousFunctionExpressionSyntax || !IsSignatureOwned(symbol, model.Compilation))
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
        && !AwaitPlacement.OwnNodes(function).Any(node => node is YieldStatementSyntax)
        && !AwaitPlacement.HasRefLocals(model, function, cancellationToken);

    /// <summary>Task, Task&lt;T&gt;, ValueTask or ValueTask&lt;T&gt; exactly: types an async method may return.</summary>
    private static bool IsAwaitableReturnType(ITypeSymbol type, ThreadingTypes types)
    {
        var definition = type.OriginalDefinition;
        return ThreadingTypes.Is(definition, types.Task) || ThreadingTypes.Is(definition, types.TaskOfT)
            || ThreadingTypes.Is(definition, types.ValueTask) || ThreadingTypes.Is(definition, types.ValueTaskOfT);
    }

    /// <summary>Not an override, interface implementation, virtual, partial or event handler: nothing else fixes its signature.</summary>
    private static bool IsSignatureOwned(IMethodSymbol symbol, Compilation compilation) =>
        symbol.MethodKind is MethodKind.Ordinary or MethodKind.LocalFunction
        && !symbol.IsVirtual && !symbol.IsAbstract && !symbol.IsOverride && !symbol.IsExtern
        && symbol.PartialDefinitionPart is null && symbol.PartialImplementationPart is null
        && !SignatureOwnership.IsImposed(symbol)
        && !EventHandlerShape.Matches(symbol, compilation.GetTypeByMetadataName(WellKnownTypeNames.EventArgs));

    /// <summary>Every blocking call and Thread.Sleep of the function (not of nested functions) that has an await form.</summary>
    private static List<AwaitRewrite> AwaitRewritesIn(SyntaxNode function, SemanticModel model, BlockingTaskCalls calls, CancellationToken cancellationToken)
    {
        var rewrites = new List<AwaitRewrite>();
        foreach (var node in AwaitPlacement.OwnNodes(function))
        {
            var name = node switch
            {
                MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax called } => called.Name.Identifier.ValueText,
                InvocationExpressionSyntax { Expression: IdentifierNameSyntax called } => called.Identifier.ValueText,
                _ => null,
            };

            if (name is null || !BlockingNames.Contains(name) || !AwaitPlacement.CanAwaitAt(node, function))
            {
                continue;
            }

            var rewrite = name == "Sleep"
                ? AwaitRewrites.ForThreadSleep(model, node, cancellationToken)
                : IsReportedBlockingCall(node, model, calls, cancellationToken) ? AwaitRewrites.ForBlockingTaskCall(model, node, calls, cancellationToken) : null;
            if (rewrite is not null)
            {
                rewrites.Add(rewrite);
            }
        }

        return rewrites;
    }

    private static bool IsReportedBlockingCall(SyntaxNode node, SemanticModel model, BlockingTaskCalls calls, CancellationToken cancellationToken) =>
        model.GetOperation(node, cancellationToken) is { } operation
        && calls.TryRecognize(operation, out var call)
        && (call.Subject is null || !TaskCompletionFacts.IsKnownComplete(call.Subject, call.Operation, calls.Types));

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
        var newReturnType = changeReturnType ? TaskOf(returnType) : returnType;
        var asyncKeyword = SyntaxFactory.Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        if (modifiers.Count == 0)
        {
            // The declaration's leading trivia (indentation, comments) sits on the return type: move it to 'async'.
            return (SyntaxFactory.TokenList(asyncKeyword.WithLeadingTrivia(returnType.GetLeadingTrivia())), newReturnType.WithLeadingTrivia());
        }

        return (modifiers.Add(asyncKeyword), newReturnType);
    }

    private static TypeSyntax TaskOf(TypeSyntax returnType)
    {
        var task = returnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword }
            ? SyntaxFactory.ParseTypeName("System.Threading.Tasks.Task")
            : SyntaxFactory.QualifiedName(
                SyntaxFactory.ParseName("System.Threading.Tasks"),
                SyntaxFactory.GenericName(SyntaxFactory.Identifier("Task"), SyntaxFactory.TypeArgumentList(SyntaxFactory.SingletonSeparatedList(returnType.WithoutTrivia()))));
        return task.WithTriviaFrom(returnType).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
    }
}
