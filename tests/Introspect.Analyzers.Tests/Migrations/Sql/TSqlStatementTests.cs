using Introspect.Analyzers.Migrations.Model;
using static Introspect.Analyzers.Tests.Migrations.Sql.SqlReading;

namespace Introspect.Analyzers.Tests.Migrations.Sql;

/// <summary>The SQL Server forms, read with ScriptDom.</summary>
public sealed class TSqlStatementTests
{
    private const DatabaseProvider SqlServer = DatabaseProvider.SqlServer;

    [Fact]
    public void CreateTable_HasItsColumns()
    {
        var create = Single("""
            CREATE TABLE [dbo].[AlertOutbox] (
                [Id] bigint IDENTITY(1,1) NOT NULL CONSTRAINT [PK_AlertOutbox] PRIMARY KEY,
                [Body] nvarchar(max) NULL,
                [CreatedAt] datetime2 NOT NULL DEFAULT (SYSUTCDATETIME())
            );
            """, SqlServer);

        Assert.Equal((SchemaOperationKind.CreateTable, "dbo", "AlertOutbox"), (create.Kind, create.Table!.Schema, create.Table.Name));
        Assert.Equal(["Id", "Body", "CreatedAt"], create.TableColumns.Select(column => column.Name));
        Assert.Equal((true, false), (create.TableColumns[0].IsIdentity, create.TableColumns[0].IsNullable));
        Assert.Equal(("nvarchar(max)", (int?)null, (bool?)true), (create.TableColumns[1].StoreType, create.TableColumns[1].MaxLength, create.TableColumns[1].IsNullable));
        Assert.Equal(("(SYSUTCDATETIME())", true, false), (create.TableColumns[2].Default!.Text, create.TableColumns[2].Default!.IsSqlExpression, create.TableColumns[2].Default!.IsVolatile));
    }

    [Fact]
    public void DropTable_ReadsEachTable()
    {
        var drops = Read("DROP TABLE IF EXISTS dbo.LegacyZabbixImport, dbo.HostGroups;", SqlServer);

        Assert.Equal(["LegacyZabbixImport", "HostGroups"], drops.Select(drop => drop.Table!.Name));
        Assert.All(drops, drop => Assert.Equal(SchemaOperationKind.DropTable, drop.Kind));
    }

    [Fact]
    public void AddColumns_HaveTheirDefinitions()
    {
        var operations = Read("ALTER TABLE dbo.Servers ADD AgentToken uniqueidentifier NOT NULL CONSTRAINT DF_Servers_AgentToken DEFAULT NEWID(), Notes nvarchar(400), Total AS (Net + Vat) PERSISTED;", SqlServer);

        Assert.Equal([SchemaOperationKind.AddColumn, SchemaOperationKind.AddColumn, SchemaOperationKind.AddColumn], Kinds(operations));
        Assert.Equal((false, "NEWID()", true), (operations[0].NewColumn!.IsNullable, operations[0].NewColumn!.Default!.Text, operations[0].NewColumn!.Default!.IsVolatile));
        Assert.Equal(((bool?)true, (int?)400), (operations[1].NewColumn!.IsNullable, operations[1].NewColumn!.MaxLength));
        Assert.True(operations[2].NewColumn!.IsStoredComputed);
    }

    [Fact]
    public void AddColumnWithConstantDefault_IsALiteral()
    {
        var add = Single("ALTER TABLE dbo.Customers ADD SupportTier int NOT NULL DEFAULT (0);", SqlServer);

        Assert.Equal(("(0)", false, false), (add.NewColumn!.Default!.Text, add.NewColumn.Default.IsSqlExpression, add.NewColumn.Default.IsVolatile));
    }

    [Fact]
    public void DropColumns_CarryTheElementTypeToEveryName()
    {
        const string Sql = "ALTER TABLE dbo.Servers DROP COLUMN LegacyRackCode, RackUnit;";

        var operations = Read(Sql, SqlServer);

        Assert.Equal([SchemaOperationKind.DropColumn, SchemaOperationKind.DropColumn], Kinds(operations));
        Assert.Equal(["LegacyRackCode", "RackUnit"], operations.Select(operation => operation.Column));
        Assert.Equal("ALTER TABLE dbo.Servers DROP COLUMN LegacyRackCode, RackUnit", LocatedText(Sql, operations[0]));
    }

    [Fact]
    public void DropConstraintAndIndexInAlterTable_AreRead()
    {
        var operations = Read("ALTER TABLE dbo.Servers DROP CONSTRAINT FK_Servers_Racks; ALTER TABLE dbo.Servers DROP FK_Other;", SqlServer);

        Assert.Equal([SchemaOperationKind.DropConstraint, SchemaOperationKind.DropConstraint], Kinds(operations));
        Assert.Equal(["FK_Servers_Racks", "FK_Other"], operations.Select(operation => operation.ObjectName));
    }

