using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations;

/// <summary>
/// What the earlier migrations of the same project and framework made of each column. FluentMigrator's
/// <c>Alter.Column</c> and SQL's <c>ALTER COLUMN</c> do not say what the column was (EF Core's AlterColumn does):
/// the type and nullability it had come from replaying the migrations that sort before (the <c>Create.Table</c> or
/// <c>CREATE TABLE</c> that made it, the alterations since), and then the operations before it in its own migration.
/// A column the migrations never mention (made by a baseline outside them) is unknown: null.
/// </summary>
internal sealed class SchemaHistory
{
    private readonly Lazy<Dictionary<MigrationFramework, Dictionary<string, List<(string MigrationId, ColumnDefinition? Column)>>>> _timelines;

    public SchemaHistory(Func<IEnumerable<MigrationDefinition>> migrations)
    {
        // PublicationOnly: a cancelled first reader must not leave the exception cached for the others.
        _timelines = new(() => Build(migrations()), LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>No earlier migrations: only the operations inside the migration itself are known.</summary>
    public static SchemaHistory None { get; } = new(Enumerable.Empty<MigrationDefinition>);

    /// <summary>The column <paramref name="operation"/> works on, as it was right before it; null when unknown.</summary>
    public ColumnDefinition? ColumnBefore(MigrationDefinition migration, SchemaOperation operation)
    {
        if (operation is not { Table.Name: { } table, Column: { } column })
        {
            return null;
        }

        _timelines.Value.TryGetValue(migration.Framework, out var timeline);
        var replay = new ColumnReplay(key => timeline is not null && timeline.TryGetValue(key, out var changes) ? Before(changes, migration.Id) : null);
        foreach (var earlier in migration.Up)
        {
            if (ReferenceEquals(earlier, operation))
            {
                break;
            }

            replay.Apply(earlier);
        }

        return replay.Get(ColumnReplay.Key(table, column));
    }

    private static ColumnDefinition? Before(List<(string MigrationId, ColumnDefinition? Column)> changes, string migrationId)
    {
        ColumnDefinition? column = null;
        foreach (var change in changes)
        {
            if (MigrationOrder.Compare(change.MigrationId, migrationId) >= 0)
            {
                break;
            }

            column = change.Column;
        }

        return column;
    }

    private static Dictionary<MigrationFramework, Dictionary<string, List<(string, ColumnDefinition?)>>> Build(IEnumerable<MigrationDefinition> migrations)
    {
        var timelines = new Dictionary<MigrationFramework, Dictionary<string, List<(string, ColumnDefinition?)>>>();
        foreach (var framework in migrations.GroupBy(migration => migration.Framework))
        {
            var timeline = new Dictionary<string, List<(string, ColumnDefinition?)>>(StringComparer.OrdinalIgnoreCase);
            var id = string.Empty;
            var replay = new ColumnReplay(
                _ => null,
                (key, column) =>
                {
                    if (!timeline.TryGetValue(key, out var changes))
                    {
                        timeline[key] = changes = new List<(string, ColumnDefinition?)>();
                    }

                    changes.Add((id, column));
                });

            // Stable: migrations with the same id keep their order, and all of them sort before the next id.
            foreach (var migration in framework.OrderBy(migration => migration.Id, Comparer<string>.Create(MigrationOrder.Compare)))
            {
                id = migration.Id;
                foreach (var operation in migration.Up)
                {
                    replay.Apply(operation);
                }
            }

            timelines[framework.Key] = timeline;
        }

        return timelines;
    }
}
