using System.Diagnostics;

namespace Introspect.Core.Git;

/// <summary>The files a git commit holds, as paths relative to the work tree's root.</summary>
public static class GitFiles
{
    public static async Task<IReadOnlySet<string>> AtAsync(string workTreeRoot, string gitRef, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("git")
        {
            WorkingDirectory = workTreeRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ls-tree", "-r", "-z", "--name-only", gitRef, "--" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new GitException("Could not start git.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new GitException($"git is needed for --since and could not be started: {exception.Message}");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new GitException($"'{gitRef}' is not a commit git knows in {workTreeRoot}: {(await error.ConfigureAwait(false)).Trim()}");
            }

            return (await output.ConfigureAwait(false))
                .Split('\0', StringSplitOptions.RemoveEmptyEntries)
                .ToHashSet(StringComparer.Ordinal);
        }
    }
}

/// <summary>git could not answer; the message says why.</summary>
public sealed class GitException(string message) : Exception(message);
