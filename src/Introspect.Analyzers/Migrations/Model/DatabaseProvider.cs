namespace Introspect.Analyzers.Migrations.Model;

/// <summary>The database a migration runs against. Locks, rewrites and transactional DDL differ per provider.</summary>
public enum DatabaseProvider
{
    Unknown,
    PostgreSql,
    SqlServer,
    Sqlite,
    MySql,
}
