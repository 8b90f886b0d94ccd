using Introspect.Testing;

namespace Introspect.Core.Tests.Testing;

/// <summary>The approved-files helper that diagram, SARIF and page snapshots rely on.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly TempFolder _folder = new("snapshot");

    [Fact]
    public void MatchingOutput_Passes_AndLeavesNoReceivedFile()
    {
        File.WriteAllText(_folder.Combine("jobs.verified.txt"), "a\nb\n");

        Snapshot.Verify("a\r\nb\r\n", _folder.Path, "jobs", "txt", accept: false);

        Assert.False(File.Exists(_folder.Combine("jobs.received.txt")));
    }

    [Fact]
    public void DifferentOutput_Fails_WritesReceived_AndShowsTheChangedLines()
    {
        File.WriteAllText(_folder.Combine("jobs.verified.txt"), "one\ntwo\nthree\n");

        var error = Assert.Throws<SnapshotMismatchException>(
            () => Snapshot.Verify("one\nTWO\nthree\n", _folder.Path, "jobs", "txt", accept: false));

        Assert.Equal("one\nTWO\nthree\n", File.ReadAllText(_folder.Combine("jobs.received.txt")));
        Assert.Contains("- two", error.Message, StringComparison.Ordinal);
        Assert.Contains("+ TWO", error.Message, StringComparison.Ordinal);
        Assert.Contains("jobs.verified.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingApprovedFile_Fails_AndWritesReceived()
    {
        var error = Assert.Throws<SnapshotMismatchException>(
            () => Snapshot.Verify("new", _folder.Path, "fresh", "puml", accept: false));

        Assert.Contains("no approved file", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(_folder.Combine("fresh.received.puml")));
    }

    [Fact]
    public void AcceptMode_WritesTheApprovedFile()
    {
        File.WriteAllText(_folder.Combine("site.received.html"), "stale");

        Snapshot.Verify("<p>ok</p>", _folder.Path, "site", "html", accept: true);

        Assert.Equal("<p>ok</p>", File.ReadAllText(_folder.Combine("site.verified.html")));
        Assert.False(File.Exists(_folder.Combine("site.received.html")));
    }

    [Fact]
    public void LineDiff_ShowsOnlyChangesWithContext()
    {
        var expected = string.Join('\n', Enumerable.Range(1, 20).Select(number => $"line {number}"));
        var actual = expected.Replace("line 10", "line ten", StringComparison.Ordinal);

        var diff = LineDiff.Describe(expected, actual);

        Assert.Contains("- line 10", diff, StringComparison.Ordinal);
        Assert.Contains("+ line ten", diff, StringComparison.Ordinal);
        Assert.Contains("  line 8", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("line 1\n", diff, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
