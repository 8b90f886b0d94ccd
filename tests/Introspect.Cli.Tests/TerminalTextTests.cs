using Introspect.Cli.Output;

namespace Introspect.Cli.Tests;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("var banner = \"\u001b[31mred\u001b[0m\";", "var banner = \"?[31mred?[0m\";")]
    [InlineData("line\rover", "line?over")]
    [InlineData("\tindented", " indented")]
    [InlineData("bidi \u202Eevil\u202C", "bidi ?evil?")]
    [InlineData("plain text", "plain text")]
    public void ControlCharacters_NeverReachTheTerminal(string input, string expected) =>
        Assert.Equal(expected, TerminalText.Sanitise(input));
}
