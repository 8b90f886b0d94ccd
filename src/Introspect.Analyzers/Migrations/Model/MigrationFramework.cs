namespace Introspect.Analyzers.Migrations.Model;

/// <summary>Where a migration was written.</summary>
public enum MigrationFramework
{
    EfCore,
    FluentMigrator,

    /// <summary>A plain .sql script run by DbUp, Evolve, grate, Flyway or a hand-written runner.</summary>
    SqlScript,
}
