using System.Text;
using Introspect.Comparison.Reporting;

namespace Introspect.Comparison.Tests;

/// <summary>The tables of the generated pages stay well-formed whatever a case description says.</summary>
public sealed class MarkdownTableTests
{
    [Fact]
    public void PipeInACell_IsEscaped()
    {
        var output = new StringBuilder();

        new MarkdownTable("case", "what").Row("INTR103/X", "a | b").WriteTo(output);

        Assert.Equal("| case | what |\n|---|---|\n| INTR103/X | a \\| b |\n", output.ToString());
    }

    [Fact]
    public void RowWithTheWrongNumberOfCells_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new MarkdownTable("case", "what").Row("only one"));
    }
}
