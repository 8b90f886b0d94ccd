using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations;

/// <summary>
/// The .editorconfig/.globalconfig keys the migration rules read:
/// <c>introspect.migrations.last_shipped</c> — the id (or timestamp/version prefix) of the last migration that has
/// shipped; it and every earlier one are reported as notes, not warnings, because they already run in production;
/// <c>introspect.migrations.provider</c> — postgresql, sqlserver, sqlite or mysql, when the project's references do
/// not say it (a migrations-only project, plain SQL scripts);
/// <c>introspect.migrations.scripts</c> — which .sql AdditionalFiles are migration scripts, as globs separated by ';'
/// (<c>**/Scripts/*.sql</c>); without it every .sql AdditionalFile is one, and <c>none</c> turns script reading off;
/// <c>introspect.migrations.shipped</c> — ids of migrations that have shipped, separated by ';' (what
/// <c>introspect check --since</c> sets from git; exact ids, so mixed EF Core, FluentMigrator and script ids need no
/// common order);
/// <c>introspect.migrations.max_locking_operations</c> — how many lock-taking operations on existing tables one
/// migration may hold in its transaction before INTR219 reports it (5 by default, 0 turns the check off);
/// <c>introspect.migrations.require_lock_timeout</c> — true to have INTR219 report a PostgreSQL migration that takes
/// a table lock without setting lock_timeout or statement_timeout first (off by default: the timeout is often set on
/// the migration's connection string or role, which no analyzer sees).
/// </summary>
public sealed record MigrationOptions(string? LastShipped, DatabaseProvider? Provider)
{
    public const string LastShippedKey = "introspect.migrations.last_shipped";
    public const string ProviderKey = "introspect.migrations.provider";
    public const string ScriptsKey = "introspect.migrations.scripts";
    public const string ShippedKey = "introspect.migrations.shipped";

    public const string MaxLockingOperationsKey = "introspect.migrations.max_locking_operations";
    public const string RequireLockTimeoutKey = "introspect.migrations.require_lock_timeout";

    /// <summary>The default of <see cref="MaxLockingOperationsKey"/>.</summary>
    public const int DefaultMaxLockingOperations = 5;

    /// <summary>No keys set: the defaults.</summary>
    public static MigrationOptions None { get; } = new(null, null);

    /// <summary>The globs of <see cref="ScriptsKey"/>, when set.</summary>
    public string? Scripts { get; init; }

    /// <summary>The ids of <see cref="ShippedKey"/>.</summary>
    public ImmutableHashSet<string> ShippedIds { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>Lock-taking operations on existing tables one migration may hold at once; 0 means no limit.</summary>
    public int MaxLockingOperations { get; init; } = DefaultMaxLockingOperations;

    /// <summary>Whether a PostgreSQL migration must set lock_timeout or statement_timeout before it takes a table lock.</summary>
    public bool RequireLockTimeout { get; init; }

    public static MigrationOptions Read(AnalyzerConfigOptions options)
    {
        options.TryGetValue(LastShippedKey, out var lastShipped);
        options.TryGetValue(ProviderKey, out var provider);
        options.TryGetValue(ScriptsKey, out var scripts);
        options.TryGetValue(ShippedKey, out var shipped);
        options.TryGetValue(MaxLockingOperationsKey, out var maxLocking);
        options.TryGetValue(RequireLockTimeoutKey, out var requireTimeout);
        return new MigrationOptions(
            string.IsNullOrWhiteSpace(lastShipped) ? null : lastShipped!.Trim(),
            ParseProvider(provider))
        {
            Scripts = string.IsNullOrWhiteSpace(scripts) ? null : scripts!.Trim(),
            ShippedIds = (shipped ?? string.Empty)
                .Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(id => id.Trim())
                .Where(id => id.Length > 0)
                .ToImmutableHashSet(StringComparer.Ordinal),
            MaxLockingOperations = int.TryParse(maxLocking?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var limit)
                ? limit
                : DefaultMaxLockingOperations,
            RequireLockTimeout = bool.TryParse(requireTimeout?.Trim(), out var require) && require,
        };
    }

    /// <summary>Whether an AdditionalFile is a migration script: a .sql file, and one the scripts globs name when they are set.</summary>
    public bool IsMigrationScript(string path) =>
        path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase)
        && (Scripts is null || !string.Equals(Scripts, "none", StringComparison.OrdinalIgnoreCase) && ScriptPathGlob.Matches(Scripts, path));

    /// <summary>Whether the migration has shipped: it is listed as shipped, or its id sorts at or before the last shipped one.</summary>
    public bool HasShipped(MigrationDefinition migration) => HasShipped(migration.Id);

    /// <summary>Whether the migration with this id has shipped.</summary>
    public bool HasShipped(string migrationId) =>
        ShippedIds.Contains(migrationId)
        || (LastShipped is not null && MigrationOrder.Compare(migrationId, LastShipped) <= 0);

    private static DatabaseProvider? ParseProvider(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSql,
        "sqlserver" or "mssql" => DatabaseProvider.SqlServer,
        "sqlite" => DatabaseProvider.Sqlite,
        "mysql" or "mariadb" => DatabaseProvider.MySql,
        _ => null,
    };
}
