using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations;

/// <summary>
/// Replays schema operations onto what is known of each column: created, added, altered (only what the alteration
/// states changes), renamed, dropped. A column nobody has touched yet is asked of <c>seed</c> (the earlier
/// migrations), and every change can be recorded (to build the history of a whole project).
/// </summary>
internal sealed class ColumnReplay
{
    private readonly Dictionary<string, ColumnDefinition?> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly Func<string, ColumnDefinition?> _seed;
    private readonly Action<string, ColumnDefinition?>? _record;

    public ColumnReplay(Func<string, ColumnDefinition?> seed, Action<string, ColumnDefinition?>? record = null)
    {
        _seed = seed;
        _record = record;
    }

    /// <summary>The key of a column: its table's name (schemas are compared loosely elsewhere too) and its name.</summary>
    public static string Key(string table, string column) => table + "\0" + column;

    public ColumnDefinition? Get(string key) => _columns.TryGetValue(key, out var column) ? column : _seed(key);

    public void Apply(SchemaOperation operation)
    {
        if (operation.Table?.Name is not { } table)
        {
            return;
        }

        switch (operation.Kind)
        {
            case SchemaOperationKind.CreateTable:
                foreach (var column in operation.TableColumns.Where(column => column.Name is not null))
                {
                    Set(Key(table, column.Name!), column);
                }

                break;
            case SchemaOperationKind.DropTable:
                foreach (var key in KnownKeys(table))
                {
                    Set(key, null);
                }

                break;
            case SchemaOperationKind.RenameTable when operation.NewName is { } newTable:
                foreach (var key in KnownKeys(table))
                {
                    var column = Get(key);
                    Set(key, null);
                    Set(Key(newTable, key.Substring(table.Length + 1)), column);
                }

                break;
            case SchemaOperationKind.AddColumn when operation is { Column: { } added, NewColumn: { } definition }:
                Set(Key(table, added), definition);
                break;
            case SchemaOperationKind.DropColumn when operation.Column is { } dropped:
                Set(Key(table, dropped), null);
                break;
            case SchemaOperationKind.RenameColumn when operation is { Column: { } oldName, NewName: { } newName }:
                var renamed = Get(Key(table, oldName));
                Set(Key(table, oldName), null);
                Set(Key(table, newName), renamed is null ? null : renamed with { Name = newName });
                break;
            case SchemaOperationKind.AlterColumn when operation is { Column: { } altered, NewColumn: { } change }:
                Set(Key(table, altered), Merge(Get(Key(table, altered)) ?? new ColumnDefinition { Name = altered }, change));
                break;
        }
    }

    /// <summary>What an alteration states replaces what was known; what it leaves unsaid stays.</summary>
    public static ColumnDefinition Merge(ColumnDefinition before, ColumnDefinition change)
    {
        var after = before;
        if (StatesType(change))
        {
            after = after with { StoreType = change.StoreType, ClrType = change.ClrType, MaxLength = change.MaxLength, Precision = change.Precision, Scale = change.Scale };
        }

        if (change.IsNullable is { } nullable)
        {
            after = after with { IsNullable = nullable };
        }

        return change.Default is { } value ? after with { Default = value } : after;
    }

    public static bool StatesType(ColumnDefinition column) => column.StoreType is not null || column.ClrType is not null;

    private IEnumerable<string> KnownKeys(string table) =>
        _columns.Keys.Where(key => key.StartsWith(table + "\0", StringComparison.OrdinalIgnoreCase)).ToList();

    private void Set(string key, ColumnDefinition? column)
    {
        _columns[key] = column;
        _record?.Invoke(key, column);
    }
}
