using NJsonSchema;

namespace Introspect.Testing;

/// <summary>
/// The official OASIS SARIF 2.1.0 JSON schema, read from ../shared/schemas next to the repository (never copied into
/// it). When that folder is absent, schema assertions are skipped with a message that says so.
/// </summary>
public static class SarifSchema
{
    public static string Path => System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryPaths.Root, "..", "shared", "schemas", "sarif-schema-2.1.0.json"));

    public static bool IsAvailable => File.Exists(Path);

    public static string MissingMessage => $"The SARIF 2.1.0 schema is not at {Path} (../shared/schemas); schema validation skipped.";

    /// <summary>The schema errors for a SARIF document; empty when it is valid.</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string sarif)
    {
        var schema = await JsonSchema.FromFileAsync(Path);
        return [.. schema.Validate(sarif).Select(error => $"{error.Path}: {error.Kind} ({error})")];
    }
}
