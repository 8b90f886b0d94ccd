using Introspect.Core.Loading;
using Introspect.Testing;

namespace Introspect.Core.Tests.Loading;

public sealed class InputResolverTests : IDisposable
{
    private readonly TempFolder _folder = new("input");

    [Theory]
    [InlineData("Ops.sln")]
    [InlineData("Ops.slnx")]
    [InlineData("Ops.slnf")]
    [InlineData("Ops.csproj")]
    public void SolutionOrProjectFile_IsUsedAsIs(string fileName)
    {
        var path = _folder.Write(fileName, string.Empty);

        Assert.Equal(path, InputResolver.Resolve(path, "/"));
    }

    [Fact]
    public void RelativePath_IsResolvedAgainstTheCurrentFolder()
    {
        var path = _folder.Write("src/Ops.csproj", string.Empty);

        Assert.Equal(path, InputResolver.Resolve("src/Ops.csproj", _folder.Path));
    }

    [Fact]
    public void NoPath_FindsTheSolutionInTheCurrentFolder()
    {
        var solution = _folder.Write("Ops.sln", string.Empty);
        _folder.Write("Ops.csproj", string.Empty);

        Assert.Equal(solution, InputResolver.Resolve(null, _folder.Path));
    }

    [Fact]
    public void FolderWithOneProjectAndNoSolution_FindsTheProject()
    {
        var project = _folder.Write("Ops.csproj", string.Empty);

        Assert.Equal(project, InputResolver.Resolve(_folder.Path, "/"));
    }

    [Fact]
    public void FolderWithSeveralSolutions_AsksWhichOne()
    {
        _folder.Write("A.sln", string.Empty);
        _folder.Write("B.slnx", string.Empty);

        var error = Assert.Throws<InputException>(() => InputResolver.Resolve(_folder.Path, "/"));
        Assert.Contains("A.sln, B.slnx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FolderWithSeveralProjectsAndNoSolution_AsksWhichOne()
    {
        _folder.Write("A.csproj", string.Empty);
        _folder.Write("B.csproj", string.Empty);

        var error = Assert.Throws<InputException>(() => InputResolver.Resolve(_folder.Path, "/"));
        Assert.Contains("several projects", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFolder_SaysWhatIsMissing()
    {
        var error = Assert.Throws<InputException>(() => InputResolver.Resolve(_folder.Path, "/"));
        Assert.Contains("no .sln, .slnx, .slnf or .csproj", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPath_SaysItDoesNotExist()
    {
        var error = Assert.Throws<InputException>(() => InputResolver.Resolve(_folder.Combine("nope.sln"), "/"));
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherFileType_IsRejected()
    {
        var path = _folder.Write("Ops.fsproj", string.Empty);

        var error = Assert.Throws<InputException>(() => InputResolver.Resolve(path, "/"));
        Assert.Contains("not a solution or C# project", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
