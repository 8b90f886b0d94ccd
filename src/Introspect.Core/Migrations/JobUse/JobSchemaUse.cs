using System.Collections.Immutable;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;

namespace Introspect.Core.Migrations.JobUse;

/// <summary>How one job uses a table or column that a migration removes: the merged access and the effects that do it.</summary>
internal sealed record JobSchemaUse(Job Job, EffectAccess Access, ImmutableArray<ProcessEffect> Effects)
{
    /// <summary>
    /// How the job uses what the removal takes away, from its process model; null when it does not (or has no model).
    /// A table is used by a database effect on it: the effect's resource (the EF entity's table, the first table of
    /// its SQL) or any table its SQL names. A column is used by an effect on its table that either goes through an
    /// EF Core entity (no SQL text: EF selects and inserts every mapped column, and the running version still maps
    /// the old one) or has SQL that names the column or selects <c>*</c>. A resource that is only the DbContext
    /// (SaveChanges, where the tables are not visible) says nothing about a table and never matches.
    /// </summary>
    public static JobSchemaUse? Of(Job job, SchemaRemoval removal)
    {
        if (job.Process is not { } process)
        {
            return null;
        }

        var effects = process.AllEffects()
            .Where(effect => effect.Kind == EffectKind.Database && Touches(effect, removal))
            .ToImmutableArray();
        return effects.IsEmpty
            ? null
            : new JobSchemaUse(job, effects.Select(effect => effect.Access).Aggregate(EffectAccess.None, ResourceSummary.Merge), effects);
    }

    private static bool Touches(ProcessEffect effect, SchemaRemoval removal)
    {
        var onTable = DatabaseNames.SameTable(removal.Table, effect.Resource)
            || (effect.Detail is { } sql && DatabaseNames.TablesIn(sql).Any(removal.Table.Equals));
        if (!onTable || !removal.IsColumn)
        {
            return onTable;
        }

        return effect.Detail is not { } text || DatabaseNames.MentionsColumn(text, removal.Column!);
    }
}
