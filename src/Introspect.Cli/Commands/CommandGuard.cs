using Introspect.Core.Loading;
using Spectre.Console;

namespace Introspect.Cli.Commands;

/// <summary>
/// How every command turns failures into exit codes: problems the user can fix are one clear line on standard error,
/// never a stack trace (unless <c>--verbosity diagnostic</c>).
/// </summary>
internal static class CommandGuard
{
    public static async Task<int> RunAsync(Func<Task<int>> command, Verbosity verbosity, CliConsole console)
    {
        try
        {
            return await command().ConfigureAwait(false);
        }
        catch (UsageException exception)
        {
            return Fail(console, exception.Message, ExitCodes.UsageError);
        }
        catch (LoadException exception)
        {
            return Fail(console, exception.Message, ExitCodes.LoadFailure);
        }
        catch (OperationCanceledException)
        {
            return Fail(console, "cancelled; the result is incomplete.", ExitCodes.LoadFailure);
        }
        catch (Exception exception) when (verbosity < Verbosity.Diagnostic)
        {
            return Fail(console, $"unexpected failure: {exception.Message} (run with --verbosity diagnostic for details)", ExitCodes.LoadFailure);
        }
    }

    /// <summary>Turns the errors a user can fix (a bad path, an unknown rule, an unwritable file, a git ref) into usage errors.</summary>
    public static T Usage<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception exception) when (exception is InputException or ArgumentException or IOException or UnauthorizedAccessException or Introspect.Core.Git.GitException)
        {
            throw new UsageException(exception.Message);
        }
    }

    public static async Task<T> UsageAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is Introspect.Core.Git.GitException or InputException)
        {
            // InputException: a malformed introspect.json, read when INTR221 looks for the jobs.
            throw new UsageException(exception.Message);
        }
    }

    private static int Fail(CliConsole console, string message, int exitCode)
    {
        console.Error.MarkupLineInterpolated($"[red]error:[/] {message}");
        return exitCode;
    }
}
