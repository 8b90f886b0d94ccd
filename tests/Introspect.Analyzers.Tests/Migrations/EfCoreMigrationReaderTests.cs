using Introspect.Analyzers.Migrations;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Tests.Verifiers;

namespace Introspect.Analyzers.Tests.Migrations;

/// <summary>Reading EF Core migrations written against the real MigrationBuilder API.</summary>
public sealed class EfCoreMigrationReaderTests
{
    private const string Migrations = """
        using System;
        using Microsoft.EntityFrameworkCore.Migrations;
        using Microsoft.EntityFrameworkCore.Infrastructure;

        namespace Ops.Migrations;

        [Migration("20260421103307_ReshapeServers")]
        public partial class ReshapeServers : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.DropColumn(name: "LegacyRackCode", table: "Servers");

                migrationBuilder.AlterColumn<string>(
                    name: "Hostname",
                    table: "Servers",
                    type: "character varying(63)",
                    maxLength: 63,
                    nullable: false,
                    oldClrType: typeof(string),
                    oldType: "character varying(255)",
                    oldMaxLength: 255,
                    oldNullable: true);

                migrationBuilder.AddColumn<int>(
                    name: "SupportTier",
                    table: "Customers",
                    type: "integer",
                    nullable: false,
                    defaultValue: 0);

                migrationBuilder.AddColumn<DateTime>(
                    name: "CheckedAt",
                    table: "Servers",
                    nullable: false,
                    defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

                migrationBuilder.CreateTable(
                    name: "AlertOutbox",
                    columns: table => new
                    {
                        Id = table.Column<long>(type: "bigint", nullable: false),
                        Body = table.Column<string>(name: "body_text", type: "text", nullable: true),
                    },
                    constraints: table => table.PrimaryKey("PK_AlertOutbox", x => x.Id));

                migrationBuilder.CreateIndex(
                    name: "IX_Servers_Hostname",
                    table: "Servers",
                    column: "Hostname",
                    unique: true);

                migrationBuilder.CreateIndex(
                    name: "IX_MonitoredHosts_LastSyncedAt",
                    table: "MonitoredHosts",
                    columns: new[] { "LastSyncedAt", "Id" })
                    .Annotation("Npgsql:CreatedConcurrently", true);

                migrationBuilder.RenameColumn(name: "VisibleName", table: "MonitoredHosts", newName: "DisplayName");

                migrationBuilder.Sql("UPDATE \"Customers\" SET \"SupportTier\" = 1", suppressTransaction: true);
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
            }
        }

        [Migration("20260101000000_Initial")]
        public class Initial : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("HostGroups");

            protected override void Down(MigrationBuilder migrationBuilder) => throw new NotSupportedException("forward only");
        }

        public class NoDown : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.RenameTable("credit_notes", newName: "credit_memos");
        }

        public class NotAMigration
        {
            public void Up(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Nope");
        }
        """;

    private static readonly Microsoft.CodeAnalysis.CSharp.CSharpCompilation Compilation = SnippetCompilation.Create(Migrations);

    private static MigrationDefinition? Read(string typeName) =>
        MigrationCatalog.For(Compilation).Read(Compilation.Type(typeName), new MigrationOptions(null, DatabaseProvider.PostgreSql), CancellationToken.None);

    [Fact]
    public void Migration_HasItsIdNameProviderAndRollbackState()
    {
        var migration = Read("Ops.Migrations.ReshapeServers")!;

        Assert.Equal("20260421103307_ReshapeServers", migration.Id);
        Assert.Equal("ReshapeServers", migration.Name);
        Assert.Equal(MigrationFramework.EfCore, migration.Framework);
        Assert.Equal(DatabaseProvider.PostgreSql, migration.Provider);
        Assert.Equal(RollbackState.Empty, migration.Rollback);
        Assert.True(migration.SuppressesTransaction);
    }

    [Fact]
    public void UpOperations_AreReadInOrderWithTheirDetails()
    {
        var up = Read("Ops.Migrations.ReshapeServers")!.Up;

        Assert.Equal(
            [
                SchemaOperationKind.DropColumn, SchemaOperationKind.AlterColumn, SchemaOperationKind.AddColumn, SchemaOperationKind.AddColumn,
                SchemaOperationKind.CreateTable, SchemaOperationKind.CreateIndex, SchemaOperationKind.CreateIndex, SchemaOperationKind.RenameColumn,
                SchemaOperationKind.ModifyData,
            ],
            up.Select(operation => operation.Kind));

        Assert.Equal(("Servers", "LegacyRackCode"), (up[0].Table!.Name, up[0].Column));

        var alter = up[1];
        Assert.Equal((63, false), (alter.NewColumn!.MaxLength, alter.NewColumn.IsNullable));
        Assert.Equal((255, true, "character varying(255)"), (alter.OldColumn!.MaxLength, alter.OldColumn.IsNullable, alter.OldColumn.StoreType));

        Assert.Equal(("0", false, true), (up[2].NewColumn!.Default!.Text, up[2].NewColumn!.Default!.IsSqlExpression, up[2].NewColumn!.Default!.IsClrDefault));
        Assert.True(up[3].NewColumn!.Default!.IsClrDefault);

        Assert.Equal(["Id", "body_text"], up[4].TableColumns.Select(column => column.Name));
        Assert.Equal((true, false), (up[5].Index!.IsUnique, up[5].Index!.IsConcurrent));
        Assert.Equal(["Hostname"], up[5].Index!.Columns.ToArray());
        Assert.Equal((false, true), (up[6].Index!.IsUnique, up[6].Index!.IsConcurrent));
        Assert.Equal(["LastSyncedAt", "Id"], up[6].Index!.Columns.ToArray());
        Assert.Equal(("VisibleName", "DisplayName"), (up[7].Column, up[7].NewName));
        Assert.True(up[8].IsFromEmbeddedSql);
        Assert.Equal(("Customers", false), (up[8].Table!.Name, up[8].HasWhereClause));
        Assert.Contains("SupportTier", up[8].Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedSqlStatements_AreLocatedAtTheSqlArgument()
    {
        var update = Read("Ops.Migrations.ReshapeServers")!.Up[8];

        Assert.StartsWith("\"UPDATE", update.Location.SourceTree!.GetText().ToString(update.Location.SourceSpan), StringComparison.Ordinal);
    }

    [Fact]
    public void OperationLocations_PointAtTheBuilderMethod()
    {
        var drop = Read("Ops.Migrations.ReshapeServers")!.Up[0];

        Assert.Equal("DropColumn", drop.Location.SourceTree!.GetText().ToString(drop.Location.SourceSpan));
    }

    [Fact]
    public void NewTable_IsKnownAsCreatedByTheMigration()
    {
        var migration = Read("Ops.Migrations.ReshapeServers")!;

        Assert.True(migration.CreatesTable(new SchemaObjectName(null, "alertoutbox")));
        Assert.False(migration.CreatesTable(new SchemaObjectName(null, "Servers")));
    }

    [Theory]
    [InlineData("Ops.Migrations.Initial", RollbackState.Throws)]
    [InlineData("Ops.Migrations.NoDown", RollbackState.Missing)]
    public void Down_IsClassified(string typeName, RollbackState expected) =>
        Assert.Equal(expected, Read(typeName)!.Rollback);

    [Fact]
    public void ClassThatIsNotAMigration_ReadsAsNull() =>
        Assert.Null(Read("Ops.Migrations.NotAMigration"));
}
