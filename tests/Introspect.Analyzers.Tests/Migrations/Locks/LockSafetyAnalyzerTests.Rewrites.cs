using Introspect.Analyzers.Migrations.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Introspect.Analyzers.Tests.Migrations.Locks.LockRuleTest;

namespace Introspect.Analyzers.Tests.Migrations.Locks;

/// <summary>INTR219: a column added to an existing table that makes every row be written.</summary>
public sealed partial class LockSafetyAnalyzerTests
{
    [Fact]
    public async Task EfColumnWithARandomDefaultOnPostgres_Triggers()
    {
        var test = Code<LockSafetyAnalyzer>(EfUsings + """
            using System;

            public class AddServerAgentToken : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.{|#0:AddColumn<Guid>|}(name: "AgentToken", table: "Servers", nullable: false, defaultValueSql: "gen_random_uuid()");
            }
            """, "postgresql");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR219", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Migration 'AddServerAgentToken' adds column with a per-row default (gen_random_uuid()) Servers.AgentToken to an existing table, which rewrites every row under an ACCESS EXCLUSIVE lock on PostgreSQL; "
            + "add the column without the default, backfill it in batches, then set the default for new rows"));

        await test.RunAsync();
    }

    [Fact]
    public Task EfStoredComputedAndIdentityColumns_Trigger() => Code<LockSafetyAnalyzer>(EfUsings + """
        public class AddSnapshotColumns : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.{|INTR219:AddColumn<long>|}(name: "SizeMb", table: "Snapshots", nullable: true, computedColumnSql: "\"SizeBytes\" / 1048576", stored: true);
                migrationBuilder.{|INTR219:AddColumn<int>|}(name: "Sequence", table: "Snapshots", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", 2);
            }
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task SqlServerRequiredColumnWithNewId_Triggers() => Script<LockSafetyAnalyzer>("/0/Scripts/0023_invoice_token.sql", """
        {|INTR219:ALTER TABLE [dbo].[Invoices] ADD [PublicToken] uniqueidentifier NOT NULL CONSTRAINT [DF_Invoices_PublicToken] DEFAULT (NEWID())|};
        GO
        """, "sqlserver").RunAsync();

    [Fact]
    public Task PostgresScriptSerialAndGeneratedColumns_Trigger() => Script<LockSafetyAnalyzer>("/0/Scripts/0024_usage_seq.sql", """
        {|INTR219:ALTER TABLE usage_records ADD COLUMN seq bigserial|};
        {|INTR219:ALTER TABLE usage_records ADD COLUMN qty_rounded numeric GENERATED ALWAYS AS (round(qty)) STORED|};
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentColumnWithANewGuidDefault_Triggers() => Code<LockSafetyAnalyzer>(FluentUsings + """
        [Migration(2026040201)]
        public sealed class AddInvoicePublicId : Migration
        {
            public override void Up() =>
                Alter.Table("invoices").{|INTR219:AddColumn|}("public_id").AsGuid().NotNullable().WithDefault(SystemMethods.NewGuid);

            public override void Down() => Delete.Column("public_id").FromTable("invoices");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task MySqlStoredGeneratedColumn_Triggers() => Script<LockSafetyAnalyzer>("/0/Scripts/0025_mysql_generated.sql", """
        {|INTR219:ALTER TABLE tickets ADD COLUMN body_length int AS (CHAR_LENGTH(body)) STORED|};
        """, "mysql").RunAsync();

    [Fact]
    public Task ConstantAndStatementTimeDefaults_DoNotTrigger() => Code<LockSafetyAnalyzer>(EfUsings + """
        using System;

        public class AddServerDefaults : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.AddColumn<bool>(name: "SyncEnabled", table: "MonitoredHosts", nullable: false, defaultValue: true);
                migrationBuilder.AddColumn<DateTime>(name: "RegisteredAt", table: "Servers", nullable: false, defaultValueSql: "now()");
                migrationBuilder.AddColumn<string>(name: "Notes", table: "Servers", nullable: true);
            }
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task SqlServerNullableColumnWithNewId_DoesNotTrigger() => Script<LockSafetyAnalyzer>("/0/Scripts/0026_nullable_token.sql", """
        ALTER TABLE [dbo].[Invoices] ADD [PublicToken] uniqueidentifier NULL DEFAULT (NEWID());
        GO
        """, "sqlserver").RunAsync();

    [Fact]
    public Task RandomDefaultAndIdentityOnANewTable_DoNotTrigger() => Code<LockSafetyAnalyzer>(EfUsings + """
        using System;

        public class AddAgentTokens : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateTable(name: "AgentTokens", columns: table => new { Id = table.Column<long>(nullable: false) });
                migrationBuilder.AddColumn<Guid>(name: "Token", table: "AgentTokens", nullable: false, defaultValueSql: "gen_random_uuid()");
            }
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task VirtualGeneratedColumnAndFluentDateDefault_DoNotTrigger() => Code<LockSafetyAnalyzer>(FluentUsings + """
        [Migration(2026040301)]
        public sealed class AddInvoiceTimestamps : Migration
        {
            public override void Up()
            {
                Alter.Table("invoices").AddColumn("created_at").AsDateTimeOffset().NotNullable().WithDefault(SystemMethods.CurrentUTCDateTime);
                Execute.Sql("ALTER TABLE invoices ADD COLUMN token uuid DEFAULT gen_random_uuid();");
            }

            public override void Down() => Delete.Column("created_at").FromTable("invoices");
        }
        """, "postgresql").RunAsync();
}