    [Theory]
    [InlineData("ALTER TABLE dbo.Servers ALTER COLUMN Hostname varchar(63) NOT NULL;", false)]
    [InlineData("ALTER TABLE dbo.Servers ALTER COLUMN Hostname varchar(63) NULL;", true)]
    [InlineData("ALTER TABLE dbo.Servers ALTER COLUMN Hostname varchar(63);", null)]
    public void AlterColumn_HasTheNewTypeAndTheStatedNullability(string sql, bool? nullable)
    {
        var alter = Single(sql, SqlServer);

        Assert.Equal((SchemaOperationKind.AlterColumn, "Hostname", "varchar(63)", (int?)63, nullable), (alter.Kind, alter.Column, alter.NewColumn!.StoreType, alter.NewColumn.MaxLength, alter.NewColumn.IsNullable));
        Assert.Null(alter.OldColumn);
    }

    [Theory]
    [InlineData("EXEC sp_rename 'dbo.MonitoredHosts.VisibleName', 'DisplayName', 'COLUMN';", SchemaOperationKind.RenameColumn)]
    [InlineData("EXEC sp_rename @objname = N'dbo.MonitoredHosts.VisibleName', @newname = N'DisplayName', @objtype = N'COLUMN';", SchemaOperationKind.RenameColumn)]
    [InlineData("EXEC sp_rename 'dbo.CreditNotes', 'CreditMemos';", SchemaOperationKind.RenameTable)]
    [InlineData("EXEC sp_rename N'dbo.MonitoredHosts.IX_Old', N'IX_New', N'INDEX';", SchemaOperationKind.RenameIndex)]
    public void SpRename_IsARename(string sql, SchemaOperationKind kind)
    {
        var rename = Single(sql, SqlServer);

        Assert.Equal(kind, rename.Kind);
        Assert.NotNull(rename.NewName);
        if (kind == SchemaOperationKind.RenameColumn)
        {
            Assert.Equal(("MonitoredHosts", "VisibleName", "DisplayName"), (rename.Table!.Name, rename.Column, rename.NewName));
        }
    }

    [Fact]
    public void CreateIndex_HasOnlineUniquenessColumnsAndFilter()
    {
        var operations = Read("""
            CREATE UNIQUE NONCLUSTERED INDEX [IX_Servers_Hostname] ON [dbo].[Servers] ([Hostname] ASC) WHERE [Hostname] IS NOT NULL;
            CREATE INDEX IX_MonitoredHosts_LastSyncedAt ON dbo.MonitoredHosts (LastSyncedAt, Id) INCLUDE (Name) WITH (ONLINE = ON);
            """, SqlServer);

        Assert.Equal((SchemaOperationKind.CreateIndex, "Servers", "IX_Servers_Hostname"), (operations[0].Kind, operations[0].Table!.Name, operations[0].ObjectName));
        Assert.Equal((true, false, "[Hostname] IS NOT NULL"), (operations[0].Index!.IsUnique, operations[0].Index!.IsConcurrent, operations[0].Index!.Filter));
        Assert.Equal(["Hostname"], operations[0].Index!.Columns.ToArray());
        Assert.Equal((false, true), (operations[1].Index!.IsUnique, operations[1].Index!.IsConcurrent));
        Assert.Equal(["LastSyncedAt", "Id"], operations[1].Index!.Columns.ToArray());
    }

    [Theory]
    [InlineData("DROP INDEX IX_Servers_Hostname ON dbo.Servers;", false)]
    [InlineData("DROP INDEX IX_Servers_Hostname ON dbo.Servers WITH (ONLINE = ON);", true)]
    public void DropIndex_SaysWhetherItIsOnline(string sql, bool online)
    {
        var drop = Single(sql, SqlServer);

        Assert.Equal((SchemaOperationKind.DropIndex, "Servers", "IX_Servers_Hostname", online), (drop.Kind, drop.Table!.Name, drop.ObjectName, drop.IsConcurrent));
    }

    [Theory]
    [InlineData("ALTER TABLE dbo.MonitoredHosts ADD CONSTRAINT FK_MonitoredHosts_Servers FOREIGN KEY (ServerId) REFERENCES dbo.Servers (Id);", SchemaOperationKind.AddForeignKey, true)]
    [InlineData("ALTER TABLE dbo.MonitoredHosts WITH NOCHECK ADD CONSTRAINT FK_MonitoredHosts_Servers FOREIGN KEY (ServerId) REFERENCES dbo.Servers (Id);", SchemaOperationKind.AddForeignKey, false)]
    [InlineData("ALTER TABLE dbo.Proxies WITH CHECK ADD CONSTRAINT CK_Proxies_MaxHosts CHECK (MaxHosts > 0);", SchemaOperationKind.AddCheckConstraint, true)]
    [InlineData("ALTER TABLE dbo.Proxies WITH NOCHECK ADD CONSTRAINT CK_Proxies_MaxHosts CHECK (MaxHosts > 0);", SchemaOperationKind.AddCheckConstraint, false)]
    public void ForeignKeyAndCheck_SayWhetherExistingRowsAreChecked(string sql, SchemaOperationKind kind, bool validates)
    {
        var add = Single(sql, SqlServer);

        Assert.Equal((kind, (bool?)validates), (add.Kind, add.ValidatesExistingRows));
    }

