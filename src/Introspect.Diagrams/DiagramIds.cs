using System.Security.Cryptography;
using System.Text;

namespace Introspect.Diagrams;

/// <summary>
/// Node ids for diagram languages: letters, digits and underscores only, derived from the thing's own id so they stay the
/// same from run to run (and when other jobs are added), with a short hash so two ids that clean up alike stay apart.
/// </summary>
public static class DiagramIds
{
    public static string For(string prefix, string id)
    {
        var builder = new StringBuilder(prefix).Append('_');
        var last = id.Split('.', StringSplitOptions.RemoveEmptyEntries).TakeLast(2);
        foreach (var character in string.Join('_', last))
        {
            builder.Append(char.IsAsciiLetterOrDigit(character) ? character : '_');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id));
        return builder.Append('_').Append(Convert.ToHexStringLower(hash, 0, 3)).ToString();
    }
}
