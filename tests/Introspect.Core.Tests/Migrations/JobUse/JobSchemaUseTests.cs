using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;
using Introspect.Core.Migrations.JobUse;
using Microsoft.CodeAnalysis;

namespace Introspect.Core.Tests.Migrations.JobUse;

/// <summary>INTR221's matcher: which jobs use what a migration drops or renames, read from hand-built job models.</summary>
public sealed class JobSchemaUseTests
{
    [Fact]
    public void TableDrop_MatchesAJobThatReadsTheTable()
    {
        var use = JobSchemaUse.Of(Job(Ef("Servers", EffectAccess.Read)), DropTable("Servers"));

        Assert.NotNull(use);
        Assert.Equal(EffectAccess.Read, use.Access);
    }

    [Fact]
    public void TableDrop_DoesNotMatchAJobThatTouchesOtherTables()
    {
        var job = Job(Ef("ServerNotes", EffectAccess.ReadWrite), Sql("daily_usage_rollups", "SELECT server_id FROM daily_usage_rollups"));

        Assert.Null(JobSchemaUse.Of(job, DropTable("Servers")));
    }

    [Fact]
    public void TableDrop_MatchesATableJoinedInTheJobsSql()
    {
        var job = Job(Sql("invoices", "SELECT i.id, r.sent_at FROM invoices i JOIN payment_reminders r ON r.invoice_id = i.id"));

        Assert.NotNull(JobSchemaUse.Of(job, DropTable("payment_reminders")));
        Assert.Null(JobSchemaUse.Of(job, DropTable("payment")));
    }

    [Fact]
    public void ColumnDrop_MatchesAnEfCoreRead_WhichSelectsEveryMappedColumn()
    {
        var use = JobSchemaUse.Of(Job(Ef("Servers", EffectAccess.Read)), DropColumn("Servers", "LegacyRackCode"));

        Assert.NotNull(use);
    }

    [Fact]
    public void ColumnDrop_MatchesSqlThatNamesTheColumn()
    {
        var job = Job(Sql("usage_records", "SELECT customer_id, \"legacy_sku\" FROM usage_records WHERE day = @day"));

        Assert.NotNull(JobSchemaUse.Of(job, DropColumn("usage_records", "legacy_sku")));
    }

    [Fact]
    public void ColumnDrop_MatchesSelectStar()
    {
        var job = Job(Sql("usage_records", "SELECT r.* FROM usage_records r"));

        Assert.NotNull(JobSchemaUse.Of(job, DropColumn("usage_records", "legacy_sku")));
    }

    [Theory]
    [InlineData("SELECT customer_id, quantity FROM usage_records")]
    [InlineData("SELECT customer_id, legacy_sku_code FROM usage_records")]
    [InlineData("SELECT COUNT(*) FROM usage_records")]
    public void ColumnDrop_DoesNotMatchSqlThatDoesNotNameTheColumn(string sql)
    {
        var job = Job(Sql("usage_records", sql));

        Assert.Null(JobSchemaUse.Of(job, DropColumn("usage_records", "legacy_sku")));
    }

    [Fact]
    public void ColumnDrop_DoesNotMatchTheSameColumnNameOnAnotherTable()
    {
        var job = Job(Sql("daily_usage_rollups", "SELECT legacy_sku FROM daily_usage_rollups"));

        Assert.Null(JobSchemaUse.Of(job, DropColumn("usage_records", "legacy_sku")));
    }

    [Fact]
    public void Renames_MatchLikeDrops()
    {
        var job = Job(Ef("MonitoredHosts", EffectAccess.Write));
        var renameColumn = new SchemaRemoval("Rename", MigrationFramework.EfCore, DatabaseProvider.PostgreSql, SchemaOperationKind.RenameColumn, new SchemaObjectName(null, "MonitoredHosts"), "VisibleName", "DisplayName", Location.None);
        var renameTable = new SchemaRemoval("Rename", MigrationFramework.EfCore, DatabaseProvider.PostgreSql, SchemaOperationKind.RenameTable, new SchemaObjectName(null, "MonitoredHosts"), null, "Hosts", Location.None);

        Assert.Equal(EffectAccess.Write, JobSchemaUse.Of(job, renameColumn)?.Access);
        Assert.NotNull(JobSchemaUse.Of(job, renameTable));
        Assert.Null(JobSchemaUse.Of(job, renameTable with { Table = new SchemaObjectName(null, "Hosts") }));
    }

