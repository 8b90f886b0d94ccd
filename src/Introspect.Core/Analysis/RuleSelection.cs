using System.Collections.Immutable;

namespace Introspect.Core.Analysis;

/// <summary>
/// Which rules to run, from <c>--rules</c> and <c>--exclude-rules</c>: exact ids (<c>INTR103</c>) or prefixes ending in
/// <c>*</c> (<c>INTR1*</c> for the threading family). A pattern that matches no known rule is an error, so a typo
/// cannot silently turn a check off.
/// </summary>
public sealed class RuleSelection
{
    private readonly ImmutableArray<string> _include;
    private readonly ImmutableArray<string> _exclude;

    private RuleSelection(ImmutableArray<string> include, ImmutableArray<string> exclude)
    {
        _include = include;
        _exclude = exclude;
    }

    public static RuleSelection All { get; } = new([], []);

    public static RuleSelection Parse(IEnumerable<string> include, IEnumerable<string> exclude, IReadOnlyCollection<string> knownIds)
    {
        var includePatterns = Split(include);
        var excludePatterns = Split(exclude);
        var unknown = includePatterns.Concat(excludePatterns)
            .Where(pattern => !knownIds.Any(id => Matches(pattern, id)))
            .ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"No rule matches {string.Join(", ", unknown.Select(pattern => $"'{pattern}'"))}. Known rules: {string.Join(", ", knownIds.Order(StringComparer.Ordinal))}.");
        }

        return new RuleSelection(includePatterns, excludePatterns);
    }

    public bool Includes(string id) =>
        (_include.IsEmpty || _include.Any(pattern => Matches(pattern, id))) && !_exclude.Any(pattern => Matches(pattern, id));

    private static ImmutableArray<string> Split(IEnumerable<string> values) =>
    [
        .. values.SelectMany(value => value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(pattern => pattern.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal),
    ];

    private static bool Matches(string pattern, string id) =>
        pattern.EndsWith('*')
            ? id.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)
            : id.Equals(pattern, StringComparison.OrdinalIgnoreCase);
}
