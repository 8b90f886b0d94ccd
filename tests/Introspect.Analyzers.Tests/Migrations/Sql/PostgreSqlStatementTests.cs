using Introspect.Analyzers.Migrations.Model;
using static Introspect.Analyzers.Tests.Migrations.Sql.SqlReading;

namespace Introspect.Analyzers.Tests.Migrations.Sql;

/// <summary>The PostgreSQL forms of every statement the migration rules reason about.</summary>
public sealed class PostgreSqlStatementTests
{
    private const DatabaseProvider Postgres = DatabaseProvider.PostgreSql;

    [Fact]
    public void CreateTable_HasItsColumnsWithTypesNullabilityDefaultsAndIdentity()
    {
        var create = Single("""
            CREATE TABLE IF NOT EXISTS billing.usage_records (
                id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                unit        varchar(32)   NOT NULL,
                qty         numeric(18,4) NOT NULL DEFAULT 0,
                legacy_sku  varchar(40),
                recorded_at timestamptz   NOT NULL DEFAULT now(),
                CONSTRAINT ck_qty CHECK (qty >= 0),
                UNIQUE (unit, legacy_sku)
            );
            """, Postgres);

        Assert.Equal(SchemaOperationKind.CreateTable, create.Kind);
        Assert.Equal(new SchemaObjectName("billing", "usage_records"), create.Table);
        Assert.Equal(["id", "unit", "qty", "legacy_sku", "recorded_at"], create.TableColumns.Select(column => column.Name));
        var id = create.TableColumns[0];
        Assert.Equal((true, false), (id.IsIdentity, id.IsNullable));
        Assert.Equal(("varchar(32)", 32, false), (create.TableColumns[1].StoreType, create.TableColumns[1].MaxLength, create.TableColumns[1].IsNullable));
        Assert.Equal((18, 4), (create.TableColumns[2].Precision, create.TableColumns[2].Scale));
        Assert.Equal(("0", false), (create.TableColumns[2].Default!.Text, create.TableColumns[2].Default!.IsSqlExpression));
        Assert.True(create.TableColumns[3].IsNullable);
        Assert.Equal(("now()", true, false), (create.TableColumns[4].Default!.Text, create.TableColumns[4].Default!.IsSqlExpression, create.TableColumns[4].Default!.IsVolatile));
    }

    [Fact]
    public void DropTable_ReadsEachTable()
    {
        var drops = Read("DROP TABLE IF EXISTS legacy_zabbix_import, public.host_groups CASCADE;", Postgres);

        Assert.Equal([SchemaOperationKind.DropTable, SchemaOperationKind.DropTable], Kinds(drops));
        Assert.Equal(["legacy_zabbix_import", "host_groups"], drops.Select(drop => drop.Table!.Name));
    }

    [Fact]
    public void AddColumn_HasTheNewDefinition()
    {
        var add = Single("ALTER TABLE usage_records ADD COLUMN IF NOT EXISTS region text NOT NULL DEFAULT 'eu-central';", Postgres);

        Assert.Equal((SchemaOperationKind.AddColumn, "usage_records", "region"), (add.Kind, add.Table!.Name, add.Column));
        Assert.Equal(("text", false), (add.NewColumn!.StoreType, add.NewColumn.IsNullable));
        Assert.Equal(("'eu-central'", false, false), (add.NewColumn.Default!.Text, add.NewColumn.Default.IsSqlExpression, add.NewColumn.Default.IsVolatile));
    }

    [Theory]
    [InlineData("ALTER TABLE servers ADD COLUMN agent_token uuid NOT NULL DEFAULT gen_random_uuid()", true)]
    [InlineData("ALTER TABLE servers ADD COLUMN jitter double precision DEFAULT random()", true)]
    [InlineData("ALTER TABLE servers ADD COLUMN checked_at timestamptz NOT NULL DEFAULT now()", false)]
    [InlineData("ALTER TABLE servers ADD COLUMN notes text DEFAULT 'random()'", false)]
    public void AddColumnDefault_IsVolatileOnlyWhenComputedPerRow(string sql, bool volatileDefault) =>
        Assert.Equal(volatileDefault, Single(sql, Postgres).NewColumn!.Default!.IsVolatile);

    [Fact]
    public void AddColumnWithoutNullability_IsNullable()
    {
        var add = Single("ALTER TABLE usage_records ADD region text;", Postgres);

        Assert.Equal((SchemaOperationKind.AddColumn, (bool?)true), (add.Kind, add.NewColumn!.IsNullable));
        Assert.Null(add.NewColumn.Default);
    }

