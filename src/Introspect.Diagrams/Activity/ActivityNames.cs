using System.Security.Cryptography;
using System.Text;
using Introspect.Core.Jobs;

namespace Introspect.Diagrams.Activity;

/// <summary>
/// File names of the activity diagrams: <c>activity.&lt;type&gt;-&lt;method&gt;</c> in lower case, letters and digits only
/// (<c>activity.snapshotjob-createasync</c>). Two jobs whose names clean up alike both get a short hash of their id, so
/// a name never depends on the order of the jobs.
/// </summary>
public static class ActivityNames
{
    public static IReadOnlyDictionary<string, string> For(IEnumerable<Job> jobs)
    {
        var slugs = jobs.Select(job => job.Id).Distinct(StringComparer.Ordinal).ToDictionary(id => id, Slug, StringComparer.Ordinal);
        var shared = slugs.Values.GroupBy(slug => slug, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToHashSet(StringComparer.Ordinal);
        return slugs.ToDictionary(
            pair => pair.Key,
            pair => "activity." + (shared.Contains(pair.Value) ? $"{pair.Value}-{Hash(pair.Key)}" : pair.Value),
            StringComparer.Ordinal);
    }

    public static string Slug(string jobId)
    {
        var builder = new StringBuilder();
        foreach (var character in string.Join('-', jobId.Split('.', StringSplitOptions.RemoveEmptyEntries).TakeLast(2)))
        {
            var next = char.IsAsciiLetterOrDigit(character) ? char.ToLowerInvariant(character) : '-';
            if (next != '-' || (builder.Length > 0 && builder[^1] != '-'))
            {
                builder.Append(next);
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "job" : slug;
    }

    private static string Hash(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)), 0, 3);
}
