using System.Collections.Immutable;

namespace Introspect.Benchmarks.Corpus;

/// <summary>
/// Hazard-free ops code the corpus is diluted with: EF entities and repositories, hosted workers, locked caches,
/// validation and mapping, Quartz/Hangfire/Coravel jobs. Kept as embedded templates; <c>__N__</c> makes each copy unique.
/// </summary>
internal static class FillerTemplates
{
    private const string Marker = "__N__";

    public static ImmutableArray<(string Name, string Text)> All { get; } = Load();

    public static string Instantiate(string template, int number) =>
        template.Replace(Marker, number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static ImmutableArray<(string Name, string Text)> Load()
    {
        var assembly = typeof(FillerTemplates).Assembly;
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith("Templates.", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(name =>
                {
                    using var stream = assembly.GetManifestResourceStream(name)!;
                    using var reader = new StreamReader(stream);
                    return (name["Templates.".Length..^".cs.template".Length], reader.ReadToEnd());
                }),
        ];
    }
}