    [Fact]
    public void AddStoredGeneratedAndSerialColumns_AreMarked()
    {
        var operations = Read("""
            ALTER TABLE invoices ADD COLUMN total_cents bigint GENERATED ALWAYS AS (net_cents + vat_cents) STORED;
            ALTER TABLE invoices ADD COLUMN seq bigserial;
            """, Postgres);

        Assert.True(operations[0].NewColumn!.IsStoredComputed);
        Assert.True(operations[1].NewColumn!.IsIdentity);
    }

    [Fact]
    public void AddColumnWithInlineConstraints_AddsTheConstraintsToo()
    {
        var operations = Read("ALTER TABLE servers ADD COLUMN asset_tag text UNIQUE REFERENCES assets (tag);", Postgres);

        Assert.Equal([SchemaOperationKind.AddColumn, SchemaOperationKind.AddUniqueConstraint, SchemaOperationKind.AddForeignKey], Kinds(operations));
        Assert.Equal(["asset_tag"], operations[1].Index!.Columns.ToArray());
        Assert.True(operations[2].ValidatesExistingRows);
    }

    [Fact]
    public void DropColumn_IsLocatedAtItsStatement()
    {
        const string Sql = "-- SKUs come from the catalogue now.\nALTER TABLE usage_records DROP COLUMN legacy_sku;\n";

        var drop = Single(Sql, Postgres);

        Assert.Equal((SchemaOperationKind.DropColumn, "usage_records", "legacy_sku"), (drop.Kind, drop.Table!.Name, drop.Column));
        Assert.Equal("ALTER TABLE usage_records DROP COLUMN legacy_sku", LocatedText(Sql, drop));
        Assert.Equal(1, drop.Location.GetLineSpan().StartLinePosition.Line);
        Assert.False(drop.IsFromEmbeddedSql);
        Assert.Equal("ALTER TABLE usage_records DROP COLUMN legacy_sku", drop.Sql);
    }

    [Fact]
    public void SeveralActionsInOneAlterTable_AreEachRead()
    {
        var operations = Read("""ALTER TABLE ONLY "Servers" DROP COLUMN IF EXISTS "RackUnit" CASCADE, DROP "LegacyRackCode", ADD COLUMN "Notes" text;""", Postgres);

        Assert.Equal([SchemaOperationKind.DropColumn, SchemaOperationKind.DropColumn, SchemaOperationKind.AddColumn], Kinds(operations));
        Assert.Equal(["RackUnit", "LegacyRackCode", "Notes"], operations.Select(operation => operation.Column));
        Assert.All(operations, operation => Assert.Equal("Servers", operation.Table!.Name));
    }

    [Theory]
    [InlineData("ALTER TABLE usage_records ALTER COLUMN unit TYPE varchar(16);")]
    [InlineData("ALTER TABLE usage_records ALTER unit SET DATA TYPE varchar(16) USING left(unit, 16);")]
    public void AlterColumnType_HasTheNewTypeAndNoOldOne(string sql)
    {
        var alter = Single(sql, Postgres);

        Assert.Equal((SchemaOperationKind.AlterColumn, "unit"), (alter.Kind, alter.Column));
        Assert.Equal(("varchar(16)", (int?)16, (bool?)null), (alter.NewColumn!.StoreType, alter.NewColumn.MaxLength, alter.NewColumn.IsNullable));
        Assert.Null(alter.OldColumn);
    }

    [Theory]
    [InlineData("ALTER TABLE usage_records ALTER COLUMN region SET NOT NULL;", false)]
    [InlineData("ALTER TABLE usage_records ALTER COLUMN region DROP NOT NULL;", true)]
    public void SetAndDropNotNull_StateTheNewNullability(string sql, bool nullable)
    {
        var alter = Single(sql, Postgres);

        Assert.Equal((SchemaOperationKind.AlterColumn, "region", nullable), (alter.Kind, alter.Column, alter.NewColumn!.IsNullable));
        Assert.Null(alter.NewColumn.StoreType);
    }

    [Fact]
    public void AlterColumnSetDefault_HasTheDefault()
    {
        var alter = Single("ALTER TABLE servers ALTER COLUMN agent_token SET DEFAULT gen_random_uuid();", Postgres);

        Assert.Equal(("gen_random_uuid()", true), (alter.NewColumn!.Default!.Text, alter.NewColumn.Default.IsVolatile));
    }

    [Fact]
    public void Renames_AreColumnTableAndIndexRenames()
    {
        var operations = Read("""
            ALTER TABLE usage_records RENAME COLUMN qty TO quantity;
            ALTER TABLE credit_notes RENAME TO credit_memos;
            ALTER INDEX IF EXISTS ix_old RENAME TO ix_new;
            ALTER TABLE hosts RENAME visible_name TO display_name;
            """, Postgres);

        Assert.Equal([SchemaOperationKind.RenameColumn, SchemaOperationKind.RenameTable, SchemaOperationKind.RenameIndex, SchemaOperationKind.RenameColumn], Kinds(operations));
        Assert.Equal(("qty", "quantity"), (operations[0].Column, operations[0].NewName));
        Assert.Equal(("credit_notes", "credit_memos"), (operations[1].Table!.Name, operations[1].NewName));
        Assert.Equal(("ix_old", "ix_new"), (operations[2].ObjectName, operations[2].NewName));
        Assert.Equal(("visible_name", "display_name"), (operations[3].Column, operations[3].NewName));
    }

