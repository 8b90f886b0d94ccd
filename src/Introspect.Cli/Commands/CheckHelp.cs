namespace Introspect.Cli.Commands;

/// <summary>The text <c>introspect check --help</c> shows, exit codes included.</summary>
internal static class CheckHelp
{
    public const string Description =
        """
        Run the Introspect rules over a solution or project and report the findings.

        Exit codes:
          0  clean: everything was analysed and nothing is at or above --fail-on
          1  findings at or above --fail-on
          2  usage error: a bad option, or an input that does not exist
          3  incomplete: the input or one of its projects could not be loaded or analysed
        """;
}
