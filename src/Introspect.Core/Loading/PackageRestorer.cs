using System.Diagnostics;

namespace Introspect.Core.Loading;

/// <summary>Runs <c>dotnet restore</c> on the input, the way <c>dotnet build</c> would before building.</summary>
internal static class PackageRestorer
{
    public static async Task<RestoreOutcome> RestoreAsync(
        string inputPath,
        IReadOnlyDictionary<string, string> properties,
        CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(inputPath) ?? Environment.CurrentDirectory,
        };
        startInfo.ArgumentList.Add("restore");
        startInfo.ArgumentList.Add(inputPath);
        startInfo.ArgumentList.Add("--nologo");
        foreach (var (name, value) in properties)
        {
            startInfo.ArgumentList.Add($"-p:{name}={value}");
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException("Could not start 'dotnet restore'.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return new RestoreOutcome(process.ExitCode == 0, (await output.ConfigureAwait(false)) + (await error.ConfigureAwait(false)));
    }
}

internal sealed record RestoreOutcome(bool Succeeded, string Output);
