using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Tests.Migrations;

/// <summary>The fluent expressions of Up and Down, read into schema operations.</summary>
public sealed partial class FluentMigratorReaderTests
{
    private const string Expressions = """
        using System;
        using FluentMigrator;
        using FluentMigrator.Postgres;

        namespace Billing.Migrations;

        [Migration(2026010101)]
        public sealed class CreateInvoices : AutoReversingMigration
        {
            public override void Up()
            {
                Create.Table("invoices").InSchema("billing")
                    .WithColumn("id").AsInt64().PrimaryKey().Identity()
                    .WithColumn("number").AsString(32).NotNullable().Unique("ux_invoices_number")
                    .WithColumn("currency").AsFixedLengthString(3).Nullable()
                    .WithColumn("total_net").AsDecimal(12, 2).WithDefaultValue(0m)
                    .WithColumn("issued_at").AsDateTimeOffset().WithDefault(SystemMethods.CurrentUTCDateTime)
                    .WithColumn("customer_id").AsInt64().ForeignKey("fk_invoices_customer", "customers", "id");

                Create.Index("ix_invoices_customer_id").OnTable("invoices").InSchema("billing").OnColumn("customer_id").Ascending();
            }
        }

        [Migration(2026011201)]
        public sealed class ExtendInvoices : Migration
        {
            public override void Up()
            {
                Alter.Table("invoices").InSchema("billing")
                    .AddColumn("po_number").AsString(64).Nullable()
                    .AddColumn("segment").AsAnsiString(16).NotNullable().WithDefaultValue("hosting")
                    .AddColumn("vat_rate").AsDecimal(5, 2)
                    .AlterColumn("currency").AsFixedLengthString(3).NotNullable();

                Create.Column("exported").OnTable("invoices").InSchema("billing").AsBoolean().NotNullable().WithDefaultValue(false);

                Alter.Column("number").OnTable("invoices").InSchema("billing").AsString(64);

                Alter.Table("invoice_lines")
                    .AddColumn("vat_code").AsCustom("varchar(8)").NotNullable().SetExistingRowsTo("standard").Indexed("ix_invoice_lines_vat_code");
            }

            public override void Down()
            {
                Delete.Column("po_number").Column("segment").Column("vat_rate").FromTable("invoices").InSchema("billing");
            }
        }

        [Migration(2026031501)]
        public sealed class LinkCreditMemos : Migration
        {
            public override void Up()
            {
                Alter.Table("credit_memos")
                    .AddColumn("invoice_id").AsInt64().Nullable().ForeignKey("fk_credit_memos_invoice", "invoices", "id")
                    .AddColumn("external_ref").AsString(40).Nullable().Unique();

                Alter.Table("invoices")
                    .AddColumn("refund_id").AsInt64().Nullable().ReferencedBy("fk_refunds_invoice", "refunds", "invoice_id");
            }

            public override void Down()
            {
            }
        }

        [Migration(2026030501)]
        public sealed class ConstrainInvoices : Migration
        {
            public override void Up()
            {
                Create.Index("ux_invoices_number").OnTable("invoices")
                    .OnColumn("number").Ascending()
                    .OnColumn("issued_at").Descending()
                    .WithOptions().Unique();

                Create.Index("ix_invoices_open").OnTable("invoices")
                    .OnColumn("due_at").Ascending()
                    .WithOptions().AsConcurrently().Filter("exported = false");

                Create.ForeignKey("fk_credit_memos_invoice")
                    .FromTable("credit_memos").InSchema("billing").ForeignColumn("invoice_id")
                    .ToTable("invoices").InSchema("billing").PrimaryColumn("id")
                    .OnDelete(System.Data.Rule.Cascade);

                Create.UniqueConstraint("uq_credit_memos_number").OnTable("credit_memos").Columns("number", "issued_year");

                Create.PrimaryKey("pk_payments").OnTable("payments").Column("id");
            }

            public override void Down()
            {
                Delete.Index("ux_invoices_number").OnTable("invoices");
                Delete.ForeignKey("fk_credit_memos_invoice").OnTable("credit_memos").InSchema("billing");
                Delete.UniqueConstraint("uq_credit_memos_number").FromTable("credit_memos");
                Delete.PrimaryKey("pk_payments").FromTable("payments");
            }
        }

        [Migration(2026020301)]
        public sealed class ReshapeCredit : Migration
        {
            public override void Up()
            {
                Rename.Column("cust_id").OnTable("invoices").InSchema("billing").To("customer_id");
                Rename.Table("credit_notes").InSchema("billing").To("credit_memos");
                Delete.Table("payment_reminders").InSchema("billing");
                Insert.IntoTable("invoice_states").Row(new { code = "draft" }).Row(new { code = "sent" });
                Update.Table("invoices").Set(new { segment = "hosting" }).AllRows();
                Update.Table("invoices").Set(new { segment = "colo" }).Where(new { product = "rack" });
                Delete.FromTable("invoice_states").Row(new { code = "void" });
                Delete.FromTable("audit_log").AllRows();
                Execute.Sql("DROP VIEW IF EXISTS open_invoices_v1;");
                Execute.EmbeddedScript("Billing.Migrations.Scripts.RebuildInvoiceTotals.sql");
                Execute.Script("scripts/backfill_totals.sql");
            }

            public override void Down() => throw new NotSupportedException("Credit notes do not come back.");
        }

        [Migration(2026080101)]
        public sealed class PerDatabaseIndexes : Migration
        {
            public override void Up()
            {
                IfDatabase("postgres").Create.Index("ix_pg_number").OnTable("invoices").OnColumn("number").Ascending().WithOptions().AsConcurrently();
                IfDatabase(ProcessorIdConstants.SqlServer).Execute.Sql("CREATE INDEX ix_ms_number ON invoices(number) WITH (ONLINE = ON);");
                IfDatabase("Postgres", "SQLite").Delegate(() => Delete.Column("legacy_flag").FromTable("invoices"));
                IfDatabase(databaseType => databaseType.StartsWith("Oracle", StringComparison.Ordinal)).Delete.Table("oracle_staging");
                Delete.Column("migrated_at").FromTable("invoices");
            }

            public override void Down()
            {
            }
        }
        """;

