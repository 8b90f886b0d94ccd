using System.Collections.Concurrent;
using System.Text.Json;

namespace Introspect.Core.Jobs.Discovery;

/// <summary>Reads a configuration key (<c>Section:Name</c>, case-insensitive as in Microsoft.Extensions.Configuration) from a project's appsettings.json.</summary>
internal static class AppSettings
{
    private const string FileName = "appsettings.json";
    private static readonly ConcurrentDictionary<string, JsonDocument?> s_files = new(StringComparer.Ordinal);

    public static (string? Value, string? File) Read(string projectDirectory, string key) => ReadFile(Path.Combine(projectDirectory, FileName), key);

    public static (string? Value, string? File) ReadFile(string path, string key)
    {
        var document = s_files.GetOrAdd(path, Load);
        if (document is null)
        {
            return (null, null);
        }

        var element = document.RootElement;
        foreach (var part in key.Split(':'))
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var match = element.EnumerateObject().FirstOrDefault(property => string.Equals(property.Name, part, StringComparison.OrdinalIgnoreCase));
            if (match.Value.ValueKind == JsonValueKind.Undefined)
            {
                return (null, null);
            }

            element = match.Value;
        }

        var value = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
            _ => null,
        };
        return (value, value is null ? null : path);
    }

    private static JsonDocument? Load(string path)
    {
        try
        {
            return File.Exists(path)
                ? JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
                : null;
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
