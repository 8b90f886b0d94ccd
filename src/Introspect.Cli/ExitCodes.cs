namespace Introspect.Cli;

/// <summary>The process exit codes, documented in <c>introspect check --help</c> and the README.</summary>
public static class ExitCodes
{
    /// <summary>Analysed everything; nothing at or above the --fail-on threshold.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above the --fail-on threshold.</summary>
    public const int Findings = 1;

    /// <summary>The command line was wrong: unknown option, bad value, an input that does not exist.</summary>
    public const int UsageError = 2;

    /// <summary>The input, or a project of it, could not be loaded or analysed: the result is incomplete, never "clean".</summary>
    public const int LoadFailure = 3;
}