    [Fact]
    public void CreateIndex_HasNameTableColumnsUniquenessConcurrencyAndFilter()
    {
        var operations = Read("""
            CREATE INDEX ix_usage_records_customer_recorded ON usage_records (customer_id, recorded_at);
            CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ux_invoices_number
                ON ONLY billing.invoices USING btree (number DESC, lower(email)) INCLUDE (id) WHERE deleted_at IS NULL;
            """, Postgres);

        var plain = operations[0];
        Assert.Equal((SchemaOperationKind.CreateIndex, "usage_records", "ix_usage_records_customer_recorded"), (plain.Kind, plain.Table!.Name, plain.ObjectName));
        Assert.Equal((false, false, null), (plain.Index!.IsUnique, plain.Index.IsConcurrent, plain.Index.Filter));
        Assert.Equal(["customer_id", "recorded_at"], plain.Index.Columns.ToArray());

        var unique = operations[1];
        Assert.Equal(new SchemaObjectName("billing", "invoices"), unique.Table);
        Assert.Equal((true, true, "deleted_at IS NULL"), (unique.Index!.IsUnique, unique.Index.IsConcurrent, unique.Index.Filter));
        Assert.Equal(["number", "lower(email)"], unique.Index.Columns.ToArray());
    }

    [Theory]
    [InlineData("DROP INDEX ix_usage_records_customer;", false)]
    [InlineData("DROP INDEX CONCURRENTLY IF EXISTS ix_usage_records_customer;", true)]
    public void DropIndex_SaysWhetherItIsConcurrent(string sql, bool concurrent)
    {
        var drop = Single(sql, Postgres);

        Assert.Equal((SchemaOperationKind.DropIndex, "ix_usage_records_customer", concurrent), (drop.Kind, drop.ObjectName, drop.IsConcurrent));
    }

    [Theory]
    [InlineData("ALTER TABLE credit_memos ADD CONSTRAINT fk_credit_memos_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id);", SchemaOperationKind.AddForeignKey, true)]
    [InlineData("ALTER TABLE credit_memos ADD CONSTRAINT fk_credit_memos_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id) ON DELETE CASCADE NOT VALID;", SchemaOperationKind.AddForeignKey, false)]
    [InlineData("ALTER TABLE proxies ADD CONSTRAINT ck_max_hosts CHECK (max_hosts > 0);", SchemaOperationKind.AddCheckConstraint, true)]
    [InlineData("ALTER TABLE proxies ADD CONSTRAINT ck_max_hosts CHECK (max_hosts > 0) NOT VALID;", SchemaOperationKind.AddCheckConstraint, false)]
    public void ForeignKeyAndCheck_SayWhetherExistingRowsAreChecked(string sql, SchemaOperationKind kind, bool validates)
    {
        var add = Single(sql, Postgres);

        Assert.Equal((kind, validates), (add.Kind, add.ValidatesExistingRows));
        Assert.StartsWith(kind == SchemaOperationKind.AddForeignKey ? "fk_" : "ck_", add.ObjectName, StringComparison.Ordinal);
    }

    [Fact]
    public void UniqueAndPrimaryKeyConstraints_HaveTheirColumns()
    {
        var operations = Read("""
            ALTER TABLE invoices ADD CONSTRAINT ux_invoices_number UNIQUE (number);
            ALTER TABLE invoices ADD CONSTRAINT ux_invoices_number2 UNIQUE USING INDEX ux_invoices_number_idx;
            ALTER TABLE invoice_lines ADD PRIMARY KEY (invoice_id, line_no);
            """, Postgres);

        Assert.Equal([SchemaOperationKind.AddUniqueConstraint, SchemaOperationKind.AddUniqueConstraint, SchemaOperationKind.AddPrimaryKey], Kinds(operations));
        Assert.Equal(["number"], operations[0].Index!.Columns.ToArray());
        Assert.False(operations[0].Index!.IsConcurrent);
        Assert.True(operations[1].Index!.IsConcurrent);
        Assert.Equal(["invoice_id", "line_no"], operations[2].Index!.Columns.ToArray());
    }

