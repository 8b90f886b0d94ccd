using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations;

/// <summary>
/// What every migration rule shares: it registers once per compilation, costs nothing in a project without
/// migrations, reads each migration through the shared <see cref="MigrationCatalog"/>, and reports findings in
/// migrations that have already shipped (at or before <c>introspect.migrations.last_shipped</c>) as notes marked
/// "shipped" instead of warnings. A rule only says what it finds in one migration: an EF Core class or a .sql script
/// (an AdditionalFile; its findings are located in the script).
/// </summary>
public abstract class MigrationRuleAnalyzer : DiagnosticAnalyzer
{
    private DiagnosticDescriptor? _shippedRule;

    protected abstract DiagnosticDescriptor Rule { get; }

    /// <summary>The same rule for migrations that already run in production: a note, and the message says why.</summary>
    private DiagnosticDescriptor ShippedRule => _shippedRule ??= MigrationDiagnostics.ShippedNote(Rule);

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <summary>The findings in one migration: where, and the message arguments.</summary>
    internal abstract IEnumerable<MigrationFinding> Find(MigrationDefinition migration);

    /// <summary>
    /// The findings in one migration, for a rule that needs more than the migration itself: the settings of the
    /// migration's file, or what the earlier migrations made of a column (an alteration that does not say what the
    /// column was).
    /// </summary>
    internal virtual IEnumerable<MigrationFinding> Find(MigrationDefinition migration, MigrationRuleContext context) => Find(migration);

    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var catalog = MigrationCatalog.For(start.Compilation);
            if (catalog.HasMigrationClasses)
            {
                start.RegisterSymbolAction(symbolContext => AnalyzeClass(symbolContext, catalog), SymbolKind.NamedType);
            }

            // Plain .sql scripts (DbUp, Evolve, grate, Flyway) come in as AdditionalFiles; other files cost one name check.
            start.RegisterAdditionalFileAction(fileContext => AnalyzeScript(fileContext, catalog));
        });
    }

    private void AnalyzeClass(SymbolAnalysisContext context, MigrationCatalog catalog)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (catalog.ReadClass(type, context.Options, context.CancellationToken, out var options) is not { } migration)
        {
            return;
        }

        Report(migration, options, catalog, catalog.History(context.Options), context.ReportDiagnostic);
    }

    private void AnalyzeScript(AdditionalFileAnalysisContext context, MigrationCatalog catalog)
    {
        if (!context.AdditionalFile.Path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var options = MigrationOptions.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.AdditionalFile));
        if (catalog.ReadScript(context.AdditionalFile, options, context.CancellationToken) is { } migration)
        {
            Report(migration, options, catalog, catalog.History(context.Options), context.ReportDiagnostic);
        }
    }

    private void Report(MigrationDefinition migration, MigrationOptions options, MigrationCatalog catalog, SchemaHistory history, Action<Diagnostic> report)
    {
        var shipped = options.HasShipped(migration);
        var context = new MigrationRuleContext(options, history) { Models = catalog.EfModels, CodeSql = catalog.CodeSql };
        foreach (var finding in Find(migration, context))
        {
            report(Create(finding, migration, shipped));
        }
    }

    private Diagnostic Create(MigrationFinding finding, MigrationDefinition migration, bool shipped)
    {
        // A finding at an operation's location is about that operation; rules need not say so.
        var operation = finding.Operation ?? migration.Up.FirstOrDefault(candidate => candidate.Location.Equals(finding.Location));
        var facts = MigrationFindingProperties.Of(migration, operation);

        // Shipped migrations cannot change, so they get no code-fix data.
        var properties = shipped ? facts : facts.SetItems(finding.Properties ?? ImmutableDictionary<string, string?>.Empty);
        return MigrationDiagnostics.Create(Rule, ShippedRule, finding.Location, shipped ? migration.Id : null, finding.MessageArguments, properties);
    }
}

/// <summary>A finding of a migration rule, before it becomes a diagnostic.</summary>
internal sealed record MigrationFinding(Location Location, params object[] MessageArguments)
{
    /// <summary>The operation the finding is about, when it is not the one at the finding's location.</summary>
    public SchemaOperation? Operation { get; init; }

    /// <summary>What a code fix needs to know (shipped migrations never get them).</summary>
    public ImmutableDictionary<string, string?>? Properties { get; init; }
}

/// <summary>
/// What a rule may need beyond the migration: the settings of the migration's file, the column history, and for the
/// code-aware rules the EF Core models and the SQL in the code (both read only when asked).
/// </summary>
internal sealed record MigrationRuleContext(MigrationOptions Options, SchemaHistory History)
{
    public EfCore.Model.EfModelHistory? Models { get; init; }

    public Rules.CodeUse.SqlInCode? CodeSql { get; init; }

    /// <summary>No settings and no history: what a rule sees of a migration on its own.</summary>
    public static MigrationRuleContext Default { get; } = new(MigrationOptions.None, SchemaHistory.None);
}
