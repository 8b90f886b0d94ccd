using System.Net;
using Introspect.Testing;

namespace Introspect.Site.Tests;

public sealed class StaticSiteServerTests : IDisposable
{
    private readonly TempFolder _site = new("static-site");
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false });

    public StaticSiteServerTests()
    {
        _site.Write("index.html", "<!doctype html><title>home</title>");
        _site.Write("jobs/index.html", "<!doctype html><title>jobs</title>");
        _site.Write("jobs/night report.html", "<!doctype html><title>night</title>");
        _site.Write("assets/site.css", "body{}");
        _site.Write("assets/site.js", "void 0;");
        _site.Write("assets/chain.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        _site.Write("search-index.json", "[]");
        _site.Write("sitemap.xml", "<urlset/>");
        File.WriteAllBytes(_site.Combine("assets", "logo.png"), [0x89, 0x50, 0x4E, 0x47]);
        _site.Write("data.unknown", "?");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_site.Path)!, "secret.txt"), "outside the site");
    }

    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("assets/site.css", "text/css; charset=utf-8")]
    [InlineData("assets/site.js", "text/javascript; charset=utf-8")]
    [InlineData("assets/chain.svg", "image/svg+xml")]
    [InlineData("search-index.json", "application/json; charset=utf-8")]
    [InlineData("assets/logo.png", "image/png")]
    [InlineData("sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("data.unknown", "application/octet-stream")]
    public async Task Files_are_served_with_their_content_type(string path, string contentType)
    {
        using var server = new StaticSiteServer(_site.Path);

        using var response = await _client.GetAsync(server.UrlOf(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(await File.ReadAllBytesAsync(_site.Combine(path.Split('/'))), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("", "home")]
    [InlineData("jobs/", "jobs")]
    [InlineData("jobs/night%20report.html", "night")]
    public async Task Folders_serve_their_index_and_escaped_names_are_decoded(string path, string title)
    {
        using var server = new StaticSiteServer(_site.Path);

        var body = await _client.GetStringAsync(server.UrlOf(path));

        Assert.Contains($"<title>{title}</title>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_its_slash_is_redirected_so_relative_links_resolve_inside_it()
    {
        using var server = new StaticSiteServer(_site.Path);

        using var response = await _client.GetAsync(server.UrlOf("jobs?tab=all"));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/jobs/?tab=all", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("missing.html")]
    [InlineData("assets/")]
    [InlineData("index.html/")]
    [InlineData("..%2Fsecret.txt")]
    [InlineData("jobs/..%2F..%2Fsecret.txt")]
    [InlineData("assets%5C..%5C..%5Csecret.txt")]
    public async Task Missing_files_and_paths_outside_the_site_are_not_found(string path)
    {
        using var server = new StaticSiteServer(_site.Path);

        using var response = await _client.GetAsync(new Uri(server.BaseAddress + path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("outside the site", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_reading_is_allowed()
    {
        using var server = new StaticSiteServer(_site.Path);

        using var response = await _client.PostAsync(server.UrlOf("index.html"), new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Two_servers_get_two_ports_and_a_disposed_one_stops_answering()
    {
        Uri first;
        using (var server = new StaticSiteServer(_site.Path))
        using (var other = new StaticSiteServer(_site.Path))
        {
            first = server.BaseAddress;
            Assert.NotEqual(server.BaseAddress, other.BaseAddress);
            Assert.Equal("127.0.0.1", server.BaseAddress.Host);
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(first)).StatusCode);
        }

        await Assert.ThrowsAsync<HttpRequestException>(() => _client.GetAsync(first));
    }

    [Fact]
    public void A_missing_folder_is_a_clear_error()
    {
        var failure = Assert.Throws<DirectoryNotFoundException>(() => new StaticSiteServer("/no/such/site"));
        Assert.Contains("/no/such/site", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
        File.Delete(Path.Combine(Path.GetDirectoryName(_site.Path)!, "secret.txt"));
    }
}