    private static readonly Lazy<Compilation> s_expressions = new(() => SnippetCompilation.Create(Expressions));

    private static MigrationDefinition ReadExpressions(string typeName, DatabaseProvider provider = DatabaseProvider.PostgreSql) =>
        Read(s_expressions.Value, "Billing.Migrations." + typeName, provider)!;

    private static string Text(Location location) => location.SourceTree!.GetText().ToString(location.SourceSpan);

    [Fact]
    public void CreateTable_ReadsItsColumnsAndWhatTheirOptionsCreate()
    {
        var up = ReadExpressions("CreateInvoices").Up;

        Assert.Equal(
            [SchemaOperationKind.CreateTable, SchemaOperationKind.CreateIndex, SchemaOperationKind.AddForeignKey, SchemaOperationKind.CreateIndex],
            up.Select(operation => operation.Kind));
        var table = up[0];
        Assert.Equal(("billing", "invoices"), (table.Table!.Schema, table.Table.Name));
        Assert.Equal(["id", "number", "currency", "total_net", "issued_at", "customer_id"], table.TableColumns.Select(column => column.Name));
        Assert.Equal([false, false, true, false, false, false], table.TableColumns.Select(column => column.IsNullable));
        Assert.True(table.TableColumns[0].IsIdentity);
        Assert.Equal(("long", "Int64"), (table.TableColumns[0].ClrType, table.TableColumns[0].StoreType));
        Assert.Equal((32, "String(32)"), (table.TableColumns[1].MaxLength, table.TableColumns[1].StoreType));
        Assert.Equal((12, 2), (table.TableColumns[3].Precision, table.TableColumns[3].Scale));
        Assert.Equal(new ColumnDefault("0m", IsSqlExpression: false, IsClrDefault: true), table.TableColumns[3].Default);
        Assert.Equal(new ColumnDefault("SystemMethods.CurrentUTCDateTime", IsSqlExpression: true, IsClrDefault: false), table.TableColumns[4].Default);
        Assert.Equal(("ux_invoices_number", true), (up[1].Index!.Name, up[1].Index!.IsUnique));
        Assert.Equal(("fk_invoices_customer", "invoices"), (up[2].ObjectName, up[2].Table!.Name));
    }