    [Theory]
    [InlineData("dbo.Servers")]
    [InlineData("[dbo].[Servers]")]
    [InlineData("\"servers\"")]
    [InlineData("`SERVERS`")]
    public void TableNames_AreComparedWithoutQuotesBracketsOrCase(string resource) =>
        Assert.NotNull(JobSchemaUse.Of(Job(Ef(resource, EffectAccess.Read)), DropTable("Servers", schema: "dbo")));

    [Fact]
    public void DifferentSchemas_AreDifferentTables() =>
        Assert.Null(JobSchemaUse.Of(Job(Ef("audit.Servers", EffectAccess.Read)), DropTable("Servers", schema: "dbo")));

    [Fact]
    public void ADbContextOnlyResource_SaysNothingAboutATable()
    {
        var job = Job(new ProcessEffect(EffectKind.Database, "OpsDbContext", EffectAccess.Write, "SaveChangesAsync", null, null));

        Assert.Null(JobSchemaUse.Of(job, DropTable("Servers")));
        Assert.Null(JobSchemaUse.Of(job, DropColumn("Servers", "LegacyRackCode")));
    }

    [Fact]
    public void NonDatabaseEffects_AndJobsWithoutAModel_NeverMatch()
    {
        var http = Job(new ProcessEffect(EffectKind.Http, "Servers", EffectAccess.Read, "GetAsync", "GET /Servers", null));

        Assert.Null(JobSchemaUse.Of(http, DropTable("Servers")));
        Assert.Null(JobSchemaUse.Of(Job() with { Process = null }, DropTable("Servers")));
    }

    [Fact]
    public void Message_NamesTheJobsFrameworkAndTrigger()
    {
        var job = Job(Ef("Servers", EffectAccess.Read)) with
        {
            Triggers = [new JobTrigger { Kind = TriggerKind.Cron, Description = "recurring, at 02:30 every day" }],
        };
        var removal = DropColumn("Servers", "LegacyRackCode");

        var users = DroppedWhileJobUsesIt.Users(removal, [JobSchemaUse.Of(job, removal)!]);

        Assert.Equal("Hangfire job 'Nightly snapshot' (recurring, at 02:30 every day) reads Servers", users);
        Assert.Equal("drops column Servers.LegacyRackCode", removal.Change);
    }

    private static SchemaRemoval DropTable(string table, string? schema = null) =>
        new("DropIt", MigrationFramework.EfCore, DatabaseProvider.PostgreSql, SchemaOperationKind.DropTable, new SchemaObjectName(schema, table), null, null, Location.None);

    private static SchemaRemoval DropColumn(string table, string column) =>
        new("DropIt", MigrationFramework.EfCore, DatabaseProvider.PostgreSql, SchemaOperationKind.DropColumn, new SchemaObjectName(null, table), column, null, Location.None);

    private static ProcessEffect Ef(string table, EffectAccess access) =>
        new(EffectKind.Database, table, access, "ToListAsync", null, new SourcePosition("src/Worker/Job.cs", 10, 5));

    private static ProcessEffect Sql(string table, string sql) =>
        new(EffectKind.Database, table, EffectAccess.Read, "QueryAsync", sql, new SourcePosition("src/Worker/Job.cs", 20, 5));

    private static Job Job(params ProcessEffect[] effects)
    {
        var step = new StepNode("run", "Job", "RunAsync", CallExpansion.Library, null, [.. effects], [], null);
        return new Job
        {
            Id = "Worker.NightlySnapshotJob.RunAsync",
            Framework = JobFramework.Hangfire,
            FrameworkName = "Hangfire",
            DisplayName = "Nightly snapshot",
            TypeName = "Worker.NightlySnapshotJob",
            EntryMethod = "RunAsync",
            Project = "Worker",
            Location = new SourceLocation("src/Worker/Job.cs", 1),
            Process = new ProcessModel("RunAsync", null, 3, [step], ResourceSummary.Of([step])),
        };
    }
}
