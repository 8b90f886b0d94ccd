using Introspect.Core.Git;
using Introspect.Core.Jobs.Process;
using Introspect.Testing;

namespace Introspect.Diagrams.Tests;

/// <summary>Links to source lines: a base URL, the git remote forms of the hosts Introspect knows, and the escaping.</summary>
public sealed class SourceLinksTests : IDisposable
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";
    private static readonly string s_root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "links-repo"));

    private readonly TempFolder _folder = new("links");

    [Fact]
    public void BaseUrl_IsFollowedByThePathAndTheLine()
    {
        var links = SourceLinks.FromBase("https://code.example.com/ops/blob/main/", s_root, out var problem)!;

        Assert.Null(problem);
        Assert.Equal("https://code.example.com/ops/blob/main/src/Jobs/Sync.cs#L42", links.For(At("src/Jobs/Sync.cs", 42)));
    }

    [Fact]
    public void Template_PutsThePathAndTheLineWhereTheySay()
    {
        var links = SourceLinks.FromBase("https://code.example.com/view?file={path}&line={line}", s_root, out _)!;

        Assert.Equal("https://code.example.com/view?file=src/A.cs&line=7", links.For(At("src/A.cs", 7)));
    }

    [Fact]
    public void PathWithSpacesHashesQuotesAndBrackets_IsPercentEncoded()
    {
        var links = SourceLinks.FromBase("https://code.example.com/r", s_root, out _)!;

        var link = links.For(At("src/My Jobs/C# \"x\" [1] {a} (b) |.cs", 3));

        Assert.Equal("https://code.example.com/r/src/My%20Jobs/C%23%20%22x%22%20%5B1%5D%20%7Ba%7D%20%28b%29%20%7C.cs#L3", link);
        Assert.Equal("https://code.example.com/r/src/%C3%9Cbung/%F0%9F%98%80.cs#L1", links.For(At("src/Übung/😀.cs", 1)));
    }

    [Fact]
    public void FileOutsideTheRepository_HasNoLink()
    {
        var links = SourceLinks.FromBase("https://code.example.com/r", s_root, out _)!;

        Assert.Null(links.For(new SourcePosition(Path.Combine(Path.GetTempPath(), "elsewhere", "A.cs"), 1, 1)));
        Assert.Null(links.For(new SourcePosition(s_root, 1, 1)));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    [InlineData("https://user:secret@code.example.com/r")]
    public void BaseUrl_ThatIsNotAPlainHttpUrl_IsRefusedWithAReason(string baseUrl)
    {
        Assert.Null(SourceLinks.FromBase(baseUrl, s_root, out var problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Theory]
    [InlineData("https://github.com/acme/ops.git", $"https://github.com/acme/ops/blob/{Commit}/src/A.cs#L5")]
    [InlineData("https://github.com/acme/ops", $"https://github.com/acme/ops/blob/{Commit}/src/A.cs#L5")]
    [InlineData("git@github.com:acme/ops.git", $"https://github.com/acme/ops/blob/{Commit}/src/A.cs#L5")]
    [InlineData("ssh://git@github.com/acme/ops.git", $"https://github.com/acme/ops/blob/{Commit}/src/A.cs#L5")]
    [InlineData("https://x-access-token:ghp_secret@github.com/acme/ops.git", $"https://github.com/acme/ops/blob/{Commit}/src/A.cs#L5")]
    [InlineData("https://gitlab.com/group/sub/ops.git", $"https://gitlab.com/group/sub/ops/-/blob/{Commit}/src/A.cs#L5")]
    [InlineData("git@gitlab.example.org:team/ops.git", $"https://gitlab.example.org/team/ops/-/blob/{Commit}/src/A.cs#L5")]
    [InlineData("https://dev.azure.com/acme/Platform/_git/ops", $"https://dev.azure.com/acme/Platform/_git/ops?path=/src/A.cs&version=GC{Commit}&line=5&lineEnd=5&lineStartColumn=1&lineEndColumn=1")]
    [InlineData("https://acme@dev.azure.com/acme/Platform/_git/ops", $"https://dev.azure.com/acme/Platform/_git/ops?path=/src/A.cs&version=GC{Commit}&line=5&lineEnd=5&lineStartColumn=1&lineEndColumn=1")]
    [InlineData("git@ssh.dev.azure.com:v3/acme/Platform/ops", $"https://dev.azure.com/acme/Platform/_git/ops?path=/src/A.cs&version=GC{Commit}&line=5&lineEnd=5&lineStartColumn=1&lineEndColumn=1")]
    [InlineData("https://acme.visualstudio.com/Platform/_git/ops", $"https://acme.visualstudio.com/Platform/_git/ops?path=/src/A.cs&version=GC{Commit}&line=5&lineEnd=5&lineStartColumn=1&lineEndColumn=1")]
    public void KnownRemote_LinksToTheCommit(string remote, string expected)
    {
        var links = SourceLinks.FromRemote(remote, Commit, s_root);

        Assert.NotNull(links);
        Assert.Equal(expected, links.For(At("src/A.cs", 5)));
        Assert.DoesNotContain("secret", links.For(At("src/A.cs", 5)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://bitbucket.org/acme/ops.git", Commit)]
    [InlineData("/srv/git/ops.git", Commit)]
    [InlineData("../ops", Commit)]
    [InlineData("https://github.com/acme/ops.git", "not-a-commit")]
    [InlineData("https://github.com/acme", Commit)]
    public void OtherRemotes_HaveNoLinks(string remote, string commit) => Assert.Null(SourceLinks.FromRemote(remote, commit, s_root));

    [SkippableFact]
    public async Task GitOrigin_ReadsTheRemoteAndHead_OfARealRepository()
    {
        var repository = _folder.Combine("repo");
        Directory.CreateDirectory(Path.Combine(repository, "src"));
        await File.WriteAllTextAsync(Path.Combine(repository, "src", "A.cs"), "class A { }\n");
        await Git(repository, "init", "-q");
        await Git(repository, "add", ".");
        await Git(repository, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "one");
        var withoutRemote = await GitOrigin.ReadAsync(Path.Combine(repository, "src"), CancellationToken.None);
        await Git(repository, "remote", "add", "origin", "git@github.com:acme/ops.git");

        var origin = await GitOrigin.ReadAsync(Path.Combine(repository, "src"), CancellationToken.None);

        Assert.NotNull(withoutRemote);
        Assert.Null(withoutRemote.RemoteUrl);
        Assert.NotNull(origin);
        Assert.Equal("git@github.com:acme/ops.git", origin.RemoteUrl);
        Assert.Matches("^[0-9a-f]{40}$", origin.Commit);
        var links = SourceLinks.FromRemote(origin.RemoteUrl!, origin.Commit!, origin.WorkTreeRoot)!;
        Assert.Equal($"https://github.com/acme/ops/blob/{origin.Commit}/src/A.cs#L3", links.For(new SourcePosition(Path.Combine(repository, "src", "A.cs"), 3, 1)));
    }

    [SkippableFact]
    public async Task GitOrigin_OutsideAWorkTree_IsNull()
    {
        var plain = _folder.Combine("plain");
        Directory.CreateDirectory(plain);
        Skip.If(await IsInsideAWorkTree(plain), "the temporary folder is inside a git work tree");

        Assert.Null(await GitOrigin.ReadAsync(plain, CancellationToken.None));
    }

    private static SourcePosition At(string relative, int line) => new(Path.Combine(s_root, relative), line, 1);

    private static async Task Git(string folder, params string[] arguments)
    {
        var result = await ProcessRunner.RunAsync("git", arguments, folder, TimeSpan.FromMinutes(1));
        Skip.If(result.ExitCode != 0 && arguments[0] == "init", "git is not available");
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    private static async Task<bool> IsInsideAWorkTree(string folder) =>
        (await ProcessRunner.RunAsync("git", ["rev-parse", "--is-inside-work-tree"], folder, TimeSpan.FromMinutes(1))).ExitCode == 0;

    public void Dispose() => _folder.Dispose();
}
