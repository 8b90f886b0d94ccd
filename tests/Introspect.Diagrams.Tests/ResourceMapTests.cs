using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;
using Introspect.Diagrams.Resources;

namespace Introspect.Diagrams.Tests;

/// <summary>The jobs × resources map from hand-made process models: edges, accesses, and which resources are contended.</summary>
public sealed class ResourceMapTests
{
    private const string A = "Ops.A.Run";
    private const string B = "Ops.B.Run";
    private const string C = "Ops.C.Run";

    [Fact]
    public void TwoWriters_AreContended_AndBothEdgesAreClashWrites()
    {
        var map = Map(
            Job(A).Touching((EffectKind.Database, "Orders", EffectAccess.Write)),
            Job(B).Touching((EffectKind.Database, "Orders", EffectAccess.ReadWrite)));

        var orders = Assert.Single(map.Resources);
        Assert.Equal(ResourceContention.WriteWrite, orders.Contention);
        Assert.Equal([A, B], orders.Writers.ToArray());
        Assert.All(map.Edges, edge => Assert.True(map.IsContendedWrite(edge)));
        Assert.Equal(["W", "RW"], map.Edges.Select(edge => edge.AccessLabel));
    }

    [Fact]
    public void OneWriterAndAnotherJobsReader_IsReadWriteContention_OnlyTheWriterEdgeIsHighlighted()
    {
        var map = Map(
            Job(A).Touching((EffectKind.File, "/data/export.csv", EffectAccess.Write)),
            Job(B).Touching((EffectKind.File, "/data/export.csv", EffectAccess.Read)));

        Assert.Equal(ResourceContention.ReadWrite, Assert.Single(map.Resources).Contention);
        Assert.True(map.IsContendedWrite(map.Edge(A, "file:/data/export.csv")!));
        Assert.False(map.IsContendedWrite(map.Edge(B, "file:/data/export.csv")!));
    }

    [Fact]
    public void TwoReaders_AreNotContended()
    {
        var map = Map(
            Job(A).Touching((EffectKind.Database, "Orders", EffectAccess.Read)),
            Job(B).Touching((EffectKind.Database, "Orders", EffectAccess.Read)));

        Assert.Equal(ResourceContention.None, Assert.Single(map.Resources).Contention);
        Assert.DoesNotContain(map.Edges, map.IsContendedWrite);
    }

    [Fact]
    public void OneJobWritingTwiceAndReading_IsNotContended()
    {
        var map = Map(Job(A).Touching(
            (EffectKind.Database, "Orders", EffectAccess.Write),
            (EffectKind.Database, "Orders", EffectAccess.Write),
            (EffectKind.Database, "Orders", EffectAccess.Read)));

        var edge = Assert.Single(map.Edges);
        Assert.Equal(EffectAccess.ReadWrite, edge.Access);
        Assert.Equal(ResourceContention.None, Assert.Single(map.Resources).Contention);
    }

    [Fact]
    public void SameNameOfDifferentKinds_AreDifferentResources()
    {
        var map = Map(
            Job(A).Touching((EffectKind.Database, "Orders", EffectAccess.Write)),
            Job(B).Touching((EffectKind.File, "Orders", EffectAccess.Write)));

        Assert.Equal(2, map.Resources.Length);
        Assert.All(map.Resources, resource => Assert.Equal(ResourceContention.None, resource.Contention));
    }

    [Theory]
    [InlineData(EffectKind.Email, "SMTP")]
    [InlineData(EffectKind.Message, "Ops.Contracts.OrderPlaced")]
    [InlineData(EffectKind.Job, "InvoiceJob")]
    public void SendsByTwoJobs_AreNotContended(EffectKind kind, string resource)
    {
        var map = Map(
            Job(A).Touching((kind, resource, EffectAccess.Write)),
            Job(B).Touching((kind, resource, EffectAccess.Write)));

        var node = Assert.Single(map.Resources);
        Assert.Equal(ResourceContention.None, node.Contention);
        Assert.Equal(2, node.Writers.Length);
    }

    [Fact]
    public void DbContextNamedOnlyBySaveChanges_IsDrawnButNotFlagged()
    {
        var map = Map(
            Job(A).Touching((EffectKind.Database, "OpsDbContext", EffectAccess.Write, "SaveChangesAsync")),
            Job(B).Touching((EffectKind.Database, "OpsDbContext", EffectAccess.Write, "SaveChanges")));

        var context = Assert.Single(map.Resources);
        Assert.Equal(ResourceContention.None, context.Contention);
        Assert.NotNull(context.Unresolved);
    }

