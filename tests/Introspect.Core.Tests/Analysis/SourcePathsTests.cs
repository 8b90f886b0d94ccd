using Introspect.Core.Analysis;
using Introspect.Testing;

namespace Introspect.Core.Tests.Analysis;

public sealed class SourcePathsTests : IDisposable
{
    private readonly TempFolder _folder = new("source-root");

    [Fact]
    public void InputInsideAGitWorkTree_IsRelativeToItsRoot()
    {
        Directory.CreateDirectory(_folder.Combine(".git"));
        var solution = _folder.Write("samples/Ops/Ops.sln", string.Empty);

        Assert.Equal(_folder.Path, SourcePaths.FindRoot(solution));
    }

    [Fact]
    public void InputOutsideGit_IsRelativeToItsOwnFolder()
    {
        var solution = _folder.Write("Ops/Ops.sln", string.Empty);

        Assert.Equal(_folder.Combine("Ops"), SourcePaths.FindRoot(solution));
    }

    [Fact]
    public void RelativePaths_UseForwardSlashes_AndOutsidePathsStayAbsolute()
    {
        Assert.Equal("src/Worker/Job.cs", SourcePaths.Relative("/repo/src/Worker/Job.cs", "/repo"));
        Assert.Equal("/elsewhere/Job.cs", SourcePaths.Relative("/elsewhere/Job.cs", "/repo"));
    }

    public void Dispose() => _folder.Dispose();
}
