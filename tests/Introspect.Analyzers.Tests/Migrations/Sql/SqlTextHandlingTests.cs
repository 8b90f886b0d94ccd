using Introspect.Analyzers.Migrations.Model;
using static Introspect.Analyzers.Tests.Migrations.Sql.SqlReading;

namespace Introspect.Analyzers.Tests.Migrations.Sql;

/// <summary>Comments, strings, dollar quotes and routine bodies are not statements; hostile text never throws.</summary>
public sealed class SqlTextHandlingTests
{
    [Fact]
    public void CommentsAndStrings_HideTheirSemicolonsAndKeywords()
    {
        var operations = Read("""
            -- ALTER TABLE usage_records DROP COLUMN unit; (explained in the ticket)
            /* an outer comment /* with a nested DROP TABLE x; */ still a comment; */
            INSERT INTO audit_log (message) VALUES ('dropped; ALTER TABLE x DROP COLUMN y;'), (E'it\'s; DROP TABLE z;'), ('it''s;');
            ALTER TABLE "odd;name" DROP COLUMN "semi;colon";
            """, DatabaseProvider.PostgreSql);

        Assert.Equal([SchemaOperationKind.ModifyData, SchemaOperationKind.DropColumn], Kinds(operations));
        Assert.Equal(("odd;name", "semi;colon"), (operations[1].Table!.Name, operations[1].Column));
    }

    [Fact]
    public void DollarQuotedFunctionBody_IsNotReadAsStatements()
    {
        var operations = Read("""
            CREATE OR REPLACE FUNCTION purge_usage() RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
                DELETE FROM usage_records;
                DROP TABLE staging;
            END;
            $$;
            CREATE FUNCTION touch() RETURNS trigger AS $body$ BEGIN NEW.updated_at := now(); RETURN NEW; END; $body$ LANGUAGE plpgsql;
            ALTER TABLE usage_records DROP COLUMN legacy_sku;
            """, DatabaseProvider.PostgreSql);

        Assert.Equal([SchemaOperationKind.UnrecognisedSql, SchemaOperationKind.UnrecognisedSql, SchemaOperationKind.DropColumn], Kinds(operations));
    }

    [Fact]
    public void BeginAtomicBody_StaysOneStatement()
    {
        var operations = Read("""
            CREATE FUNCTION add_tier(t int) RETURNS void LANGUAGE sql BEGIN ATOMIC
                UPDATE customers SET tier = t;
                DELETE FROM staging;
            END;
            TRUNCATE staging;
            """, DatabaseProvider.PostgreSql);

        Assert.Equal([SchemaOperationKind.UnrecognisedSql, SchemaOperationKind.TruncateTable], Kinds(operations));
    }

    [Fact]
    public void SqliteTriggerBody_StaysOneStatement()
    {
        var operations = Read("""
            CREATE TRIGGER usage_touch AFTER UPDATE ON usage_records BEGIN
                UPDATE usage_records SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
            END;
            ALTER TABLE [usage_records] RENAME COLUMN qty TO quantity;
            """, DatabaseProvider.Sqlite);

        Assert.Equal([SchemaOperationKind.UnrecognisedSql, SchemaOperationKind.RenameColumn], Kinds(operations));
        Assert.Equal("usage_records", operations[1].Table!.Name);
    }

