namespace Introspect.Testing;

/// <param name="Page">The page (or stylesheet) holding the link, relative to the site's root, with forward slashes.</param>
/// <param name="Target">The link exactly as written in the page.</param>
/// <param name="Reason">Why it does not resolve.</param>
public sealed record BrokenLink(string Page, string Target, string Reason)
{
    public override string ToString() => $"{Page}: {Target} ({Reason})";
}
