namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// A rename to the same name is no rename: frameworks scaffold it when only the schema or the casing of a mapping
/// changes, and it breaks nothing.
/// </summary>
internal static class RenameFacts
{
    public static bool IsNoOp(string? oldName, string? newName) =>
        newName is null || string.Equals(oldName, newName, StringComparison.OrdinalIgnoreCase);
}
