using System.Collections.Immutable;
using Introspect.Analyzers.Migrations;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Tests.Migrations.Sql;
using Introspect.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Tests.Migrations.Locks;

/// <summary>The facts the readers give the lock rules: which commands leave the transaction, volatile defaults, MySQL FULLTEXT, and the settings.</summary>
public sealed class LockReaderFactsTests
{
    private static MigrationDefinition Read(string source, string typeName, DatabaseProvider provider = DatabaseProvider.PostgreSql)
    {
        var compilation = SnippetCompilation.Create(source);
        return MigrationCatalog.For(compilation).Read(compilation.Type(typeName), new MigrationOptions(null, provider), CancellationToken.None)!;
    }

    [Fact]
    public void EfCommandsThatSuppressTheTransaction_AreMarkedPerOperation()
    {
        var up = Read("""
            using Microsoft.EntityFrameworkCore.Migrations;

            public class ReindexSnapshots : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.AddColumn<int>(name: "Tier", table: "Snapshots", nullable: true);
                    migrationBuilder.Sql("SET lock_timeout = '5s'; DROP INDEX CONCURRENTLY \"IX_Old\";", suppressTransaction: true);
                    migrationBuilder.CreateIndex(name: "IX_New", table: "Snapshots", column: "Tier").Annotation("Npgsql:CreatedConcurrently", true);
                    migrationBuilder.CreateIndex(name: "IX_Plain", table: "Snapshots", column: "TakenAt");
                    migrationBuilder.DropIndex(name: "IX_Legacy", table: "Snapshots").Annotation("Npgsql:CreatedConcurrently", true);
                }
            }
            """, "ReindexSnapshots").Up;

        Assert.Equal(
            [(SchemaOperationKind.AddColumn, false), (SchemaOperationKind.SetOption, true), (SchemaOperationKind.DropIndex, true), (SchemaOperationKind.CreateIndex, true),
             (SchemaOperationKind.CreateIndex, false), (SchemaOperationKind.DropIndex, false)],
            up.Select(operation => (operation.Kind, operation.SuppressesTransaction)));

        // Npgsql writes a plain DROP INDEX whatever the annotation says.
        Assert.False(up[5].IsConcurrent);
    }

    [Fact]
    public void EfPomeloFullTextIndex_IsMarked()
    {
        var index = Read("""
            using Microsoft.EntityFrameworkCore.Migrations;

            public class SearchTickets : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.CreateIndex(name: "FT_Tickets_Body", table: "Tickets", column: "Body").Annotation("MySql:FullTextIndex", true);
            }
            """, "SearchTickets", DatabaseProvider.MySql).Up.Single().Index!;

        Assert.True(index.IsFullTextOrSpatial);
    }

    [Fact]
    public void FluentNewGuidDefault_IsVolatileAndDateDefaultIsNot()
    {
        var up = Read("""
            using FluentMigrator;

            [Migration(2026040201)]
            public sealed class AddInvoiceColumns : Migration
            {
                public override void Up()
                {
                    Alter.Table("invoices").AddColumn("public_id").AsGuid().NotNullable().WithDefault(SystemMethods.NewGuid);
                    Alter.Table("invoices").AddColumn("created_at").AsDateTime().NotNullable().WithDefault(SystemMethods.CurrentUTCDateTime);
                }

                public override void Down()
                {
                }
            }
            """, "AddInvoiceColumns").Up;

        Assert.Equal([true, false], up.Select(operation => operation.NewColumn!.Default!.IsVolatile));
    }

    [Theory]
    [InlineData("CREATE FULLTEXT INDEX ft_tickets_body ON tickets (body);", true)]
    [InlineData("ALTER TABLE tickets ADD SPATIAL INDEX sp_sites_location (location);", true)]
    [InlineData("CREATE INDEX ix_tickets_opened ON tickets (opened_at);", false)]
    public void MySqlFullTextAndSpatialIndexes_AreMarked(string sql, bool expected) =>
        Assert.Equal(expected, SqlReading.Single(sql, DatabaseProvider.MySql).Index!.IsFullTextOrSpatial);

    [Theory]
    [InlineData(null, null, MigrationOptions.DefaultMaxLockingOperations, false)]
    [InlineData("8", "true", 8, true)]
    [InlineData("0", "False", 0, false)]
    [InlineData("many", "yes", MigrationOptions.DefaultMaxLockingOperations, false)]
    public void LockSettings_AreRead(string? maxLocking, string? requireTimeout, int expectedMax, bool expectedRequire)
    {
        var values = ImmutableDictionary<string, string>.Empty;
        values = maxLocking is null ? values : values.Add(MigrationOptions.MaxLockingOperationsKey, maxLocking);
        values = requireTimeout is null ? values : values.Add(MigrationOptions.RequireLockTimeoutKey, requireTimeout);

        var options = MigrationOptions.Read(new DictionaryOptions(values));

        Assert.Equal((expectedMax, expectedRequire), (options.MaxLockingOperations, options.RequireLockTimeout));
    }

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
