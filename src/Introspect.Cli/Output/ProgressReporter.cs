using Introspect.Cli.Commands;
using Spectre.Console;

namespace Introspect.Cli.Output;

/// <summary>
/// Progress on standard error: a spinner on an interactive terminal; nothing when redirected or in CI, where
/// <c>--verbosity detailed</c> prints plain lines with timings instead.
/// </summary>
internal sealed class ProgressReporter(CliConsole console, Verbosity verbosity)
{
    public async Task<T> RunAsync<T>(string description, Func<Task<T>> work)
    {
        if (console.IsTerminal && verbosity >= Verbosity.Normal)
        {
            return await console.Error.Status().StartAsync($"{Markup.Escape(description)}…", _ => work()).ConfigureAwait(false);
        }

        if (verbosity >= Verbosity.Detailed)
        {
            console.ErrorWriter.WriteLine($"{description}…");
        }

        return await work().ConfigureAwait(false);
    }

    public void Detail(string line)
    {
        if (verbosity >= Verbosity.Detailed)
        {
            console.ErrorWriter.WriteLine(line);
        }
    }
}
