using System.Diagnostics;

namespace Introspect.Core.Git;

/// <summary>
/// The work tree a folder is in, its <c>origin</c> remote's URL and the HEAD commit: what links to the code need. The
/// remote and the commit are null when the work tree has no origin or no commit yet.
/// </summary>
public sealed record GitOrigin(string WorkTreeRoot, string? RemoteUrl, string? Commit)
{
    /// <summary>The work tree holding <paramref name="folder"/>, its origin and HEAD; null when there is no git or no work tree.</summary>
    public static async Task<GitOrigin?> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var root = await GitAsync(folder, ["rev-parse", "--show-toplevel"], cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return null;
        }

        var remote = await GitAsync(folder, ["remote", "get-url", "origin"], cancellationToken).ConfigureAwait(false);
        var commit = await GitAsync(folder, ["rev-parse", "--verify", "--quiet", "HEAD"], cancellationToken).ConfigureAwait(false);
        return new GitOrigin(Path.GetFullPath(root), remote, commit);
    }

    /// <summary>The first line git prints, or null when git is missing or fails.</summary>
    private static async Task<string?> GitAsync(string folder, string[] arguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(startInfo);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            _ = await error.ConfigureAwait(false);
            var text = (await output.ConfigureAwait(false)).Split('\n')[0].Trim();
            return process.ExitCode == 0 && text.Length > 0 ? text : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }
}
