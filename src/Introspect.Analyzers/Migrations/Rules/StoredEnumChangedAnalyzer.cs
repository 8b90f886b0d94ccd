using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Migrations.Rules.StoredEnums;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR217: an enum that EF Core stores (found from the model snapshot: by name with HasConversion&lt;string&gt;, by
/// number by default) whose members no longer match what rows hold: members the last release's
/// PublicAPI.Shipped.txt lists that were renamed or removed (by name) or renumbered or removed (by number), and
/// default values the migrations wrote that no member stands for any more. No migration is generated for such a
/// change, so the finding is on the enum; it is about code still to ship, so there is no "shipped" note form.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StoredEnumChangedAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.StoredEnumChanged,
        title: "Do not rename, remove or renumber members of a stored enum",
        messageFormat: "Enum '{0}' is stored {1} in {2} ({3}), and {4}; {5}",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "EF Core stores an enum property as its number by default, or as its name with HasConversion<string>(). Renumbering or reordering members changes what every stored number means; renaming or removing members leaves rows whose name no member has, and reading them throws. No migration is generated, so no migration review sees it. Only add members at the end, give stored enums explicit values, keep old names (marked [Obsolete]), or convert the stored values in a data migration.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var catalog = MigrationCatalog.For(start.Compilation);
            if (catalog.EfCore is null)
            {
                return;
            }

            var compilation = start.Compilation;
            var options = start.Options;

            // Reading the snapshots means walking every type of the compilation; a project without one (the usual
            // case: entities and jobs, no migrations) is told by its text, which costs a search, not a binding pass.
            var hasSnapshot = new Lazy<bool>(() => compilation.SyntaxTrees.Any(tree => MentionsModelSnapshot(tree, CancellationToken.None)));
            var stored = new Lazy<ImmutableDictionary<INamedTypeSymbol, ImmutableArray<StoredEnumColumn>>>(() => StoredEnumColumns.Find(compilation, catalog, options));
            var shipped = new Lazy<ImmutableDictionary<string, ImmutableDictionary<string, long>>>(() => ShippedEnumMembers.Read(options, CancellationToken.None));
            start.RegisterSymbolAction(
                symbolContext =>
                {
                    if (((INamedTypeSymbol)symbolContext.Symbol).TypeKind == TypeKind.Enum && hasSnapshot.Value)
                    {
                        Analyze(symbolContext, stored, shipped);
                    }
                },
                SymbolKind.NamedType);
        });
    }

    /// <summary>Whether the file can declare an EF Core model snapshot: its base type's name is in the text.</summary>
    private static bool MentionsModelSnapshot(SyntaxTree tree, CancellationToken cancellationToken) =>
        tree.GetText(cancellationToken).ToString().IndexOf("ModelSnapshot", StringComparison.Ordinal) >= 0;

    private static void Analyze(
        SymbolAnalysisContext context,
        Lazy<ImmutableDictionary<INamedTypeSymbol, ImmutableArray<StoredEnumColumn>>> stored,
        Lazy<ImmutableDictionary<string, ImmutableDictionary<string, long>>> shipped)
    {
        // The snapshots are read only once an enum is declared in the compilation.
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind != TypeKind.Enum || !stored.Value.TryGetValue(type, out var columns))
        {
            return;
        }

        shipped.Value.TryGetValue(type.ToDisplayString(), out var shippedMembers);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            foreach (var (location, change) in EnumChanges.Find(type, column, shippedMembers))
            {
                if (reported.Add(change))
                {
                    // The table and column let `introspect migrations plan` name the data migration.
                    var properties = ImmutableDictionary<string, string?>.Empty
                        .Add(MigrationFindingProperties.Framework, MigrationFramework.EfCore.ToString())
                        .Add(MigrationFindingProperties.Table, column.Table.ToString())
                        .Add(MigrationFindingProperties.Column, column.Column);
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptor,
                        location,
                        properties,
                        type.Name,
                        column.ByName ? "by name" : "by number",
                        $"{column.Table}.{column.Column}",
                        column.Property,
                        change,
                        column.ByName
                            ? "keep the old name as a member (mark it [Obsolete]), or convert the stored values in a migration of their own"
                            : "keep every shipped member's value (give the members explicit values) and add new members at the end, or convert the stored values in a migration of their own"));
                }
            }
        }
    }
}
