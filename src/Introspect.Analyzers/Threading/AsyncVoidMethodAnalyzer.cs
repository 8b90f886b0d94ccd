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
            var eventArgsType = start.Compilation.GetTypeByMetadataName(WellKnownTypeNames.EventArgs);
            start.RegisterSyntaxNodeAction(
                nodeContext => AnalyzeDeclaration(nodeContext, eventArgsType),
                SyntaxKind.MethodDeclaration,
                SyntaxKind.LocalFunctionStatement);
        });
    }

    private static void AnalyzeDeclaration(SyntaxNodeAnalysisContext context, INamedTypeSymbol? eventArgsType)
    {
        // Syntax first: almost no method is async void, so most declarations never touch the semantic model.
        var (modifiers, returnType, identifier) = context.Node switch
        {
            MethodDeclarationSyntax declaration => (declaration.Modifiers, declaration.ReturnType, declaration.Identifier),
            LocalFunctionStatementSyntax local => (local.Modifiers, local.ReturnType, local.Identifier),
            _ => default,
        };

        if (returnType is not PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword }
            || !modifiers.Any(SyntaxKind.AsyncKeyword))
        {
            return;
        }

        if (context.SemanticModel.GetDeclaredSymbol(context.Node, context.CancellationToken) is not IMethodSymbol method
            || !method.IsAsync
            || !method.ReturnsVoid)
        {
            return;
        }

        if (EventHandlerShape.Matches(method, eventArgsType) || SignatureOwnership.IsImposed(method))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, identifier.GetLocation(), method.Name));
    }
}
