using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Rules.ApplicationTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR218: a migration uses an application type (an entity, the DbContext, a service, an enum or constant of the
/// app) in Up, Down or a helper method of its own. Migrations are history: they are replayed on every new database
/// long after they were written, against whatever those types have become, and then do something else or stop
/// compiling. The generated Designer (BuildTargetModel) names entities by string and is not looked at; neither are
/// attributes such as [DbContext(typeof(…))]. A symbol-level rule rather than one over the migration model, because
/// it is about the C# the migration uses, not the schema changes it makes.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ApplicationTypeInMigrationAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.ApplicationTypeInMigration,
        title: "Do not use application types in a migration",
        messageFormat: "Migration '{0}' uses {1}, which will keep changing after this migration ships, so replaying it on a new database later does something else or no longer compiles; use only the migration API, literals and SQL in a migration (copy the values it needs into it)",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "A migration is replayed on every new database (tests, new environments, disaster recovery) for as long as the project lives. If it uses entities, the DbContext, services, or the app's enums and constants, replaying it runs today's versions of them: an enum renumbered since, a constant renamed, an entity with new required properties. The migration then writes different data, fails, or stops compiling. Migrations should contain only MigrationBuilder/FluentMigrator calls, literals and SQL.");

    private static readonly DiagnosticDescriptor ShippedNote = MigrationDiagnostics.ShippedNote(Descriptor);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var catalog = MigrationCatalog.For(start.Compilation);
            if (!catalog.HasMigrationClasses)
            {
                return;
            }

            var knowledge = new ApplicationTypeKnowledge(start.Compilation, catalog);
            start.RegisterSymbolAction(symbolContext => Analyze(symbolContext, catalog, knowledge), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, MigrationCatalog catalog, ApplicationTypeKnowledge knowledge)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (catalog.ReadClass(type, context.Options, context.CancellationToken, out var options) is not { } migration)
        {
            return;
        }

        // Up and Down as this class declares them; helpers they call are followed from there.
        var entryMethods = type.GetMembers("Up").Concat(type.GetMembers("Down"))
            .OfType<IMethodSymbol>()
            .Where(method => method.IsOverride && method.DeclaringSyntaxReferences.Length > 0);
        var references = ApplicationTypeReferences.In(entryMethods, type, knowledge, context.Compilation, context.CancellationToken);
        var shippedId = options.HasShipped(migration) ? migration.Id : null;
        foreach (var (applicationType, location) in references)
        {
            context.ReportDiagnostic(MigrationDiagnostics.Create(Descriptor, ShippedNote, location, shippedId, [migration.Name, Describe(applicationType, knowledge)]));
        }
    }

    private static string Describe(INamedTypeSymbol type, ApplicationTypeKnowledge knowledge)
    {
        var name = type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        return knowledge.IsDbContext(type) ? $"the DbContext {name}"
            : type.TypeKind == TypeKind.Enum ? $"the application's enum {name}"
            : $"the application type {name}";
    }
}
