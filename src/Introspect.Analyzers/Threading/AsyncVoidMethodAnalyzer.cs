using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR101: an <c>async void</c> method or local function that is not an event handler.
/// Its exceptions are rethrown on the thread pool (crashing the process) and nobody can await it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AsyncVoidMethodAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.AsyncVoidMethod,
        title: "Return Task from async methods that are not event handlers",
        messageFormat: "Async method '{0}' returns void: an exception it throws crashes the process and callers cannot await it; return Task instead",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "An async void method cannot be awaited, so callers cannot know when it finishes, and an exception it throws is raised on the thread pool, where it ends the process. Only event handlers, whose signature is fixed by the event, should be async void.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Looked up only when an async void method turns up.
            var eventArgsType = new LazyType(start.Compilation, WellKnownTypeNames.EventArgs);

            // Symbol actions cost no syntax walk. Local functions are not symbols of their own: their declarations are
            // screened by syntax (async and the void keyword, which no alias can stand for) before anything is bound.
            start.RegisterSymbolAction(symbolContext => AnalyzeMethod(symbolContext, eventArgsType), SymbolKind.Method);
            start.RegisterSyntaxNodeAction(
                syntaxContext => AnalyzeLocalFunction(syntaxContext, eventArgsType),
                SyntaxKind.LocalFunctionStatement);
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, LazyType eventArgsType)
    {
        var method = (IMethodSymbol)context.Symbol;

        // The async modifier is read from the declaration: the cheapest test, and nearly every method fails it.
        if (!(method.PartialImplementationPart ?? method).IsAsync
            || method.MethodKind is not (MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation))
        {
            return;
        }

        // For a partial method the body, and so the async modifier, is on the implementation part.
        var implementation = method.PartialImplementationPart ?? method;
        if (IsAsyncVoidOutsideEventHandler(implementation, eventArgsType) && !SignatureOwnership.IsImposed(implementation))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, implementation.Locations[0], implementation.Name));
        }
    }

    private static void AnalyzeLocalFunction(SyntaxNodeAnalysisContext context, LazyType eventArgsType)
    {
        var declaration = (LocalFunctionStatementSyntax)context.Node;
        if (!declaration.Modifiers.Any(SyntaxKind.AsyncKeyword)
            || declaration.ReturnType is not PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword })
        {
            return;
        }

        if (context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is IMethodSymbol localFunction
            && IsAsyncVoidOutsideEventHandler(localFunction, eventArgsType))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, localFunction.Locations[0], localFunction.Name));
        }
    }

    private static bool IsAsyncVoidOutsideEventHandler(IMethodSymbol method, LazyType eventArgsType) =>
        method.IsAsync && method.ReturnsVoid && !method.Locations.IsEmpty && method.Locations[0].IsInSource
        && !EventHandlerShape.Matches(method, eventArgsType.Symbol);
}
