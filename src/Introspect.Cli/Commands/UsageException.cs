namespace Introspect.Cli.Commands;

/// <summary>Something the user can fix on the command line: a bad path, an unknown rule, an unwritable file.</summary>
internal sealed class UsageException(string message) : Exception(message);