    [Fact]
    public void UniqueConstraintAndValidation_AreRead()
    {
        var operations = Read("""
            ALTER TABLE dbo.Invoices ADD CONSTRAINT UQ_Invoices_Number UNIQUE (Number) WITH (ONLINE = ON);
            ALTER TABLE dbo.MonitoredHosts WITH CHECK CHECK CONSTRAINT FK_MonitoredHosts_Servers;
            ALTER TABLE dbo.MonitoredHosts NOCHECK CONSTRAINT FK_MonitoredHosts_Servers;
            """, SqlServer);

        Assert.Equal([SchemaOperationKind.AddUniqueConstraint, SchemaOperationKind.ValidateConstraint, SchemaOperationKind.UnrecognisedSql], Kinds(operations));
        Assert.Equal(["Number"], operations[0].Index!.Columns.ToArray());
        Assert.True(operations[0].Index!.IsConcurrent);
        Assert.Equal("FK_MonitoredHosts_Servers", operations[1].ObjectName);
    }

    [Theory]
    [InlineData("UPDATE dbo.DailyUsageRollups SET Exported = 0;", false)]
    [InlineData("UPDATE dbo.DailyUsageRollups SET Exported = 0 WHERE Day < '20260101';", true)]
    [InlineData("UPDATE TOP (5000) dbo.Customers SET SupportTier = 1 WHERE SupportTier IS NULL;", true)]
    [InlineData("UPDATE c SET SupportTier = t.Tier FROM dbo.Customers c JOIN dbo.Tiers t ON t.CustomerId = c.Id;", true)]
    [InlineData("DELETE FROM dbo.UsageRecords;", false)]
    [InlineData("DELETE dbo.UsageRecords WHERE RecordedAt < '20240101';", true)]
    public void UpdateAndDelete_SayWhetherTheyAreLimited(string sql, bool limited)
    {
        var change = Single(sql, SqlServer);

        Assert.Equal((SchemaOperationKind.ModifyData, (bool?)limited), (change.Kind, change.HasWhereClause));
        Assert.Contains(change.Table!.Name, new[] { "DailyUsageRollups", "Customers", "UsageRecords" });
    }

    [Fact]
    public void InsertMergeTruncateViewsAndSettings_AreRead()
    {
        var operations = Read("""
            SET LOCK_TIMEOUT 5000;
            SET XACT_ABORT ON;
            INSERT INTO dbo.SupportTiers (Id, Name) VALUES (1, N'Gold');
            MERGE dbo.Customers AS c USING dbo.Staging AS s ON c.Id = s.Id WHEN MATCHED THEN UPDATE SET Tier = s.Tier;
            TRUNCATE TABLE dbo.Staging;
            GO
            CREATE VIEW dbo.OpenInvoices AS SELECT Id FROM dbo.Invoices WHERE PaidAt IS NULL;
            GO
            DROP VIEW IF EXISTS dbo.OpenInvoicesV1;
            """, SqlServer);

        Assert.Equal(
            [
                SchemaOperationKind.SetOption, SchemaOperationKind.SetOption, SchemaOperationKind.ModifyData, SchemaOperationKind.ModifyData,
                SchemaOperationKind.TruncateTable, SchemaOperationKind.CreateView, SchemaOperationKind.DropView,
            ],
            Kinds(operations));
        Assert.Equal(("lock_timeout", "5000"), (operations[0].OptionName, operations[0].OptionValue));
        Assert.Equal(("xact_abort", "ON"), (operations[1].OptionName, operations[1].OptionValue));
        Assert.Equal(["SupportTiers", "Customers", "Staging"], operations.Skip(2).Take(3).Select(operation => operation.Table!.Name));
    }

    [Fact]
    public void StatementsInsideIfBlocksTransactionsAndExecStrings_AreRead()
    {
        var operations = Read("""
            BEGIN TRANSACTION;
            IF COL_LENGTH('dbo.Servers', 'LegacyRackCode') IS NOT NULL
            BEGIN
                ALTER TABLE dbo.Servers DROP COLUMN LegacyRackCode;
            END
            EXEC('ALTER TABLE dbo.Servers DROP COLUMN RackUnit');
            COMMIT;
            """, SqlServer);

        Assert.Equal([SchemaOperationKind.TransactionControl, SchemaOperationKind.DropColumn, SchemaOperationKind.DropColumn, SchemaOperationKind.TransactionControl], Kinds(operations));
        Assert.Equal(["LegacyRackCode", "RackUnit"], operations.Skip(1).Take(2).Select(operation => operation.Column));
    }

    [Theory]
    [InlineData("ALTER TABLE dbo.Servers DROP COLUMN;")]
    [InlineData("CREATE TABLE (")]
    [InlineData("ALTER TABLE \"Servers\" DROP COLUMN \"x\" CASCADE;")]
    public void TextThatDoesNotParse_ReadsAsNothing(string sql) =>
        Assert.Empty(Read(sql, SqlServer));

    [Fact]
    public void OtherStatements_AreUnrecognised() =>
        Assert.Equal(SchemaOperationKind.UnrecognisedSql, Single("PRINT 'Migrating usage records';", SqlServer).Kind);
}
