using Introspect.Analyzers.Migrations;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Core.Analysis;
using Microsoft.CodeAnalysis;

namespace Introspect.Core.Migrations;

/// <summary>
/// For <c>introspect check --since &lt;git-ref&gt;</c>: the ids of a project's migrations whose files already existed at
/// that commit, read with the same catalog the rules use. They have shipped, so the rules report them as notes.
/// </summary>
internal static class ShippedMigrations
{
    public static IReadOnlyList<string> ShippedIds(
        Project project,
        Compilation compilation,
        IReadOnlySet<string> filesAtRef,
        string workTreeRoot,
        CancellationToken cancellationToken)
    {
        bool ExistedAtRef(string? path) =>
            path is not null && filesAtRef.Contains(SourcePaths.Relative(path, workTreeRoot));

        var catalog = MigrationCatalog.For(compilation);
        var options = new MigrationOptions(null, null);
        var shipped = new List<string>();

        if (catalog.HasMigrationClasses)
        {
            foreach (var type in SourceTypes(compilation.Assembly.GlobalNamespace))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (catalog.Read(type, options, cancellationToken) is { } migration && ExistedAtRef(migration.Location.SourceTree?.FilePath))
                {
                    shipped.Add(migration.Id);
                }
            }
        }

        // Scripts are named by their file: the id is the file name.
        shipped.AddRange(project.AdditionalDocuments
            .Where(document => options.IsMigrationScript(document.FilePath ?? document.Name) && ExistedAtRef(document.FilePath))
            .Select(document => Path.GetFileNameWithoutExtension(document.Name)));

        return [.. shipped.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceSymbol namespaceSymbol)
    {
        foreach (var member in namespaceSymbol.GetMembers())
        {
            if (member is INamespaceSymbol nested)
            {
                foreach (var type in SourceTypes(nested))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } type && type.Locations.Any(location => location.IsInSource))
            {
                yield return type;
            }
        }
    }
}
