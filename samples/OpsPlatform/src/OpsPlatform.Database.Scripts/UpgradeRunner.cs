using System.Reflection;
using DbUp;
using DbUp.Engine;

namespace OpsPlatform.Database.Scripts;

/// <summary>Applies the embedded <c>Scripts/*.sql</c> files that have not run yet, in name order.</summary>
public sealed class UpgradeRunner(string connectionString)
{
    private static readonly Assembly ScriptAssembly = typeof(UpgradeRunner).Assembly;

    public bool HasPendingScripts() => BuildUpgrader().IsUpgradeRequired();

    public DatabaseUpgradeResult Run(bool createDatabase)
    {
        if (createDatabase)
        {
            EnsureDatabase.For.PostgresqlDatabase(connectionString);
        }

        return BuildUpgrader().PerformUpgrade();
    }

    private UpgradeEngine BuildUpgrader() =>
        DeployChanges.To
            .PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(ScriptAssembly, name => name.Contains(".Scripts.", StringComparison.Ordinal))
            .JournalToPostgresqlTable("public", "schema_versions")
            // CREATE INDEX CONCURRENTLY cannot run inside a transaction block.
            .WithoutTransaction()
            .LogToConsole()
            .Build();
}
