using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Introspect.Comparison.MigrationLinters;
using Introspect.Comparison.Reporting;
using Introspect.Comparison.Tests.Running;

namespace Introspect.Comparison.Tests.Report;

/// <summary>
/// The migration rules next to the checks of other migration linters, hazard by hazard, from
/// <see cref="MigrationLinterChecks"/>. An Introspect id links to its rule page once the analyzers ship it, and reads
/// "planned (INTRxxx)" until then, so the page follows the rules as they land.
/// </summary>
internal static class MigrationLinterSection
{
    public const string Heading = "## Migration rules next to other ecosystems' linters";

    public static void Write(StringBuilder output, ComparisonResults results) =>
        Write(output, results.Introspect.SupportedDescriptors.Select(descriptor => descriptor.Id).ToFrozenSet(StringComparer.Ordinal));

    internal static void Write(StringBuilder output, IReadOnlySet<string> shippedIds)
    {
        output.Append(Heading).Append("\n\n");
        output.Append("Rails, Django and PostgreSQL teams have had migration linters for years, and .NET now has a few young ones. ");
        output.Append("This section sets their checks next to Introspect's migration rules, hazard by hazard. It compares what each tool ");
        output.Append("documents or implements, not what it finds: the linters from other ecosystems check Ruby, Python or SQL migrations, ");
        output.Append("so there is no common corpus to run them on. They look at migrations in different ways (squawk, Atlas and the .NET ");
        output.Append("tools read the migration files, django-migration-linter reads the SQL Django generates for each migration, ");
        output.Append("strong_migrations checks each operation as the migration runs), but none of them reads the application code. ");
        output.Append("A drop or a rename is reported whether or not the running code still uses the column; in the rows that depend on ");
        output.Append("the code (INTR214, INTR215, INTR217, INTR221) only Introspect looks at it.\n\n");
        output.Append("A cell names the tool's own checks that report the hazard. ");
        output.Append(ComparisonDocument.Invariant($"A dash ({MigrationLinterChecks.None}) means none of the checks read covers it; \"{MigrationLinterChecks.NotVerified}\" means "));
        output.Append("what was read does not settle it. An Introspect rule that is reserved but not in this build reads \"planned\".\n\n");

        output.Append("### Other ecosystems\n\n");
        WriteTable(output, shippedIds, isDotNet: false);
        output.Append("### Other .NET migration linters\n\n");
        WriteTable(output, shippedIds, isDotNet: true);
        WriteNotes(output);
        WriteSources(output);
    }

    internal static string IntrospectCell(ImmutableArray<string> ids, IReadOnlySet<string> shippedIds) =>
        string.Join(", ", ids.Select(id => shippedIds.Contains(id) ? $"[{id}](rules/{id}.md)" : $"planned ({id})"));

    private static void WriteTable(StringBuilder output, IReadOnlySet<string> shippedIds, bool isDotNet)
    {
        var columns = MigrationLinterChecks.Tools
            .Select((tool, index) => (tool, index))
            .Where(column => column.tool.IsDotNet == isDotNet)
            .ToList();
        var table = new MarkdownTable(["hazard", .. columns.Select(column => column.tool.Name), "Introspect"]);
        foreach (var row in MigrationLinterChecks.Rows)
        {
            table.Row([row.Hazard, .. columns.Select(column => row.ToolCells[column.index]), IntrospectCell(row.IntrospectIds, shippedIds)]);
        }

        table.WriteTo(output);
        output.Append('\n');
    }

    private static void WriteNotes(StringBuilder output)
    {
        output.Append("Notes on the cells:\n\n");
        output.Append("- strong_migrations stops every `remove_column` and asks for the column to be ignored by the model first; it cannot ");
        output.Append("tell whether that was done. Its `execute` check stops all raw SQL because it does not read it. Dropping a table ");
        output.Append("is not among its checks.\n");
        output.Append("- squawk and Atlas take SQL as their input, so a destructive statement is covered by the same rules as any other. ");
        output.Append("Atlas's MY110–MY113 concern MySQL `ENUM` column definitions, not an application enum stored as a number. Its ");
        output.Append("non-linear-changes analyzer watches the order of the migration directory; whether it also reports two files with ");
        output.Append("one version was not settled by what was read.\n");
        output.Append("- django-migration-linter's `NOT_NULL` matches any `NOT NULL` outside a `CREATE TABLE` unless a default is set, ");
        output.Append("so it covers both adding a required column and tightening an existing one. `RUNPYTHON_MODEL_IMPORT` is its check ");
        output.Append("that a data migration uses the historical model rather than the application's class.\n");
        output.Append("- sql-migration-lint matches regular expressions against the text of each `Up` method, so its drop, rename and ");
        output.Append("index rules see SQL strings, not `MigrationBuilder` calls. It also defines rules over typed operations ");
        output.Append("(`add-column-with-default`, `alter-column-type-change`, ...) which, by its own architecture notes, nothing in the tool ");
        output.Append("builds from a migration file; they are not counted. Which of its rules the command line registers differs between ");
        output.Append("its commits.\n");
        output.Append("- MigrationLint and Granit.Analyzers read EF Core migration code; neither reads the previous model or the code ");
        output.Append("that uses the columns.\n\n");
    }

    private static void WriteSources(StringBuilder output)
    {
        output.Append(ComparisonDocument.Invariant($"What was read, on {MigrationLinterChecks.ReadOn} (stored copies of the public repositories):\n\n"));
        foreach (var tool in MigrationLinterChecks.Tools)
        {
            output.Append("- **").Append(tool.Name).Append("** (").Append(tool.Ecosystem).Append("). Read in ").Append(tool.SourceRead).Append(".\n");
        }

        output.Append('\n');
    }
}
