using System.CommandLine;
using Introspect.Cli.Commands;
using Spectre.Console;

namespace Introspect.Cli;

/// <summary>Builds the command tree and runs one command line.</summary>
public static class IntrospectCommandLine
{
    public static RootCommand CreateRootCommand(CliConsole console)
    {
        var root = new RootCommand(
            "Introspect reads a .NET operations codebase: it flags unsafe threading and forward-incompatible database migrations, and maps the automated jobs.");
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(MigrationsCommand.Create(console));
        root.Subcommands.Add(JobsCommand.Create(console));
        root.Subcommands.Add(DiagramCommand.Create(console));
        root.Subcommands.Add(DocsCommand.Create(console));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var parseResult = CreateRootCommand(console).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                console.Error.MarkupLineInterpolated($"[red]error:[/] {error.Message}");
            }

            console.Error.WriteLine("Run 'introspect --help' for usage.");
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration
        {
            Output = console.OutWriter,
            Error = console.ErrorWriter,
        };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