    [Fact]
    public void ObjectsOnATableCreatedInTheSameMigration_AreKnownAsNew()
    {
        var migration = ReadExpressions("CreateInvoices");

        Assert.All(migration.Up, operation => Assert.True(migration.CreatesTable(operation.Table)));
        Assert.False(migration.CreatesTable(new SchemaObjectName(null, "customers")));
    }

    [Fact]
    public void AlterTable_ReadsEachAddedAndAlteredColumn()
    {
        var up = ReadExpressions("ExtendInvoices").Up;

        Assert.Equal(
            [
                SchemaOperationKind.AddColumn, SchemaOperationKind.AddColumn, SchemaOperationKind.AddColumn, SchemaOperationKind.AlterColumn,
                SchemaOperationKind.AddColumn, SchemaOperationKind.AlterColumn, SchemaOperationKind.AddColumn, SchemaOperationKind.ModifyData,
                SchemaOperationKind.CreateIndex,
            ],
            up.Select(operation => operation.Kind));
        Assert.Equal(["po_number", "segment", "vat_rate", "currency", "exported", "number", "vat_code", null, "ix_invoice_lines_vat_code"], up.Select(operation => operation.Column ?? operation.ObjectName));
        Assert.All(up.Take(6), operation => Assert.Equal(new SchemaObjectName("billing", "invoices"), operation.Table));

        // Added columns are NOT NULL unless .Nullable() says otherwise.
        Assert.Equal([true, false, false], up.Take(3).Select(operation => operation.NewColumn!.IsNullable));
        Assert.Equal(new ColumnDefault("\"hosting\"", IsSqlExpression: false, IsClrDefault: false), up[1].NewColumn!.Default);
        Assert.Null(up[2].NewColumn!.Default);
        Assert.Equal((false, true), (up[4].NewColumn!.IsNullable, up[4].NewColumn!.Default!.IsClrDefault));
        Assert.Equal("varchar(8)", up[6].NewColumn!.StoreType);

        // FluentMigrator never states the old column.
        Assert.False(up[3].NewColumn!.IsNullable);
        Assert.Null(up[3].OldColumn);
        Assert.Equal(64, up[5].NewColumn!.MaxLength);

        // SetExistingRowsTo backfills every row of the table.
        Assert.Equal((false, "invoice_lines"), (up[7].HasWhereClause, up[7].Table!.Name));
    }

    [Fact]
    public void ColumnOptionsOnAnExistingTable_CreateTheirIndexesAndForeignKeys()
    {
        var up = ReadExpressions("LinkCreditMemos").Up;

        Assert.Equal(
            [
                SchemaOperationKind.AddColumn, SchemaOperationKind.AddForeignKey, SchemaOperationKind.AddColumn, SchemaOperationKind.CreateIndex,
                SchemaOperationKind.AddColumn, SchemaOperationKind.AddForeignKey,
            ],
            up.Select(operation => operation.Kind));
        Assert.Equal(("credit_memos", "fk_credit_memos_invoice", true), (up[1].Table!.Name, up[1].ObjectName, up[1].ValidatesExistingRows));
        Assert.Equal(("credit_memos", true), (up[3].Table!.Name, up[3].Index!.IsUnique));
        Assert.Equal(["external_ref"], up[3].Index!.Columns.ToArray());

        // ReferencedBy puts the key on the other table, whose existing rows it checks.
        Assert.Equal(("refunds", "fk_refunds_invoice"), (up[5].Table!.Name, up[5].ObjectName));
        Assert.Equal(["AddColumn", "ForeignKey", "AddColumn", "Unique", "AddColumn", "ReferencedBy"], up.Select(operation => Text(operation.Location)));
    }

    [Theory]
    [InlineData(DatabaseProvider.PostgreSql, null)]
    [InlineData(DatabaseProvider.Unknown, null)]
    [InlineData(DatabaseProvider.SqlServer, false)]
    public void AlterColumnWithoutNullability_IsNotNullWhereTheGeneratorRestatesTheColumn(DatabaseProvider provider, bool? expected) =>
        Assert.Equal(expected, ReadExpressions("ExtendInvoices", provider).Up[5].NewColumn!.IsNullable);

