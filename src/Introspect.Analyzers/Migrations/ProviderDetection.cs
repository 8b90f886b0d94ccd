using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Migrations;

/// <summary>
/// The database provider a project targets, from the provider packages it references (EF Core providers,
/// FluentMigrator runners and the provider extensions a migrations project uses for AsConcurrently() or Online(),
/// DbUp providers). Several providers, or none, read as Unknown; the
/// <c>introspect.migrations.provider</c> option settles it.
/// </summary>
internal static class ProviderDetection
{
    private static readonly (string AssemblyPrefix, DatabaseProvider Provider)[] Markers =
    [
        ("Npgsql.EntityFrameworkCore.PostgreSQL", DatabaseProvider.PostgreSql),
        ("FluentMigrator.Runner.Postgres", DatabaseProvider.PostgreSql),
        ("FluentMigrator.Extensions.Postgres", DatabaseProvider.PostgreSql),
        ("dbup-postgresql", DatabaseProvider.PostgreSql),
        ("Microsoft.EntityFrameworkCore.SqlServer", DatabaseProvider.SqlServer),
        ("FluentMigrator.Runner.SqlServer", DatabaseProvider.SqlServer),
        ("FluentMigrator.Extensions.SqlServer", DatabaseProvider.SqlServer),
        ("dbup-sqlserver", DatabaseProvider.SqlServer),
        ("Microsoft.EntityFrameworkCore.Sqlite", DatabaseProvider.Sqlite),
        ("FluentMigrator.Runner.SQLite", DatabaseProvider.Sqlite),
        ("dbup-sqlite", DatabaseProvider.Sqlite),
        ("Pomelo.EntityFrameworkCore.MySql", DatabaseProvider.MySql),
        ("MySql.EntityFrameworkCore", DatabaseProvider.MySql),
        ("FluentMigrator.Runner.MySql", DatabaseProvider.MySql),
        ("FluentMigrator.Extensions.MySql", DatabaseProvider.MySql),
        ("dbup-mysql", DatabaseProvider.MySql),
    ];

    public static DatabaseProvider FromReferences(Compilation compilation)
    {
        var found = compilation.ReferencedAssemblyNames
            .SelectMany(assembly => Markers.Where(marker => assembly.Name.StartsWith(marker.AssemblyPrefix, StringComparison.OrdinalIgnoreCase)))
            .Select(marker => marker.Provider)
            .Distinct()
            .ToList();
        return found.Count == 1 ? found[0] : DatabaseProvider.Unknown;
    }
}
