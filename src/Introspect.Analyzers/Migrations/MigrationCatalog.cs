using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Introspect.Analyzers.Migrations.EfCore;
using Introspect.Analyzers.Migrations.EfCore.Model;
using Introspect.Analyzers.Migrations.FluentMigrator;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Migrations.Rules.CodeUse;
using Introspect.Analyzers.Migrations.Sql;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations;

/// <summary>
/// The migrations of one compilation, each read once and shared by every migration rule (about twenty analyzers
/// look at the same migration; reading it twenty times would cost twenty times). Held in a weak table keyed by the
/// compilation, so it lives exactly as long as the compilation does.
/// </summary>
internal sealed class MigrationCatalog
{
    private static readonly ConditionalWeakTable<Compilation, MigrationCatalog> s_catalogs = new();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<(INamedTypeSymbol Type, DatabaseProvider Provider), MigrationDefinition?> _classes =
        new(MigrationKeyComparer.Instance);

    private readonly Lazy<DatabaseProvider> _ifDatabaseProvider;

    private SchemaHistory? _history;

    // Keyed by the AdditionalText instance, which the compilation's options hold for as long as the compilation lives.
    private readonly ConcurrentDictionary<(AdditionalText File, DatabaseProvider Provider), MigrationDefinition?> _scripts = new();

    private readonly Lazy<bool?> _dbUpTransactions;

    private MigrationCatalog(Compilation compilation)
    {
        _compilation = compilation;
        EfCore = EfCoreMigrationTypes.Create(compilation);
        FluentMigrator = FluentMigratorTypes.Create(compilation);
        ReferencedProvider = ProviderDetection.FromReferences(compilation);

        // Read only when a FluentMigrator migration needs it: a scan of the compilation's IfDatabase(…) calls.
        _ifDatabaseProvider = new Lazy<DatabaseProvider>(() => FluentDatabaseCondition.FromUsage(compilation));

        // Read only when a script is read: a scan for DbUp's WithTransaction…() calls.
        _dbUpTransactions = new Lazy<bool?>(() => DbUpTransactions.RunsScriptsInTransaction(compilation, CancellationToken.None));

        // Both read nothing until a code-aware rule asks.
        EfModels = new EfModelHistory(compilation, this);
        CodeSql = new SqlInCode(compilation, MigrationDeclarations, ReferencedProvider);
    }

    /// <summary>The EF Core models in source: each migration's target model and each snapshot.</summary>
    public EfModelHistory EfModels { get; }

    /// <summary>The SQL queries in the compilation's code outside migrations.</summary>
    public SqlInCode CodeSql { get; }

    public EfCoreMigrationTypes? EfCore { get; }

    public FluentMigratorTypes? FluentMigrator { get; }

    /// <summary>The provider the project's package references name; Unknown when none or several.</summary>
    public DatabaseProvider ReferencedProvider { get; }

    /// <summary>False when the compilation uses no migration framework: class-based migration rules have nothing to do.</summary>
    public bool HasMigrationClasses => EfCore is not null || FluentMigrator is not null;

    /// <summary>
    /// Whether the class is a migration of a referenced framework: a walk up its base types, cheap enough to ask of every
    /// class before anything else is read (the settings of its file, its body).
    /// </summary>
    public bool IsMigrationClass(INamedTypeSymbol type) =>
        (EfCore is not null && EfCore.IsMigration(type)) || (FluentMigrator is not null && FluentMigrator.IsMigration(type));

