using Introspect.Core.Jobs;
using Introspect.Docs.Site;

namespace Introspect.Docs.Tests.Site;

public sealed class JobSlugsTests
{
    [Fact]
    public void Slug_IsTheIdInLowerCaseWithDashes()
    {
        var slugs = JobSlugs.For([Job("OpsPlatform.Worker.Snapshots.SnapshotJob.CreateAsync"), Job("Ops.Generic`1.Run")]);

        Assert.Equal("opsplatform-worker-snapshots-snapshotjob-createasync", slugs["OpsPlatform.Worker.Snapshots.SnapshotJob.CreateAsync"]);
        Assert.Equal("ops-generic-1-run", slugs["Ops.Generic`1.Run"]);
    }

    [Fact]
    public void IdsThatCleanUpAlike_GetAHashEach_AndKeepItWhateverElseIsInTheCatalog()
    {
        var alone = JobSlugs.For([Job("Ops.Job.Run"), Job("Ops.job.run")]);
        var withOthers = JobSlugs.For([Job("Ops.Other.Run"), Job("Ops.job.run"), Job("Ops.Job.Run")]);

        Assert.NotEqual(alone["Ops.Job.Run"], alone["Ops.job.run"]);
        Assert.StartsWith("ops-job-run-", alone["Ops.Job.Run"], StringComparison.Ordinal);
        Assert.Equal(alone["Ops.Job.Run"], withOthers["Ops.Job.Run"]);
        Assert.Equal("ops-other-run", withOthers["Ops.Other.Run"]);
    }

    [Theory]
    [InlineData("Index", "index-job")]
    [InlineData("...", "job")]
    [InlineData("Über.Run", "ber-run")]
    public void Slug_NeverTakesTheCataloguesNameOrComesOutEmpty(string id, string slug) =>
        Assert.Equal(slug, JobSlugs.Clean(id));

    private static Job Job(string id) => new()
    {
        Id = id,
        Framework = JobFramework.Hangfire,
        FrameworkName = "Hangfire",
        DisplayName = id,
        TypeName = id[..id.LastIndexOf('.')],
        EntryMethod = id[(id.LastIndexOf('.') + 1)..],
        Project = "Ops",
        Location = new SourceLocation("Jobs.cs", 1),
    };
}
