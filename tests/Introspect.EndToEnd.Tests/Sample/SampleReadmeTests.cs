using Introspect.Testing;

namespace Introspect.EndToEnd.Tests.Sample;

/// <summary>The sample's README only names files and members that exist, so the other tests can trust it.</summary>
public sealed class SampleReadmeTests
{
    private static readonly SampleReadme Readme = SampleReadme.Load();

    public static TheoryData<string> CodeRows =>
        [.. Readme.Hazards.Concat(Readme.CorrectTwins).Select(row => $"{row.File}|{row.Member}").Distinct()];

    [Theory]
    [MemberData(nameof(CodeRows))]
    public void ListedMember_Exists(string fileAndMember)
    {
        var (file, member) = (fileAndMember.Split('|')[0], fileAndMember.Split('|')[1]);
        var path = Path.Combine(RepositoryPaths.Sample, file);

        Assert.True(File.Exists(path), $"{file} does not exist.");
        Assert.NotEmpty(MemberLocator.Find(path, member));
    }

    [Fact]
    public void EveryTable_HasRows()
    {
        Assert.NotEmpty(Readme.Jobs);
        Assert.NotEmpty(Readme.Hazards);
        Assert.NotEmpty(Readme.CorrectTwins);
        Assert.NotEmpty(Readme.Migrations);
    }

    [Fact]
    public void EveryListedRule_IsAValidId()
    {
        Assert.All(Readme.Hazards.Concat(Readme.CorrectTwins), row => Assert.Matches(@"^INTR[123]\d{2}$", row.Rule));
        Assert.All(Readme.Migrations, cells => Assert.Matches(@"^(INTR2\d{2}|safe)$", cells[0]));
    }

    [Fact]
    public void EveryListedJobAndMigrationFile_Exists()
    {
        Assert.All(Readme.Jobs, cells => Assert.True(File.Exists(Path.Combine(RepositoryPaths.Sample, cells[3])), $"{cells[3]} does not exist."));
        Assert.All(Readme.Migrations, cells => Assert.True(File.Exists(Path.Combine(RepositoryPaths.Sample, cells[2])), $"{cells[2]} does not exist."));
    }
}