    [Fact]
    public void DeleteColumnChain_IsOneDropPerColumn()
    {
        var down = ReadExpressions("ExtendInvoices").Down;

        Assert.All(down, operation => Assert.Equal((SchemaOperationKind.DropColumn, "billing", "invoices"), (operation.Kind, operation.Table!.Schema, operation.Table.Name)));
        Assert.Equal(["po_number", "segment", "vat_rate"], down.Select(operation => operation.Column));
        Assert.All(down, operation => Assert.Equal("Column", Text(operation.Location)));
    }

    [Fact]
    public void IndexesAndConstraints_AreReadWithTheirOptions()
    {
        var up = ReadExpressions("ConstrainInvoices").Up;

        Assert.Equal(
            [SchemaOperationKind.CreateIndex, SchemaOperationKind.CreateIndex, SchemaOperationKind.AddForeignKey, SchemaOperationKind.AddUniqueConstraint, SchemaOperationKind.AddPrimaryKey],
            up.Select(operation => operation.Kind));
        Assert.Equal(["number", "issued_at"], up[0].Index!.Columns.ToArray());
        Assert.Equal((true, false), (up[0].Index!.IsUnique, up[0].Index!.IsConcurrent));
        Assert.Equal((false, true, "exported = false"), (up[1].Index!.IsUnique, up[1].Index!.IsConcurrent, up[1].Index!.Filter));
        Assert.Equal(("fk_credit_memos_invoice", "billing", "credit_memos", true), (up[2].ObjectName, up[2].Table!.Schema, up[2].Table!.Name, up[2].ValidatesExistingRows));
        Assert.Equal(["number", "issued_year"], up[3].Index!.Columns.ToArray());
        Assert.Equal(("pk_payments", "payments"), (up[4].ObjectName, up[4].Table!.Name));
        Assert.Equal(["Index", "Index", "ForeignKey", "UniqueConstraint", "PrimaryKey"], up.Select(operation => Text(operation.Location)));
    }

    [Fact]
    public void DeletedIndexesAndConstraints_AreRead()
    {
        var down = ReadExpressions("ConstrainInvoices").Down;

        Assert.Equal([SchemaOperationKind.DropIndex, SchemaOperationKind.DropConstraint, SchemaOperationKind.DropConstraint, SchemaOperationKind.DropConstraint], down.Select(operation => operation.Kind));
        Assert.Equal(["ux_invoices_number", "fk_credit_memos_invoice", "uq_credit_memos_number", "pk_payments"], down.Select(operation => operation.ObjectName));
        Assert.Equal(["invoices", "credit_memos", "credit_memos", "payments"], down.Select(operation => operation.Table!.Name));
    }

    [Fact]
    public void RenamesDropsDataChangesAndSql_AreRead()
    {
        var up = ReadExpressions("ReshapeCredit").Up;

        Assert.Equal(
            [
                SchemaOperationKind.RenameColumn, SchemaOperationKind.RenameTable, SchemaOperationKind.DropTable, SchemaOperationKind.ModifyData,
                SchemaOperationKind.ModifyData, SchemaOperationKind.ModifyData, SchemaOperationKind.ModifyData, SchemaOperationKind.ModifyData,
                SchemaOperationKind.DropView, SchemaOperationKind.UnrecognisedSql, SchemaOperationKind.UnrecognisedSql,
            ],
            up.Select(operation => operation.Kind));
        Assert.Equal(("billing", "invoices", "cust_id", "customer_id"), (up[0].Table!.Schema, up[0].Table!.Name, up[0].Column, up[0].NewName));
        Assert.Equal(("billing", "credit_notes", "credit_memos"), (up[1].Table!.Schema, up[1].Table!.Name, up[1].NewName));
        Assert.Equal(("billing", "payment_reminders"), (up[2].Table!.Schema, up[2].Table!.Name));
        Assert.Equal(
            [("invoice_states", null), ("invoices", false), ("invoices", true), ("invoice_states", true), ("audit_log", false)],
            up.Skip(3).Take(5).Select(operation => (operation.Table!.Name, operation.HasWhereClause)));
        Assert.Equal(("DROP VIEW IF EXISTS open_invoices_v1", true), (up[8].Sql, up[8].IsFromEmbeddedSql));
        Assert.Equal("\"DROP VIEW IF EXISTS open_invoices_v1;\"", Text(up[8].Location));
        Assert.Equal(("Billing.Migrations.Scripts.RebuildInvoiceTotals.sql", null, false), (up[9].ObjectName, up[9].Sql, up[9].IsFromEmbeddedSql));
        Assert.Equal("scripts/backfill_totals.sql", up[10].ObjectName);
        Assert.Equal(["Column", "Table", "Table", "IntoTable", "Table", "Table", "FromTable", "FromTable"], up.Take(8).Select(operation => Text(operation.Location)));
    }

