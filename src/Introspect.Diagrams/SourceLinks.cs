using System.Globalization;
using System.Text;
using Introspect.Core.Jobs.Process;

namespace Introspect.Diagrams;

/// <summary>
/// Turns a source position into a link to that line on the code host: <c>{base}/{path}#L{line}</c> for a base URL, or
/// a template with <c>{path}</c> and <c>{line}</c> (Azure DevOps puts both in the query). The path is relative to the
/// repository root, each segment percent-encoded. Every character outside a small safe set is percent-encoded, so a
/// link can go into a PlantUML <c>[[…]]</c>, a quoted Mermaid <c>click</c> or an SVG attribute without closing it.
/// </summary>
public sealed class SourceLinks
{
    private readonly string _template;
    private readonly string _repositoryRoot;

    private SourceLinks(string template, string repositoryRoot)
    {
        _template = template;
        _repositoryRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(repositoryRoot));
    }

    /// <summary>Links under a base URL given by the user (<c>--source-link</c>); null with the reason when it is not an http(s) URL.</summary>
    public static SourceLinks? FromBase(string baseUrl, string repositoryRoot, out string? problem)
    {
        problem = null;
        var template = baseUrl.Contains("{path}", StringComparison.Ordinal) ? baseUrl : baseUrl.TrimEnd('/') + "/{path}#L{line}";
        var probe = template.Replace("{path}", "p", StringComparison.Ordinal).Replace("{line}", "1", StringComparison.Ordinal);
        if (!Uri.TryCreate(probe, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            problem = $"'{baseUrl}' is not an http or https URL";
            return null;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            problem = $"'{baseUrl}' holds a user name or password; links would publish it";
            return null;
        }

        return new SourceLinks(SafeTemplate(template), repositoryRoot);
    }

    /// <summary>
    /// Links to <paramref name="commit"/> on the host of a git remote: GitHub, GitLab (any host with "gitlab" in its name) or
    /// Azure DevOps (dev.azure.com, *.visualstudio.com, ssh.dev.azure.com). Null for any other remote. Credentials in the
    /// remote URL are dropped.
    /// </summary>
    public static SourceLinks? FromRemote(string remoteUrl, string commit, string repositoryRoot) =>
        RemoteTemplate(remoteUrl.Trim(), commit.Trim()) is { } template ? new SourceLinks(SafeTemplate(template), repositoryRoot) : null;

    /// <summary>The link to a line, or null when the file is not under the repository root.</summary>
    public string? For(SourcePosition position) => For(position.Path, position.Line);

    public string? For(string path, int line)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(_repositoryRoot, full);
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }

        var encoded = string.Join('/', relative.Replace('\\', '/').Split('/').Select(Segment));
        return _template.Replace("{path}", encoded, StringComparison.Ordinal).Replace("{line}", Math.Max(1, line).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>The shape the activity view and the other emitters take.</summary>
    public Func<SourcePosition, string?> AsFunc() => For;

    private static string? RemoteTemplate(string remote, string commit)
    {
        if (commit.Length == 0 || !commit.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        if (Parse(remote) is not { } parsed)
        {
            return null;
        }

        var (host, path) = parsed;
        path = path.Trim('/');
        if (path.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^4];
        }

        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (host.Equals("github.com", StringComparison.OrdinalIgnoreCase) && parts.Length == 2)
        {
            return $"https://github.com/{parts[0]}/{parts[1]}/blob/{commit}/{{path}}#L{{line}}";
        }

        if (host.Contains("gitlab", StringComparison.OrdinalIgnoreCase) && parts.Length >= 2)
        {
            return $"https://{host}/{string.Join('/', parts)}/-/blob/{commit}/{{path}}#L{{line}}";
        }

        // ssh.dev.azure.com:v3/org/project/repo
        if (host.Equals("ssh.dev.azure.com", StringComparison.OrdinalIgnoreCase) && parts is ["v3", var sshOrganisation, var sshProject, var sshRepository])
        {
            return Azure($"https://dev.azure.com/{sshOrganisation}/{sshProject}", sshRepository, commit);
        }

        // dev.azure.com/org/project/_git/repo
        if (host.Equals("dev.azure.com", StringComparison.OrdinalIgnoreCase) && parts is [var organisation, var project, "_git", var repository])
        {
            return Azure($"https://dev.azure.com/{organisation}/{project}", repository, commit);
        }

        // org.visualstudio.com/project/_git/repo (sometimes org.visualstudio.com/DefaultCollection/project/_git/repo)
        if (host.EndsWith(".visualstudio.com", StringComparison.OrdinalIgnoreCase) && parts.Length >= 3 && parts[^2] == "_git")
        {
            return Azure($"https://{host}/{string.Join('/', parts[..^2])}", parts[^1], commit);
        }

        return null;
    }

    private static string Azure(string projectUrl, string repository, string commit) =>
        $"{projectUrl}/_git/{repository}?path=/{{path}}&version=GC{commit}&line={{line}}&lineEnd={{line}}&lineStartColumn=1&lineEndColumn=1";

    /// <summary>Host and path of a remote: https://[user@]host/path, ssh://[user@]host[:port]/path, or scp-like user@host:path.</summary>
    private static (string Host, string Path)? Parse(string remote)
    {
        if (remote.Contains("://", StringComparison.Ordinal))
        {
            return Uri.TryCreate(remote, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" or "ssh" or "git" && uri.Host.Length > 0
                ? (uri.Host, Uri.UnescapeDataString(uri.AbsolutePath))
                : null;
        }

        var colon = remote.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || remote.IndexOf('/', StringComparison.Ordinal) is var slash && slash >= 0 && slash < colon)
        {
            return null; // a local path
        }

        var host = remote[..colon];
        var at = host.LastIndexOf('@');
        return (at >= 0 ? host[(at + 1)..] : host, remote[(colon + 1)..]);
    }

    /// <summary>The template made safe around its placeholders, which stay as they are.</summary>
    private static string SafeTemplate(string template) =>
        string.Join("{path}", template.Split("{path}").Select(part => string.Join("{line}", part.Split("{line}").Select(literal => Safe(literal)))));

    private static string Segment(string segment) => Safe(segment, keepReserved: false);

    /// <summary>Percent-encodes (UTF-8) every character outside the unreserved set, plus, in a whole URL, / : ? # = &amp; % @ + , ; ! $ *.</summary>
    private static string Safe(string text, bool keepReserved = true)
    {
        var builder = new StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[4];
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (char.IsAsciiLetterOrDigit(character) || character is '-' or '.' or '_' or '~' ||
                (keepReserved && character is '/' or ':' or '?' or '#' or '=' or '&' or '%' or '@' or '+' or ',' or ';' or '!' or '$' or '*'))
            {
                builder.Append(character);
                continue;
            }

            var length = char.IsSurrogatePair(text, index)
                ? Encoding.UTF8.GetBytes(text.AsSpan(index++, 2), bytes)
                : Encoding.UTF8.GetBytes(text.AsSpan(index, 1), bytes);
            foreach (var value in bytes[..length])
            {
                builder.Append('%').Append(value.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