    [Fact]
    public void MySqlDelimiterAndBackticks_AreRespected()
    {
        var operations = Read("""
            DELIMITER //
            CREATE PROCEDURE purge() BEGIN DELETE FROM staging; END //
            DELIMITER ;
            # a MySQL comment; DROP TABLE x;
            ALTER TABLE `usage_records` MODIFY COLUMN `unit` varchar(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;
            ALTER TABLE invoices CHANGE cust_id customer_id int NOT NULL;
            UPDATE invoices SET note = 'it\'s; done';
            RENAME TABLE credit_notes TO credit_memos;
            CREATE UNIQUE INDEX ux_invoices_number ON invoices (number) LOCK=NONE;
            """, DatabaseProvider.MySql);

        Assert.Equal(
            [
                SchemaOperationKind.UnrecognisedSql, SchemaOperationKind.AlterColumn, SchemaOperationKind.RenameColumn, SchemaOperationKind.AlterColumn,
                SchemaOperationKind.ModifyData, SchemaOperationKind.RenameTable, SchemaOperationKind.CreateIndex,
            ],
            Kinds(operations));
        Assert.Equal(("unit", "varchar(16)", (bool?)false), (operations[1].Column, operations[1].NewColumn!.StoreType, operations[1].NewColumn!.IsNullable));
        Assert.Equal(("cust_id", "customer_id"), (operations[2].Column, operations[2].NewName));
        Assert.Equal(false, operations[4].HasWhereClause);
        Assert.Equal(("credit_notes", "credit_memos"), (operations[5].Table!.Name, operations[5].NewName));
        Assert.True(operations[6].Index!.IsConcurrent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("-- only a comment")]
    [InlineData("/* only a comment */")]
    [InlineData(";;;")]
    public void NothingToRead_ReadsAsNothing(string sql)
    {
        Assert.Empty(Read(sql, DatabaseProvider.PostgreSql));
        Assert.Empty(Read(sql, DatabaseProvider.SqlServer));
    }

    [Theory]
    [InlineData("ALTER TABLE x DROP COLUMN y; INSERT INTO t VALUES ('unterminated")]
    [InlineData("ALTER TABLE x DROP COLUMN y; /* unterminated /* nested */")]
    [InlineData("ALTER TABLE x DROP COLUMN y; CREATE FUNCTION f() AS $body$ BEGIN")]
    [InlineData("ALTER TABLE x DROP COLUMN y; SELECT \"unterminated")]
    [InlineData("ALTER TABLE x DROP COLUMN y; ALTER TABLE")]
    public void UnterminatedText_RunsToTheEndWithoutThrowing(string sql)
    {
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            var operations = Read(sql, provider);
            if (provider != DatabaseProvider.SqlServer)
            {
                Assert.Equal(SchemaOperationKind.DropColumn, operations[0].Kind);
            }
        }
    }

    [Fact]
    public void HostileFragments_NeverThrow()
    {
        string[] fragments = ["ALTER", "TABLE", "(", ")", ",", ";", "$$", "$a$", "'", "\"", "`", "[", "]", "--", "/*", "*/", "DROP", "COLUMN", "ADD", "CONSTRAINT", "DEFAULT", "NOT", "NULL", "CREATE", "INDEX", "ON", "x", "E'", "\\", "DELIMITER", "\n", "GO", "BEGIN", "END", "WITH", "SET", "=", "::"];
        var random = new Random(20260421);
        for (var attempt = 0; attempt < 400; attempt++)
        {
            var sql = string.Join(" ", Enumerable.Range(0, random.Next(1, 40)).Select(_ => fragments[random.Next(fragments.Length)]));
            foreach (var provider in Enum.GetValues<DatabaseProvider>())
            {
                _ = Read(sql, provider);
            }
        }
    }

    [Fact]
    public void HugeScript_IsReadStatementByStatement()
    {
        var sql = string.Concat(Enumerable.Repeat("ALTER TABLE usage_records ADD COLUMN IF NOT EXISTS c text; UPDATE usage_records SET c = 'x' WHERE id < 10;\n", 20_000));

        var operations = Read(sql, DatabaseProvider.PostgreSql);

        Assert.Equal(40_000, operations.Length);
    }

    [Theory]
    [InlineData("ALTER TABLE dbo.Servers DROP COLUMN LegacyRackCode\nGO\n")]
    [InlineData("ALTER TABLE [dbo].[Servers] DROP COLUMN [LegacyRackCode];")]
    [InlineData("CREATE INDEX IX_Servers_Hostname ON dbo.Servers (Hostname) WITH (ONLINE = ON); ALTER TABLE dbo.Servers DROP COLUMN LegacyRackCode;")]
    public void UnknownProviderWithClearlyTSqlText_IsReadWithScriptDom(string sql)
    {
        // ScriptDom reads [bracketed] names and GO; the lenient reader would keep the brackets as punctuation.
        var drop = Read(sql, DatabaseProvider.Unknown).Single(operation => operation.Kind == SchemaOperationKind.DropColumn);

        Assert.Equal(("Servers", "LegacyRackCode"), (drop.Table!.Name, drop.Column));
    }

    [Theory]
    [InlineData("SELECT ARRAY[1, 2]; ALTER TABLE servers DROP COLUMN rack;")]
    [InlineData("-- GO\nALTER TABLE servers DROP COLUMN rack;")]
    [InlineData("INSERT INTO notes VALUES ('[dbo].[x] WITH (ONLINE = ON)'); ALTER TABLE servers DROP COLUMN rack CASCADE;")]
    public void UnknownProviderWithoutTSqlSigns_UsesTheLenientReader(string sql) =>
        Assert.Contains(Read(sql, DatabaseProvider.Unknown), operation => operation.Kind == SchemaOperationKind.DropColumn && operation.Column == "rack");

    [Fact]
    public void SqlServerProvider_AlwaysUsesScriptDom() =>
        Assert.Empty(Read("ALTER TABLE servers DROP COLUMN rack CASCADE;", DatabaseProvider.SqlServer));
}
