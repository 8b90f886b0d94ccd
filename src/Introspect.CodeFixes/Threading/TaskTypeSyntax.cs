using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// <c>Task</c> and <c>Task&lt;T&gt;</c> written fully qualified and annotated, so the code action's simplifier shortens
/// them and <c>ImportAdder</c> adds <c>using System.Threading.Tasks;</c> where the file lacks it.
/// </summary>
internal static class TaskTypeSyntax
{
    public static TypeSyntax Task() => Annotated(SyntaxFactory.ParseTypeName("System.Threading.Tasks.Task"));

    /// <summary><c>Task</c> for <c>void</c>, <c>Task&lt;T&gt;</c> for any other <c>T</c>, with the trivia of the type it replaces.</summary>
    public static TypeSyntax Returning(TypeSyntax returnType)
    {
        var task = returnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword }
            ? Task()
            : Annotated(SyntaxFactory.QualifiedName(
                SyntaxFactory.ParseName("System.Threading.Tasks"),
                SyntaxFactory.GenericName(
                    SyntaxFactory.Identifier("Task"),
                    SyntaxFactory.TypeArgumentList(SyntaxFactory.SingletonSeparatedList(returnType.WithoutTrivia())))));
        return task.WithTriviaFrom(returnType);
    }

    /// <summary><c>Task.Name</c>, the start of a call such as <c>Task.Delay(...)</c> or <c>Task.Yield()</c>.</summary>
    public static MemberAccessExpressionSyntax Member(string name) =>
        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Task(), SyntaxFactory.IdentifierName(name));

    private static TypeSyntax Annotated(TypeSyntax type) => type.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
}
