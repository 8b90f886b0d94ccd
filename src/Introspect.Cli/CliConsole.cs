using Spectre.Console;

namespace Introspect.Cli;

/// <summary>
/// Where the CLI writes: the report to standard output, problems to standard error. Each stream is available as a
/// Spectre console (for markup) and as a plain writer (for text that must not be re-wrapped, such as help).
/// </summary>
public sealed class CliConsole
{
    // Findings are one line each so that editors and scripts can parse them; never wrap them.
    private const int UnwrappedWidth = 4096;

    private CliConsole(TextWriter outWriter, TextWriter errorWriter, bool isTerminal)
    {
        OutWriter = outWriter;
        ErrorWriter = errorWriter;
        Out = Create(outWriter, isTerminal);
        Error = Create(errorWriter, isTerminal);
    }

    public IAnsiConsole Out { get; }

    public IAnsiConsole Error { get; }

    public TextWriter OutWriter { get; }

    public TextWriter ErrorWriter { get; }

    public static CliConsole FromProcess() =>
        new(Console.Out, Console.Error, isTerminal: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null);

    /// <summary>A console without colours or terminal features, as when output is redirected; used by tests.</summary>
    public static CliConsole Plain(TextWriter output, TextWriter error) => new(output, error, isTerminal: false);

    private static IAnsiConsole Create(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        console.Profile.Width = UnwrappedWidth;
        return console;
    }
}
