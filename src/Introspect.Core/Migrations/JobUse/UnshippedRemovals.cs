using Introspect.Analyzers.Migrations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Core.Migrations.JobUse;

/// <summary>
/// The drops and renames of a project's migrations that have not shipped: read through the same
/// <see cref="MigrationCatalog"/> the migration rules use (each migration is read once per compilation, so after the
/// analyzers have run this costs a lookup), with the same options (so <c>last_shipped</c> and <c>--since</c> apply).
/// A shipped migration already runs in production: whatever it broke is broken, and INTR221 says nothing about it.
/// </summary>
internal static class UnshippedRemovals
{
    public static IReadOnlyList<SchemaRemoval> Read(Compilation compilation, AnalyzerOptions analyzerOptions, CancellationToken cancellationToken)
    {
        var catalog = MigrationCatalog.For(compilation);
        var removals = new List<SchemaRemoval>();
        if (catalog.HasMigrationClasses)
        {
            foreach (var type in compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type, cancellationToken).OfType<INamedTypeSymbol>())
            {
                if (catalog.ReadClass(type, analyzerOptions, cancellationToken, out var options) is { } migration && !options.HasShipped(migration))
                {
                    removals.AddRange(SchemaRemoval.In(migration));
                }
            }
        }

        foreach (var file in analyzerOptions.AdditionalFiles)
        {
            if (!file.Path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var options = MigrationOptions.Read(analyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(file));
            if (catalog.ReadScript(file, options, cancellationToken) is { } script && !options.HasShipped(script))
            {
                removals.AddRange(SchemaRemoval.In(script));
            }
        }

        return removals;
    }
}
