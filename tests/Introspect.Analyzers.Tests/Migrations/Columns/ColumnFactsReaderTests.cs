using System.Collections.Immutable;
using Introspect.Analyzers.Migrations;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Tests.Migrations.Sql;
using Introspect.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Tests.Migrations.Columns;

/// <summary>
/// The column facts INTR205–INTR207 and INTR216 read: defaults the EF Core target model configures, columns the
/// database computes, and what the earlier migrations made of a column (<see cref="SchemaHistory"/>).
/// </summary>
public sealed class ColumnFactsReaderTests
{
    private const string EfMigrations = """
        using System;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Ops.Migrations;

        [Migration("20260801000000_AddServerColumns")]
        public partial class AddServerColumns : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.AddColumn<bool>(name: "is_active", table: "Servers", nullable: false, defaultValue: false);
                migrationBuilder.AddColumn<int>(name: "Priority", table: "Servers", nullable: false, defaultValue: 0);
                migrationBuilder.AddColumn<string>(name: "Fqdn", table: "Servers", nullable: false, computedColumnSql: "\"Hostname\" || '.ops'");
                migrationBuilder.AddColumn<byte[]>(name: "RowVersion", table: "Servers", rowVersion: true, nullable: false);
            }
        }

        partial class AddServerColumns
        {
            protected override void BuildTargetModel(ModelBuilder modelBuilder)
            {
                modelBuilder.Entity("Ops.Domain.Server", b =>
                    {
                        b.Property<bool>("IsActive").HasColumnName("is_active").HasDefaultValue(false);
                        b.Property<int>("Priority").HasColumnType("integer");
                        b.ToTable("Servers");
                    });
            }
        }
        """;

    private const string FluentMigrations = """
        using FluentMigrator;

        namespace Billing.Migrations;

        [Migration(1)]
        public sealed class CreateInvoices : AutoReversingMigration
        {
            public override void Up() => Create.Table("invoices")
                .WithColumn("id").AsInt64().PrimaryKey()
                .WithColumn("code").AsString(32).Nullable()
                .WithColumn("legacy").AsString(8).Nullable();
        }

        [Migration(2)]
        public sealed class RenameCode : AutoReversingMigration
        {
            public override void Up() => Rename.Column("code").OnTable("invoices").To("number");
        }

        [Migration(3)]
        public sealed class WidenNumber : ForwardOnlyMigration
        {
            public override void Up()
            {
                Alter.Column("number").OnTable("invoices").AsString(64);
                Delete.Column("legacy").FromTable("invoices");
            }
        }

        [Migration(4)]
        public sealed class RequireNumber : ForwardOnlyMigration
        {
            public override void Up()
            {
                Alter.Column("number").OnTable("invoices").AsString(64).NotNullable();
                Alter.Column("legacy").OnTable("invoices").AsString(8).NotNullable();
                Alter.Table("invoices").AddColumn("segment").AsString(16).Nullable();
                Alter.Column("segment").OnTable("invoices").AsString(16).NotNullable();
            }
        }
        """;

    private static MigrationDefinition ReadEf(string typeName)
    {
        var compilation = SnippetCompilation.Create(EfMigrations);
        return MigrationCatalog.For(compilation).Read(compilation.Type(typeName), new MigrationOptions(null, DatabaseProvider.PostgreSql), CancellationToken.None)!;
    }

    [Fact]
    public void EfDefaultTheTargetModelConfigures_IsMarkedAsConfigured()
    {
        var up = ReadEf("Ops.Migrations.AddServerColumns").Up;

        Assert.Equal((true, true), (up[0].NewColumn!.Default!.IsClrDefault, up[0].NewColumn!.Default!.IsConfiguredInModel));
        Assert.Equal((true, false), (up[1].NewColumn!.Default!.IsClrDefault, up[1].NewColumn!.Default!.IsConfiguredInModel));
    }

    [Fact]
    public void EfComputedAndRowVersionColumns_AreComputed()
    {
        var up = ReadEf("Ops.Migrations.AddServerColumns").Up;

        Assert.Equal([false, false, true, true], up.Select(operation => operation.NewColumn!.IsComputed));
    }

    [Theory]
    [InlineData("ALTER TABLE usage_records ADD COLUMN qty_rounded numeric GENERATED ALWAYS AS (round(qty)) STORED;", DatabaseProvider.PostgreSql, true)]
    [InlineData("ALTER TABLE usage_records ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;", DatabaseProvider.PostgreSql, false)]
    [InlineData("ALTER TABLE dbo.Servers ADD Fqdn AS (Hostname + '.ops');", DatabaseProvider.SqlServer, true)]
    [InlineData("ALTER TABLE dbo.Servers ADD RowVer rowversion NOT NULL;", DatabaseProvider.SqlServer, true)]
    [InlineData("ALTER TABLE dbo.Servers ADD RackId int NOT NULL;", DatabaseProvider.SqlServer, false)]
    public void SqlColumnsTheDatabaseFills_AreComputed(string sql, DatabaseProvider provider, bool computed) =>
        Assert.Equal(computed, SqlReading.Single(sql, provider).NewColumn!.IsComputed);

    [Fact]
    public void History_FollowsCreationRenamesAlterationsAndDrops()
    {
        var compilation = SnippetCompilation.Create(FluentMigrations);
        var catalog = MigrationCatalog.For(compilation);
        var options = new MigrationOptions(null, DatabaseProvider.PostgreSql);
        var require = catalog.Read(compilation.Type("Billing.Migrations.RequireNumber"), options, CancellationToken.None)!;
        var history = catalog.History(new AnalyzerOptions(ImmutableArray<Microsoft.CodeAnalysis.AdditionalText>.Empty));

        var number = history.ColumnBefore(require, require.Up[0]);
        Assert.Equal(("String(64)", true), (number?.StoreType, number?.IsNullable));
        Assert.Null(history.ColumnBefore(require, require.Up[1]));

        var segment = history.ColumnBefore(require, require.Up[3]);
        Assert.Equal(("String(16)", true), (segment?.StoreType, segment?.IsNullable));
    }

    [Fact]
    public void ColumnTheMigrationsNeverMention_IsUnknown()
    {
        var compilation = SnippetCompilation.Create(FluentMigrations);
        var catalog = MigrationCatalog.For(compilation);
        var require = catalog.Read(compilation.Type("Billing.Migrations.RequireNumber"), new MigrationOptions(null, DatabaseProvider.PostgreSql), CancellationToken.None)!;
        var alteration = new SchemaOperation(SchemaOperationKind.AlterColumn, require.Location) { Table = new SchemaObjectName(null, "customers"), Column = "code" };

        Assert.Null(catalog.History(new AnalyzerOptions(ImmutableArray<Microsoft.CodeAnalysis.AdditionalText>.Empty)).ColumnBefore(require, alteration));
    }
}
