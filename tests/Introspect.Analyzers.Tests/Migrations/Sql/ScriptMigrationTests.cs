using Introspect.Analyzers.Migrations;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.Analyzers.Tests.Migrations.Sql;

/// <summary>Plain .sql scripts read through the catalog: which files, which provider, and what the migration looks like.</summary>
public sealed class ScriptMigrationTests
{
    private static readonly Compilation Compilation = SnippetCompilation.Create("public static class Program { }");

    private static readonly MigrationOptions Postgres = new(null, DatabaseProvider.PostgreSql);

    [Fact]
    public void Script_IsAMigrationNamedAfterItsFile()
    {
        var script = new Script("/repo/src/Db/Scripts/0006_drop_usage_legacy_sku.sql", "-- SKUs come from the catalogue now.\nALTER TABLE usage_records DROP COLUMN legacy_sku;\n");

        var migration = MigrationCatalog.For(Compilation).ReadScript(script, Postgres, CancellationToken.None)!;

        Assert.Equal(("0006_drop_usage_legacy_sku", "0006_drop_usage_legacy_sku"), (migration.Id, migration.Name));
        Assert.Equal((MigrationFramework.SqlScript, DatabaseProvider.PostgreSql, RollbackState.NotApplicable), (migration.Framework, migration.Provider, migration.Rollback));
        Assert.Equal(SchemaOperationKind.DropColumn, Assert.Single(migration.Up).Kind);
        Assert.Empty(migration.Down);

        // The snippet references DbUp and never asks it for a transaction: DbUp's default runs statement by statement.
        Assert.True(migration.SuppressesTransaction);
        var line = migration.Location.GetLineSpan();
        Assert.Equal(("/repo/src/Db/Scripts/0006_drop_usage_legacy_sku.sql", 1), (line.Path, line.StartLinePosition.Line));
    }

    [Fact]
    public void EmptyScript_IsLocatedAtTheFileStart()
    {
        var migration = MigrationCatalog.For(Compilation).ReadScript(new Script("/repo/Scripts/0000_nothing.sql", "-- placeholder\n"), Postgres, CancellationToken.None)!;

        Assert.Empty(migration.Up);
        Assert.Equal(0, migration.Location.SourceSpan.Start);
    }

    [Fact]
    public void ScriptRead_IsCachedPerFileAndProvider()
    {
        var script = new Script("/repo/Scripts/0004_index.sql", "CREATE INDEX ix ON usage_records (customer_id);");
        var catalog = MigrationCatalog.For(Compilation);

        Assert.Same(catalog.ReadScript(script, Postgres, CancellationToken.None), catalog.ReadScript(script, Postgres, CancellationToken.None));
        Assert.Equal(DatabaseProvider.SqlServer, catalog.ReadScript(script, new MigrationOptions(null, DatabaseProvider.SqlServer), CancellationToken.None)!.Provider);
    }

    [Fact]
    public void WithoutProviderOptionOrProviderPackage_TheProviderIsUnknown() =>
        Assert.Equal(
            DatabaseProvider.Unknown,
            MigrationCatalog.For(Compilation).ReadScript(new Script("/repo/Scripts/0001.sql", "SELECT 1;"), new MigrationOptions(null, null), CancellationToken.None)!.Provider);

    [Fact]
    public void EvolveNoTransactionComment_SuppressesTheTransaction()
    {
        var script = new Script("/repo/Scripts/V5__index.sql", "-- evolve-tx-off\nCREATE INDEX CONCURRENTLY ix ON usage_records (customer_id);");

        Assert.True(MigrationCatalog.For(Compilation).ReadScript(script, Postgres, CancellationToken.None)!.SuppressesTransaction);
    }

    [Theory]
    [InlineData("/repo/Scripts/0001_create.sql", null, true)]
    [InlineData("/repo/Scripts/0001_create.SQL", null, true)]
    [InlineData("/repo/Scripts/readme.md", null, false)]
    [InlineData("/repo/Scripts/0001_create.sql", "none", false)]
    [InlineData("/repo/Db/Scripts/0001_create.sql", "Scripts/*.sql", true)]
    [InlineData("/repo/Db/Scripts/Seeds/0001_seed.sql", "Scripts/*.sql", false)]
    [InlineData("/repo/Db/Scripts/Seeds/0001_seed.sql", "**/Scripts/**/*.sql", true)]
    [InlineData("C:\\repo\\Db\\Migrations\\V1__init.sql", "Scripts/*.sql; Migrations/V*.sql", true)]
    [InlineData("/repo/Tools/cleanup.sql", "**/Scripts/*.sql", false)]
    public void MigrationScripts_AreSqlFilesTheScriptsOptionNames(string path, string? globs, bool isScript) =>
        Assert.Equal(isScript, new MigrationOptions(null, null) { Scripts = globs }.IsMigrationScript(path));

    [Fact]
    public void FileThatIsNotAScript_ReadsAsNull() =>
        Assert.Null(MigrationCatalog.For(Compilation).ReadScript(new Script("/repo/notes.txt", "DROP TABLE x;"), Postgres, CancellationToken.None));

    private sealed class Script(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
