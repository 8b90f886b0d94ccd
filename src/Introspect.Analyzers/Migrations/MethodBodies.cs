using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.Analyzers.Migrations;

/// <summary>The operation tree of a method written in source (block or expression body).</summary>
internal static class MethodBodies
{
    public static IOperation? Operation(IMethodSymbol? method, Compilation compilation, CancellationToken cancellationToken)
    {
        if (method?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is not BaseMethodDeclarationSyntax declaration)
        {
            return null;
        }

        SyntaxNode? body = (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody;
        return body is null ? null : compilation.GetSemanticModel(declaration.SyntaxTree).GetOperation(declaration, cancellationToken);
    }

    /// <summary>
    /// What a Down method offers: nothing (no statements), only a throw, or real work. Comments and empty statements
    /// do not count as work.
    /// </summary>
    public static Model.RollbackState RollbackOf(IMethodSymbol? down, IOperation? body)
    {
        if (down is null)
        {
            return Model.RollbackState.Missing;
        }

        var statements = Statements(body).ToList();
        if (statements.Count == 0)
        {
            return Model.RollbackState.Empty;
        }

        return statements.All(statement => statement is Microsoft.CodeAnalysis.Operations.IThrowOperation
                || statement is Microsoft.CodeAnalysis.Operations.IExpressionStatementOperation { Operation: Microsoft.CodeAnalysis.Operations.IThrowOperation })
            ? Model.RollbackState.Throws
            : Model.RollbackState.Present;
    }

    private static IEnumerable<IOperation> Statements(IOperation? body)
    {
        var block = body switch
        {
            Microsoft.CodeAnalysis.Operations.IMethodBodyOperation method => (IOperation?)method.BlockBody ?? method.ExpressionBody,
            _ => body,
        };

        return block is Microsoft.CodeAnalysis.Operations.IBlockOperation statements
            ? statements.Operations.Where(statement => statement is not (Microsoft.CodeAnalysis.Operations.IEmptyOperation or Microsoft.CodeAnalysis.Operations.IReturnOperation { ReturnedValue: null, IsImplicit: true }))
            : Enumerable.Empty<IOperation>();
    }
}