    [Fact]
    public void IfDatabase_KeepsOnlyTheOperationsForTheProvider()
    {
        Assert.Equal(
            [SchemaOperationKind.CreateIndex, SchemaOperationKind.DropColumn, SchemaOperationKind.DropTable, SchemaOperationKind.DropColumn],
            ReadExpressions("PerDatabaseIndexes", DatabaseProvider.PostgreSql).Up.Select(operation => operation.Kind));
        // The SQL Server branch's Execute.Sql holds a CREATE INDEX, which the SQL reader breaks out.
        Assert.Equal(
            [SchemaOperationKind.CreateIndex, SchemaOperationKind.DropTable, SchemaOperationKind.DropColumn],
            ReadExpressions("PerDatabaseIndexes", DatabaseProvider.SqlServer).Up.Select(operation => operation.Kind));
    }

    [Fact]
    public void IfDatabase_KeepsEveryBranchWhenTheProviderIsUnknown() =>
        Assert.Equal(
            ["ix_pg_number", "ix_ms_number", "legacy_flag", "oracle_staging", "migrated_at"],
            ReadExpressions("PerDatabaseIndexes", DatabaseProvider.Unknown).Up.Select(operation => operation.ObjectName ?? operation.Column ?? operation.Table?.Name));

    [Fact]
    public void IfDatabaseOfASingleProvider_TellsTheProviderOfTheProject()
    {
        var compilation = SnippetCompilation.Create("""
            using FluentMigrator;

            [Migration(2026090101)]
            public sealed class ConcurrentInvoiceIndex : Migration
            {
                public override void Up() =>
                    IfDatabase("postgres").Execute.Sql("CREATE INDEX CONCURRENTLY ix_invoices_due_at ON invoices (due_at);");

                public override void Down() => Delete.Index("ix_invoices_due_at").OnTable("invoices");
            }
            """);

        Assert.Equal(DatabaseProvider.PostgreSql, Read(compilation, "ConcurrentInvoiceIndex", provider: null)!.Provider);
    }

    [Fact]
    public void IfDatabaseOfSeveralProviders_LeavesTheProviderUnknown() =>
        Assert.Equal(DatabaseProvider.Unknown, Read(s_expressions.Value, "Billing.Migrations.PerDatabaseIndexes", provider: null)!.Provider);

    [Fact]
    public void SqlServerOnlineIndexes_AreReadAsNonBlocking()
    {
        var compilation = SnippetCompilation.Create("""
            using FluentMigrator;
            using FluentMigrator.SqlServer;

            [Migration(2026090201)]
            public sealed class IndexInvoiceDates : Migration
            {
                public override void Up()
                {
                    Create.Index("ix_invoices_issued_at").OnTable("invoices").OnColumn("issued_at").Ascending().WithOptions().Online();
                    Create.Index("ix_invoices_due_at").OnTable("invoices").OnColumn("due_at").Ascending().WithOptions().Online(false);
                }

                public override void Down() => Delete.Index("ix_invoices_issued_at").OnTable("invoices").WithOptions().Online();
            }
            """);

        var migration = Read(compilation, "IndexInvoiceDates", DatabaseProvider.SqlServer)!;

        Assert.Equal([true, false], migration.Up.Select(operation => operation.Index!.IsConcurrent));
        Assert.True(Assert.Single(migration.Down).IsConcurrent);
    }
}