    [Fact]
    public void ValidateAndDropConstraint_AreRead()
    {
        var operations = Read("""
            ALTER TABLE credit_memos VALIDATE CONSTRAINT fk_credit_memos_invoice;
            ALTER TABLE credit_memos DROP CONSTRAINT IF EXISTS fk_old;
            """, Postgres);

        Assert.Equal([SchemaOperationKind.ValidateConstraint, SchemaOperationKind.DropConstraint], Kinds(operations));
        Assert.Equal(["fk_credit_memos_invoice", "fk_old"], operations.Select(operation => operation.ObjectName));
    }

    [Fact]
    public void Views_AreCreatedAndDropped()
    {
        var operations = Read("""
            CREATE OR REPLACE VIEW open_invoices_v2 AS SELECT * FROM invoices WHERE paid_at IS NULL;
            DROP VIEW IF EXISTS open_invoices_v1;
            DROP MATERIALIZED VIEW usage_by_month;
            """, Postgres);

        Assert.Equal([SchemaOperationKind.CreateView, SchemaOperationKind.DropView, SchemaOperationKind.DropView], Kinds(operations));
        Assert.Equal(["open_invoices_v2", "open_invoices_v1", "usage_by_month"], operations.Select(operation => operation.ObjectName));
    }

    [Theory]
    [InlineData("UPDATE daily_usage_rollups SET exported = false;", false)]
    [InlineData("UPDATE daily_usage_rollups SET exported = false WHERE day < '2026-01-01';", true)]
    [InlineData("UPDATE daily_usage_rollups r SET exported = (SELECT true FROM exports e WHERE e.day = r.day);", false)]
    [InlineData("DELETE FROM usage_records;", false)]
    [InlineData("DELETE FROM usage_records WHERE recorded_at < now() - interval '2 years';", true)]
    [InlineData("WITH old AS (SELECT id FROM usage_records WHERE recorded_at < now()) DELETE FROM usage_records;", false)]
    [InlineData("WITH old AS (SELECT id FROM usage_records) DELETE FROM usage_records u USING old WHERE u.id = old.id;", true)]
    public void UpdateAndDelete_SayWhetherTheyAreLimitedByATopLevelWhere(string sql, bool limited)
    {
        var change = Single(sql, Postgres);

        Assert.Equal((SchemaOperationKind.ModifyData, limited), (change.Kind, change.HasWhereClause));
        Assert.Contains(change.Table!.Name, new[] { "daily_usage_rollups", "usage_records" });
    }

    [Fact]
    public void InsertMergeAndTruncate_AreRead()
    {
        var operations = Read("""
            INSERT INTO support_tiers (id, name) VALUES (1, 'gold') ON CONFLICT DO NOTHING;
            MERGE INTO customers c USING staging s ON c.id = s.id WHEN MATCHED THEN UPDATE SET tier = s.tier;
            TRUNCATE TABLE ONLY staging, import_batches RESTART IDENTITY;
            """, Postgres);

        Assert.Equal([SchemaOperationKind.ModifyData, SchemaOperationKind.ModifyData, SchemaOperationKind.TruncateTable, SchemaOperationKind.TruncateTable], Kinds(operations));
        Assert.Equal(["support_tiers", "customers", "staging", "import_batches"], operations.Select(operation => operation.Table!.Name));
        Assert.Null(operations[0].HasWhereClause);
    }

    [Fact]
    public void Settings_KeepNameValueAndText()
    {
        var operations = Read("""
            SET lock_timeout = '5s';
            SET LOCAL statement_timeout TO 30000;
            """, Postgres);

        Assert.Equal([SchemaOperationKind.SetOption, SchemaOperationKind.SetOption], Kinds(operations));
        Assert.Equal(("lock_timeout", "'5s'", "SET lock_timeout = '5s'"), (operations[0].OptionName, operations[0].OptionValue, operations[0].Sql));
        Assert.Equal(("statement_timeout", "30000"), (operations[1].OptionName, operations[1].OptionValue));
    }

    [Fact]
    public void TransactionControl_IsRead()
    {
        var operations = Read("BEGIN; CREATE INDEX CONCURRENTLY ix ON hosts (name); COMMIT;", Postgres);

        Assert.Equal([SchemaOperationKind.TransactionControl, SchemaOperationKind.CreateIndex, SchemaOperationKind.TransactionControl], Kinds(operations));
        Assert.Equal(["BEGIN", null, "COMMIT"], operations.Select(operation => operation.OptionName));
    }

    [Theory]
    [InlineData("CREATE EXTENSION IF NOT EXISTS pgcrypto;")]
    [InlineData("GRANT SELECT ON usage_records TO reporting;")]
    [InlineData("COMMENT ON TABLE usage_records IS 'raw usage';")]
    [InlineData("ALTER TABLE usage_records OWNER TO billing;")]
    [InlineData("SELECT 1;")]
    public void OtherStatements_AreUnrecognised(string sql) =>
        Assert.Equal(SchemaOperationKind.UnrecognisedSql, Single(sql, Postgres).Kind);
}
