using Spectre.Console;

namespace Introspect.Cli;

/// <summary>
/// The world the CLI sees: standard output for the report, standard error for problems and progress (each as a
/// Spectre console for markup and as a plain writer for text that must not be re-wrapped), whether it talks to a
/// terminal, the environment variables and the current folder. Tests build one over string writers.
/// </summary>
public sealed class CliConsole
{
    // Findings are one line each so that editors and scripts can parse them; never wrap them.
    private const int UnwrappedWidth = 4096;

    private CliConsole(TextWriter outWriter, TextWriter errorWriter, bool isTerminal, Func<string, string?> environment, string currentDirectory)
    {
        OutWriter = outWriter;
        ErrorWriter = errorWriter;
        IsTerminal = isTerminal;
        GetEnvironmentVariable = environment;
        CurrentDirectory = currentDirectory;
        Out = Create(outWriter, isTerminal);
        Error = Create(errorWriter, isTerminal);
    }

    public IAnsiConsole Out { get; }

    public IAnsiConsole Error { get; }

    public TextWriter OutWriter { get; }

    public TextWriter ErrorWriter { get; }

    /// <summary>True on an interactive terminal: colours and progress. False when redirected or when CI is set.</summary>
    public bool IsTerminal { get; }

    public Func<string, string?> GetEnvironmentVariable { get; }

    public string CurrentDirectory { get; }

    public static CliConsole FromProcess() => new(
        Console.Out,
        Console.Error,
        isTerminal: !Console.IsOutputRedirected && !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
        Environment.GetEnvironmentVariable,
        Environment.CurrentDirectory);

    /// <summary>A console without colours or terminal features, as when output is redirected; used by tests.</summary>
    public static CliConsole Plain(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string>? environment = null, string? currentDirectory = null) =>
        new(
            output,
            error,
            isTerminal: false,
            name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
            currentDirectory ?? Environment.CurrentDirectory);

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
