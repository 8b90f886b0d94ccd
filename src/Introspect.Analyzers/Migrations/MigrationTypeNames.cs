namespace Introspect.Analyzers.Migrations;

/// <summary>Metadata names of the migration frameworks' types, and the assembly names that tell the database provider.</summary>
public static class MigrationTypeNames
{
    public const string EfMigration = "Microsoft.EntityFrameworkCore.Migrations.Migration";
    public const string EfMigrationBuilder = "Microsoft.EntityFrameworkCore.Migrations.MigrationBuilder";
    public const string EfMigrationAttribute = "Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute";
    public const string EfDbContextAttribute = "Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute";
    public const string EfModelSnapshot = "Microsoft.EntityFrameworkCore.Infrastructure.ModelSnapshot";
    public const string EfDbContext = "Microsoft.EntityFrameworkCore.DbContext";

    public const string FluentMigration = "FluentMigrator.Migration";
    public const string FluentMigrationBase = "FluentMigrator.MigrationBase";
    public const string FluentAutoReversingMigration = "FluentMigrator.AutoReversingMigration";
    public const string FluentForwardOnlyMigration = "FluentMigrator.ForwardOnlyMigration";
    public const string FluentMigrationAttribute = "FluentMigrator.MigrationAttribute";
    public const string FluentAutoScriptMigration = "FluentMigrator.AutoScriptMigration";
    public const string FluentIfDatabaseExpressionRoot = "FluentMigrator.Builders.IfDatabase.IIfDatabaseExpressionRoot";

    public const string DbUpDeployChanges = "DbUp.DeployChanges";
}
