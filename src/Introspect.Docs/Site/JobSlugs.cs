using System.Security.Cryptography;
using System.Text;
using Introspect.Core.Jobs;

namespace Introspect.Docs.Site;

/// <summary>
/// The URL name of each job, from its id (<c>Ns.Type.Method</c> → <c>ns-type-method</c>): stable from run to run.
/// Two ids that clean up alike (they differ in case or punctuation only) both get a short hash of the id.
/// </summary>
public static class JobSlugs
{
    public static IReadOnlyDictionary<string, string> For(IEnumerable<Job> jobs)
    {
        var ids = jobs.Select(job => job.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in ids.GroupBy(Clean, StringComparer.Ordinal))
        {
            var clashes = group.Count() > 1;
            foreach (var id in group)
            {
                slugs[id] = clashes ? $"{group.Key}-{Hash(id)}" : group.Key;
            }
        }

        return slugs;
    }

    /// <summary>Lower-case ASCII letters and digits, runs of anything else as one dash.</summary>
    public static string Clean(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var character in id)
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                builder.Append(char.ToLowerInvariant(character));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');

        // jobs/index is the catalogue.
        return slug.Length == 0 ? "job" : slug == "index" ? "index-job" : slug;
    }

    private static string Hash(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)), 0, 3);
}