    /// <summary>
    /// The migration a class in source defines, read with the settings of its file; null for every other class, which
    /// costs a walk up its base types and nothing more.
    /// </summary>
    public MigrationDefinition? ReadClass(INamedTypeSymbol type, AnalyzerOptions analyzerOptions, CancellationToken cancellationToken, out MigrationOptions options)
    {
        options = MigrationOptions.None;
        if (type.TypeKind != TypeKind.Class || type.IsAbstract || !IsMigrationClass(type)
            || type.Locations.FirstOrDefault(location => location.IsInSource)?.SourceTree is not { } tree)
        {
            return null;
        }

        options = MigrationOptions.Read(analyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree));
        return Read(type, options, cancellationToken);
    }

    public static MigrationCatalog For(Compilation compilation) => s_catalogs.GetValue(compilation, static created => new MigrationCatalog(created));

    /// <summary>The migration a class defines, or null when the class is not a migration.</summary>
    public MigrationDefinition? Read(INamedTypeSymbol type, MigrationOptions options, CancellationToken cancellationToken)
    {
        var provider = options.Provider ?? ReferencedProvider;
        if (provider == DatabaseProvider.Unknown && options.Provider is null && FluentMigrator is not null && FluentMigrator.IsMigration(type))
        {
            // FluentMigrator's runner packages usually sit in another project: the IfDatabase(…) calls may tell.
            provider = _ifDatabaseProvider.Value;
        }

        return _classes.GetOrAdd((type, provider), key => ReadClass(key.Type, key.Provider, cancellationToken));
    }

    /// <summary>
    /// The migration a .sql AdditionalFile defines, or null when the file is not a migration script (see
    /// <see cref="MigrationOptions.IsMigrationScript"/>) or cannot be read.
    /// </summary>
    public MigrationDefinition? ReadScript(AdditionalText file, MigrationOptions options, CancellationToken cancellationToken)
    {
        if (!options.IsMigrationScript(file.Path))
        {
            return null;
        }

        var provider = options.Provider ?? ReferencedProvider;
        return _scripts.GetOrAdd((file, provider), key => key.File.GetText(cancellationToken) is { } text
            ? WithRunnerTransaction(ScriptMigrationReader.Read(key.File.Path, text, key.Provider, cancellationToken))
            : null);
    }

    /// <summary>
    /// The history of every column across the compilation's migrations (classes and scripts), built the first time a
    /// rule asks what a column was before an alteration that does not say it. It is shared by every analysis of the
    /// compilation, so it is not tied to the cancellation of the one that happens to build it.
    /// </summary>
    public SchemaHistory History(AnalyzerOptions options)
    {
        if (_history is null)
        {
            Interlocked.CompareExchange(ref _history, new SchemaHistory(() => AllMigrations(options, CancellationToken.None)), null);
        }

        return _history!;
    }

    private IEnumerable<MigrationDefinition> AllMigrations(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var migrations = new List<MigrationDefinition>();
        if (HasMigrationClasses)
        {
            foreach (var type in SourceTypes(_compilation.Assembly.GlobalNamespace))
            {
                if (ReadClass(type, options, cancellationToken, out _) is { } migration)
                {
                    migrations.Add(migration);
                }
            }
        }

        foreach (var file in options.AdditionalFiles)
        {
            if (file.Path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase)
                && ReadScript(file, MigrationOptions.Read(options.AnalyzerConfigOptionsProvider.GetOptions(file)), cancellationToken) is { } script)
            {
                migrations.Add(script);
            }
        }

        return migrations;
    }

    private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                foreach (var type in SourceTypes(child))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type && type.Locations.Any(location => location.IsInSource))
            {
                yield return type;
                foreach (var nested in SourceTypes(type))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>Where migrations and snapshots are declared: their SQL is the migrations', not the app's.</summary>
    private ILookup<SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan> MigrationDeclarations()
    {
        var index = EfModels.Index;
        return index.EfMigrations.Select(entry => entry.Type)
            .Concat(index.FluentMigrations.Select(entry => entry.Type))
            .Concat(index.Snapshots.Select(entry => entry.Type))
            .SelectMany(type => type.DeclaringSyntaxReferences)
            .ToLookup(reference => reference.SyntaxTree, reference => reference.Span);
    }

    /// <summary>A DbUp project that never asks for a transaction runs every script statement by statement (DbUp's default).</summary>
    private MigrationDefinition WithRunnerTransaction(MigrationDefinition script) =>
        !script.SuppressesTransaction && _dbUpTransactions.Value == false ? script with { SuppressesTransaction = true } : script;

    private MigrationDefinition? ReadClass(INamedTypeSymbol type, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        if (EfCore is not null && EfCore.IsMigration(type))
        {
            return EfCoreMigrationReader.Read(type, EfCore, provider, _compilation, cancellationToken);
        }

        return FluentMigrator is not null && FluentMigrator.IsMigration(type)
            ? FluentMigratorReader.Read(type, FluentMigrator, provider, _compilation, cancellationToken)
            : null;
    }

    private sealed class MigrationKeyComparer : IEqualityComparer<(INamedTypeSymbol Type, DatabaseProvider Provider)>
    {
        public static MigrationKeyComparer Instance { get; } = new();

        public bool Equals((INamedTypeSymbol Type, DatabaseProvider Provider) x, (INamedTypeSymbol Type, DatabaseProvider Provider) y) =>
            x.Provider == y.Provider && SymbolEqualityComparer.Default.Equals(x.Type, y.Type);

        public int GetHashCode((INamedTypeSymbol Type, DatabaseProvider Provider) obj) =>
            SymbolEqualityComparer.Default.GetHashCode(obj.Type) ^ (int)obj.Provider;
    }
}
