using Introspect.Docs.Rules;

namespace Introspect.Docs.Tests;

public sealed class RulePageTests
{
    [Fact]
    public void Page_IsReadIntoIdTitleAndSections()
    {
        var page = RulePage.Parse("""
            # INTR101: Return Task from async methods that are not event handlers

            ## Why it matters
            text
            ## Bad
            ```csharp
            ## not a section: inside a code block
            ```
            ## Good
            """);

        Assert.Equal("INTR101", page.Id);
        Assert.Equal("Return Task from async methods that are not event handlers", page.Title);
        Assert.Equal(["Why it matters", "Bad", "Good"], page.Sections);
    }

    [Fact]
    public void WindowsLineEndings_AreRead()
    {
        var page = RulePage.Parse("# INTR102: Title\r\n\r\n## Bad\r\n");

        Assert.Equal("Title", page.Title);
        Assert.Equal(["Bad"], page.Sections);
    }

    [Theory]
    [InlineData("no heading at all")]
    [InlineData("# Heading without an id")]
    public void PageWithoutAnIdHeading_IsAFormatError(string markdown) =>
        Assert.Throws<FormatException>(() => RulePage.Parse(markdown));
}
