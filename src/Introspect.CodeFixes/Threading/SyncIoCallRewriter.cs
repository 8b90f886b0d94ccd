using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Introspect.Analyzers.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// Rewrites reported synchronous I/O calls to the awaited async overload, passing a cancellation token in scope
/// where the overload takes one. Every rewrite is checked by binding the changed document: the new call must
/// resolve to the async method, the token must land on a CancellationToken parameter (not in a <c>params object[]</c>
/// or an <c>object param</c>), and the awaited value must have the type the old call had. A call that fails with the
/// token is tried without it; one that still fails is left as it was.
/// </summary>
internal static class SyncIoCallRewriter
{
    private const int MaxRounds = 3;

    /// <summary>The document with every call that can be rewritten honestly rewritten, or null when none can.</summary>
    public static async Task<Document?> RewriteAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return null;
        }

        var sites = new List<Site>();
        foreach (var diagnostic in diagnostics)
        {
            if (Site.Create(root, model, diagnostic, cancellationToken) is { } site && sites.All(other => other.Call != site.Call))
            {
                sites.Add(site);
            }
        }

        for (var round = 0; round < MaxRounds && sites.Count > 0; round++)
        {
            var newRoot = root.ReplaceNodes(sites.Select(site => site.Call), (original, current) => sites.First(site => site.Call == original).Rewrite(current));
            newRoot = UsingDirectives.Add(newRoot, sites.Where(site => site.ImportNamespace is not null).Select(site => site.ImportNamespace!));
            var newDocument = document.WithSyntaxRoot(newRoot);
            var newModel = await newDocument.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var changedRoot = await newDocument.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (newModel is null || changedRoot is null)
            {
                return null;
            }

            var failed = sites.Where(site => !site.Binds(changedRoot, newModel, cancellationToken)).ToList();
            if (failed.Count == 0)
            {
                return newDocument;
            }

            foreach (var site in failed)
            {
                if (site.Token is not null)
                {
                    site.Token = null;
                }
                else
                {
                    sites.Remove(site);
                }
            }
        }

        return null;
    }

    /// <summary>One reported call, what it becomes, and how to check the result.</summary>
    private sealed class Site
    {
        private readonly SyntaxAnnotation _annotation = new("Introspect.SyncIoCall");
        private readonly string _asyncName;
        private readonly string _originalType;

        private Site(InvocationExpressionSyntax call, string asyncName, ExpressionSyntax? token, string originalType, string? importNamespace)
        {
            Call = call;
            _asyncName = asyncName;
            Token = token;
            _originalType = originalType;
            ImportNamespace = importNamespace;
        }

        public InvocationExpressionSyntax Call { get; }

        public ExpressionSyntax? Token { get; set; }

        public string? ImportNamespace { get; }

        public static Site? Create(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (!diagnostic.Properties.TryGetValue(SyncIoInAsyncCodeAnalyzer.AsyncNameProperty, out var asyncName) || asyncName is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                    .FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } call
                || call.Expression is MemberBindingExpressionSyntax
                || AwaitPlacement.AwaitOwner(call) is not { } owner
                || !AwaitPlacement.CanAwaitAt(call, owner)
                || model.GetOperation(call, cancellationToken) is not IInvocationOperation operation)
            {
                return null;
            }

            var token = PassesToken(operation) ? null : CancellationTokenInScope.Find(model, call, cancellationToken);
            var originalType = operation.Type?.ToDisplayString() ?? "void";
            diagnostic.Properties.TryGetValue(SyncIoInAsyncCodeAnalyzer.ImportNamespaceProperty, out var importNamespace);
            if (importNamespace is not null && IsVisible(model, call, asyncName))
            {
                importNamespace = null;
            }

            return new Site(call, asyncName, token, originalType, importNamespace);
        }

        /// <summary><c>x.Read(...)</c> becomes <c>await x.ReadAsync(..., token)</c>, built on the current (possibly already rewritten) call.</summary>
        public SyntaxNode Rewrite(InvocationExpressionSyntax current)
        {
            var renamed = current.Expression switch
            {
                MemberAccessExpressionSyntax access => (ExpressionSyntax)access.WithName(Renamed(access.Name)),
                SimpleNameSyntax name => Renamed(name),
                _ => current.Expression,
            };

            var arguments = current.ArgumentList;
            if (Token is not null)
            {
                var existing = arguments.Arguments;
                var separators = existing.GetSeparators().ToList();
                if (existing.Count > 0)
                {
                    separators.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
                }

                arguments = arguments.WithArguments(SyntaxFactory.SeparatedList(existing.Add(SyntaxFactory.Argument(Token)), separators));
            }

            var asyncCall = current.WithExpression(renamed).WithArgumentList(arguments).WithAdditionalAnnotations(_annotation);
            return AwaitPlacement.AwaitInPlace(Call, asyncCall);
        }

        public bool Binds(SyntaxNode changedRoot, SemanticModel changedModel, CancellationToken cancellationToken)
        {
            if (changedRoot.GetAnnotatedNodes(_annotation).FirstOrDefault() is not InvocationExpressionSyntax asyncCall
                || asyncCall.Parent is not AwaitExpressionSyntax awaited
                || changedModel.GetOperation(asyncCall, cancellationToken) is not IInvocationOperation operation
                || operation.TargetMethod.Name != _asyncName
                || changedModel.GetDiagnostics(awaited.Span, cancellationToken).Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
                || (changedModel.GetTypeInfo(awaited, cancellationToken).Type?.ToDisplayString() ?? "void") != _originalType)
            {
                return false;
            }

            return Token is null || operation.Arguments.Any(argument =>
                argument.ArgumentKind == ArgumentKind.Explicit
                && argument.Syntax is ArgumentSyntax syntax
                && syntax == asyncCall.ArgumentList.Arguments.Last()
                && argument.Parameter?.Type.ToDisplayString() == WellKnownTypeNames.CancellationToken);
        }

        private SimpleNameSyntax Renamed(SimpleNameSyntax name) =>
            name.WithIdentifier(SyntaxFactory.Identifier(name.Identifier.LeadingTrivia, _asyncName, name.Identifier.TrailingTrivia));

        private static bool PassesToken(IInvocationOperation operation) =>
            operation.Arguments.Any(argument => argument.ArgumentKind == ArgumentKind.Explicit
                && argument.Parameter?.Type.ToDisplayString() == WellKnownTypeNames.CancellationToken);

        /// <summary>Whether the async extension method already resolves here, through an existing or global using.</summary>
        private static bool IsVisible(SemanticModel model, InvocationExpressionSyntax call, string asyncName) =>
            call.Expression is MemberAccessExpressionSyntax access
            && model.GetTypeInfo(access.Expression).Type is { } receiverType
            && !model.LookupSymbols(call.SpanStart, receiverType, asyncName, includeReducedExtensionMethods: true).IsEmpty;
    }
}