    [Fact]
    public void DbContextAlsoQueried_IsATableName_AndCanContend()
    {
        // A table that happens to be written with SaveChanges and ExecuteUpdate is named: it is flagged.
        var map = Map(
            Job(A).Touching((EffectKind.Database, "Orders", EffectAccess.Write, "SaveChangesAsync")),
            Job(B).Touching((EffectKind.Database, "Orders", EffectAccess.Write, "ExecuteUpdateAsync")));

        Assert.Equal(ResourceContention.WriteWrite, Assert.Single(map.Resources).Contention);
    }

    [Fact]
    public void JobsWithoutAProcessModel_AreCountedNotDrawn_AndTheJobFilterApplies()
    {
        var catalog = TestCatalog.Catalog(
            Job(A).Touching((EffectKind.Database, "Orders", EffectAccess.Write)),
            Job(B).Touching((EffectKind.Database, "Orders", EffectAccess.Write)),
            Job(C));

        var all = ResourceMapBuilder.Build(catalog);
        var onlyA = ResourceMapBuilder.Build(catalog, [A]);

        Assert.Equal([A, B], all.Jobs.Select(job => job.Id));
        Assert.Equal(1, all.JobsWithoutResources);
        Assert.Equal(ResourceContention.None, Assert.Single(onlyA.Resources).Contention);
    }

    [Fact]
    public void Links_GoToTheJobAndToTheFirstEffectOfEachResource()
    {
        var catalog = TestCatalog.Catalog(Job(A).Touching(
            (EffectKind.Database, "Orders", EffectAccess.Read),
            (EffectKind.Http, "api.example.com", EffectAccess.Write),
            (EffectKind.Database, "Orders", EffectAccess.Write)));
        var links = SourceLinks.FromBase("https://code.example.com/repo", "/src", out _)!;

        var map = ResourceMapBuilder.Build(catalog, link: links.AsFunc());

        Assert.Equal("https://code.example.com/repo/src/Ops/A/Run.cs#L10", Assert.Single(map.Jobs).Link);
        Assert.Equal("https://code.example.com/repo/src/Ops/A/Run.cs#L20", map.Edge(A, "database:Orders")!.Link);
        Assert.Equal("https://code.example.com/repo/src/Ops/A/Run.cs#L21", map.Edge(A, "http:api.example.com")!.Link);
        Assert.Null(ResourceMapBuilder.Build(catalog).Jobs[0].Link);
    }

    [Fact]
    public void MatrixThreshold_IsMoreThan12ResourcesOrMoreThan40Edges()
    {
        static ResourceMap WithResources(int count) =>
            Map(Job(A).Touching([.. Enumerable.Range(0, count).Select(index => (EffectKind.Database, $"T{index:00}", EffectAccess.Read))]));

        Assert.False(WithResources(12).IsLarge);
        Assert.True(WithResources(13).IsLarge);
        var jobs = Enumerable.Range(0, 5).Select(index => Job($"Ops.J{index}.Run").Touching([.. Enumerable.Range(0, 9).Select(table => (EffectKind.Database, $"T{table}", EffectAccess.Read))])).ToArray();
        Assert.True(ResourceMapBuilder.Build(TestCatalog.Catalog(jobs)).IsLarge); // 45 edges, 9 resources
        Assert.False(ResourceMapBuilder.Build(TestCatalog.Catalog(jobs[..4])).IsLarge); // 36 edges
    }

    [Fact]
    public void LargeMap_AddsTheMatrixAsSvgAndMarkdown_SmallMapDoesNot()
    {
        var request = new DiagramRequest { Day = new DateOnly(2026, 3, 1), Chain = false, Timeline = false };
        var large = Job(A).Touching([.. Enumerable.Range(0, 13).Select(index => (EffectKind.Database, $"T{index:00}", EffectAccess.Write))]);

        Assert.Equal(["resources.puml", "resources.mmd", "resources-matrix.svg", "resources-matrix.md"], DiagramViews.Build(TestCatalog.Catalog(large, Job(B)), request).Select(view => view.FileName));
        Assert.Equal(["resources.puml", "resources.mmd"], DiagramViews.Build(TestProcesses.SampleWithResources(), request).Select(view => view.FileName));
    }

    private static ResourceMap Map(params Job[] jobs) => ResourceMapBuilder.Build(TestCatalog.Catalog(jobs));

    private static Job Job(string id) => TestCatalog.Job(id, id.Split('.')[1], JobFramework.Hangfire);
}
