using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>
/// Whether two pieces of code can never both run in one pass: the two branches of an <c>if</c>/<c>else</c> or a
/// <c>?:</c>, two sections of a <c>switch</c>, two arms of a switch expression. Read from syntax only.
/// </summary>
internal static class ExclusiveBranches
{
    public static bool AreExclusive(Location first, Location second, CancellationToken cancellationToken)
    {
        if (first.SourceTree is not { } tree || tree != second.SourceTree)
        {
            return false;
        }

        var root = tree.GetRoot(cancellationToken);
        var a = root.FindNode(first.SourceSpan, getInnermostNodeForTie: true);
        var b = root.FindNode(second.SourceSpan, getInnermostNodeForTie: true);
        var common = a.AncestorsAndSelf().FirstOrDefault(node => node.Span.Contains(b.Span));
        return common switch
        {
            IfStatementSyntax ifStatement => In(a, ifStatement.Statement) != In(b, ifStatement.Statement)
                && (In(a, ifStatement.Else) || In(b, ifStatement.Else)),
            ConditionalExpressionSyntax conditional => In(a, conditional.WhenTrue) != In(b, conditional.WhenTrue) && !In(a, conditional.Condition) && !In(b, conditional.Condition),
            SwitchStatementSyntax switchStatement => SectionOf(a, switchStatement) is { } sa && SectionOf(b, switchStatement) is { } sb && sa != sb,
            SwitchExpressionSyntax switchExpression => ArmOf(a, switchExpression) is { } aa && ArmOf(b, switchExpression) is { } ab && aa != ab,
            _ => false,
        };
    }

    private static bool In(SyntaxNode node, SyntaxNode? container) => container is not null && container.Span.Contains(node.Span);

    private static SwitchSectionSyntax? SectionOf(SyntaxNode node, SwitchStatementSyntax switchStatement) =>
        switchStatement.Sections.FirstOrDefault(section => section.Span.Contains(node.Span));

    private static SwitchExpressionArmSyntax? ArmOf(SyntaxNode node, SwitchExpressionSyntax switchExpression) =>
        switchExpression.Arms.FirstOrDefault(arm => arm.Span.Contains(node.Span));
}
