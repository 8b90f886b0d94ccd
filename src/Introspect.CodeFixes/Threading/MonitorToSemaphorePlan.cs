using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// The INTR110 rewrite for a Monitor held across awaits: the private <c>object</c> lock field becomes a
/// <c>SemaphoreSlim(1, 1)</c>, every <c>Monitor.Enter(field);</c> becomes <c>await field.WaitAsync();</c> and every
/// <c>Monitor.Exit(field);</c> becomes <c>field.Release();</c>. Planned only when those statements are the field's
/// only uses in its type and every Enter sits where <c>await</c> is allowed; anything else (a <c>lock</c> statement,
/// Monitor.Wait/Pulse, TryEnter, a taken flag, a sync caller) would change meaning, so no fix is offered.
/// </summary>
internal sealed class MonitorToSemaphorePlan : IAcquireRewrite
{
    private readonly VariableDeclarationSyntax _declaration;
    private readonly List<ExpressionStatementSyntax> _enters;
    private readonly List<ExpressionStatementSyntax> _exits;
    private readonly bool _targetTypedNew;

    private MonitorToSemaphorePlan(
        VariableDeclarationSyntax declaration, List<ExpressionStatementSyntax> enters, List<ExpressionStatementSyntax> exits, bool targetTypedNew)
    {
        _declaration = declaration;
        _enters = enters;
        _exits = exits;
        _targetTypedNew = targetTypedNew;
    }

    public static MonitorToSemaphorePlan? Create(SemanticModel semanticModel, InvocationExpressionSyntax acquireSyntax, CancellationToken cancellationToken)
    {
        if (AcquireRewriteFix.ClassifyAcquire(semanticModel, acquireSyntax, cancellationToken, out var apis)
                is not { Family: LockFamily.Monitor, Key.OwnField: { } field }
            || !IsPlainPrivateObjectField(field, cancellationToken, out var declaration)
            || declaration.SyntaxTree != semanticModel.SyntaxTree
            || field.ContainingType.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var enters = new List<ExpressionStatementSyntax>();
        var exits = new List<ExpressionStatementSyntax>();
        var typeDeclaration = field.ContainingType.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        foreach (var identifier in typeDeclaration.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != field.Name
                || !SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol, field))
            {
                continue;
            }

            ExpressionSyntax reference = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? access : identifier;
            if (reference.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax call } }
                || call.Parent is not ExpressionStatementSyntax statement
                || semanticModel.GetOperation(call, cancellationToken) is not IInvocationOperation operation
                || apis.Classify(operation) is not { Family: LockFamily.Monitor } monitorCall)
            {
                return null;
            }

            if (monitorCall.IsRelease)
            {
                exits.Add(statement);
            }
            else if (operation.TargetMethod.Name == "Enter" && CanAwaitAt(statement))
            {
                enters.Add(statement);
            }
            else
            {
                return null;
            }
        }

        var languageVersion = ((CSharpParseOptions)semanticModel.SyntaxTree.Options).LanguageVersion;
        return enters.Count == 0 ? null : new MonitorToSemaphorePlan(declaration, enters, exits, languageVersion >= LanguageVersion.CSharp9);
    }

    public void Apply(SyntaxEditor editor)
    {
        var semaphoreType = SyntaxFactory.ParseTypeName("System.Threading.SemaphoreSlim")
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        var oneSlot = SyntaxFactory.ParseArgumentList("(1, 1)");
        ExpressionSyntax creation = _targetTypedNew
            ? SyntaxFactory.ImplicitObjectCreationExpression(oneSlot, initializer: null)
            : SyntaxFactory.ObjectCreationExpression(semaphoreType, oneSlot, initializer: null);

        var variable = _declaration.Variables[0];
        editor.ReplaceNode(
            _declaration,
            _declaration
                .WithType(semaphoreType.WithTriviaFrom(_declaration.Type))
                .WithVariables(SyntaxFactory.SingletonSeparatedList(
                    variable.WithInitializer(variable.Initializer!.WithValue(creation.WithTriviaFrom(variable.Initializer.Value))))));

        foreach (var enter in _enters)
        {
            var field = LockExpression(enter);
            var wait = SyntaxFactory.AwaitExpression(
                SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, field, SyntaxFactory.IdentifierName("WaitAsync"))));
            editor.ReplaceNode(enter, enter.WithExpression(wait.WithTriviaFrom(enter.Expression)));
        }

        foreach (var exit in _exits)
        {
            var release = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, LockExpression(exit), SyntaxFactory.IdentifierName("Release")));
            editor.ReplaceNode(exit, exit.WithExpression(release.WithTriviaFrom(exit.Expression)));
        }
    }

    private static ExpressionSyntax LockExpression(ExpressionStatementSyntax statement) =>
        ((InvocationExpressionSyntax)statement.Expression).ArgumentList.Arguments[0].Expression.WithoutTrivia();

    // `private readonly object _gate = new();` or `= new object();`, alone in its declaration.
    private static bool IsPlainPrivateObjectField(IFieldSymbol field, CancellationToken cancellationToken, out VariableDeclarationSyntax declaration)
    {
        declaration = null!;
        if (field.DeclaredAccessibility != Accessibility.Private || field.Type.SpecialType != SpecialType.System_Object
            || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax
            {
                Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax } variableDeclaration,
                Initializer.Value: var value,
            })
        {
            return false;
        }

        declaration = variableDeclaration;
        return value switch
        {
            ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0, Initializer: null } => true,
            ObjectCreationExpressionSyntax { ArgumentList: null or { Arguments.Count: 0 }, Initializer: null, Type: PredefinedTypeSyntax } => true,
            _ => false,
        };
    }

    // Inside an async method, lambda or local function, and not inside a lock statement (where await is an error).
    private static bool CanAwaitAt(StatementSyntax statement)
    {
        foreach (var ancestor in statement.Ancestors())
        {
            switch (ancestor)
            {
                case LockStatementSyntax:
                    return false;
                case AnonymousFunctionExpressionSyntax lambda:
                    return lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword);
                case LocalFunctionStatementSyntax local:
                    return local.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case MethodDeclarationSyntax method:
                    return method.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }
}
