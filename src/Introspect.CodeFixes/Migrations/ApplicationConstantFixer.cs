using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.CodeFixes.Migrations;

/// <summary>
/// INTR218 fix for constants of the app: <c>(int)ServerStatus.Active</c> becomes <c>1 /* ServerStatus.Active */</c>,
/// <c>TableNames.Servers</c> becomes <c>"Servers" /* TableNames.Servers */</c>. The compiler has already put today's
/// value into the migration, so writing it out keeps the migration's behaviour and freezes it. Offered only where the
/// literal has the same type as the expression it replaces (an enum member only under an explicit cast to a number);
/// entities, services and the DbContext have no such fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ApplicationConstantFixer))]
[Shared]
public sealed class ApplicationConstantFixer : CodeFixProvider
{
    private const string Title = "Write out today's value of the constant";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ApplicationTypeInMigration);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not ExpressionSyntax expression || model is null)
        {
            return;
        }

        if (ConstantUse(model.GetOperation(expression, context.CancellationToken)) is not { } use)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, cancellationToken => InlineAsync(context.Document, use.Node, use.Value, expression.ToString(), cancellationToken), equivalenceKey: Title),
            context.Diagnostics);
    }

    /// <summary>The expression to replace and its value: the constant itself, or the explicit cast of an enum member.</summary>
    private static (SyntaxNode Node, object Value)? ConstantUse(IOperation? operation)
    {
        if (operation is not IFieldReferenceOperation { ConstantValue: { HasValue: true, Value: { } value } } field)
        {
            return null;
        }

        if (field.Type?.TypeKind != TypeKind.Enum)
        {
            return HasOwnLiteral(field.Type) ? (field.Syntax, value) : null;
        }

        var cast = field.Parent;
        while (cast is IParenthesizedOperation)
        {
            cast = cast.Parent;
        }

        return cast is IConversionOperation { IsImplicit: false, ConstantValue: { HasValue: true, Value: { } castValue } } conversion
            && HasOwnLiteral(conversion.Type)
            && conversion.Syntax is CastExpressionSyntax
            ? (conversion.Syntax, castValue)
            : null;
    }

    /// <summary>Types whose literal has that very type, so that an object parameter receives the same boxed value.</summary>
    private static bool HasOwnLiteral(ITypeSymbol? type) => type?.SpecialType is
        SpecialType.System_String or SpecialType.System_Boolean or SpecialType.System_Char
        or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64
        or SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal;

    private static async Task<Document> InlineAsync(Document document, SyntaxNode node, object value, string name, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var literal = SyntaxGenerator.GetGenerator(document).LiteralExpression(value)
            .WithLeadingTrivia(node.GetLeadingTrivia())
            .WithTrailingTrivia(node.GetTrailingTrivia().Insert(0, SyntaxFactory.Comment($"/* {name} */")).Insert(0, SyntaxFactory.Space));
        return document.WithSyntaxRoot(root.ReplaceNode(node, literal));
    }
}
