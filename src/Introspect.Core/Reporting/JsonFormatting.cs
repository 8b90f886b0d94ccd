using System.Text.Json;
using System.Text.Json.Serialization;

namespace Introspect.Core.Reporting;

/// <summary>
/// How every JSON file Introspect writes is formatted (reports, SARIF, baselines): indented, camelCase, nulls left
/// out, enums as camelCase strings, and text kept readable (no \u escapes for quotes or non-ASCII).
/// </summary>
public static class JsonFormatting
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serialises with LF line endings and a final newline, so files are byte-identical on every OS.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options).ReplaceLineEndings("\n") + "\n";
}
