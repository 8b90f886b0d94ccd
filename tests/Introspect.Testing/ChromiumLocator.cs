namespace Introspect.Testing;

/// <summary>
/// The Chromium the browser tests drive, found as scripts/install-tools.sh finds it: CHROMIUM_PATH, then
/// <c>chromium</c>, <c>chromium-browser</c> and <c>google-chrome</c> on PATH, then /usr/bin/chromium. Without it a test
/// is skipped on a developer's machine but fails in CI, so a missing browser never turns the browser tests off unnoticed.
/// </summary>
public static class ChromiumLocator
{
    private static readonly string[] s_namesOnPath = ["chromium", "chromium-browser", "google-chrome"];

    public const string Missing =
        "Chromium is missing: run scripts/install-tools.sh (it installs Debian's chromium package) or set CHROMIUM_PATH.";

    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } fromEnvironment)
        {
            // A path that was asked for but is wrong is a mistake to report, not a reason to pick another browser.
            return File.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new InvalidOperationException($"CHROMIUM_PATH is set to '{fromEnvironment}', which does not exist.");
        }

        return s_namesOnPath.Select(FindOnPath).FirstOrDefault(path => path is not null)
            ?? (File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null);
    }

    /// <summary>The browser; null (the test skips) on a developer's machine without it; a failure when the CI variable is set.</summary>
    public static string? FindOrFailInCi() =>
        Find() ?? (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? null
            : throw new InvalidOperationException(Missing + " CI is set, so this is a failure, not a skip."));

    private static string? FindOnPath(string name)
    {
        var extensions = OperatingSystem.IsWindows() ? new[] { ".exe", "" } : new[] { "" };
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders
            .SelectMany(folder => extensions.Select(extension => Path.Combine(folder, name + extension)))
            .FirstOrDefault(File.Exists);
    }
}
