using Introspect.Core.Analysis;

namespace Introspect.Core.Migrations;

/// <summary>
/// The expand → migrate → contract sequence to use instead of an unsafe migration operation, written out for the
/// operation a finding is about (its table and column come from the finding's properties) and for the framework
/// the migration is written in. One entry per migration rule; a convention test keeps them in step.
/// </summary>
public static class MigrationPlans
{
    private static readonly Dictionary<string, Func<PlanSubject, IReadOnlyList<string>>> Plans = new(StringComparer.Ordinal)
    {
        ["INTR201"] = subject =>
        [
            $"This release: remove every read and write of {subject.Column} from the code{subject.EfModelNote("remove the property from the entity or mark it ignored")}; keep the column, and make sure old inserts still succeed (nullable or with a default).",
            "Deploy, and wait until no instance of the previous release runs and a rollback is no longer planned.",
            $"Next release: drop {subject.Column} ({subject.Framework switch { "EfCore" => "move the DropColumn call into that release's migration", "FluentMigrator" => "move Delete.Column into that release's migration", _ => "move the ALTER TABLE … DROP COLUMN into that release's script" }}).",
        ],
        ["INTR202"] = subject =>
        [
            $"This release: remove every use of {subject.Table} from the code{subject.EfModelNote("remove the entity and its DbSet")}; keep the table.",
            "Archive the rows if they may still be needed (a backup or a copy table).",
            $"Next release, after the previous one is gone: drop {subject.Table}.",
        ],
        ["INTR203"] = subject =>
        [
            $"Release 1 (expand): add {subject.NewName} next to {subject.Column}, nullable or with a default; the code writes both.",
            $"Backfill {subject.NewName} from {subject.Column} in batches, in a migration or job of its own.",
            $"Release 2 (migrate): read {subject.NewName} only; keep writing both until release 2 is fully rolled out.",
            $"Release 3 (contract): stop writing {subject.Column} and drop it.",
        ],
        ["INTR204"] = subject =>
        [
            $"Release 1: rename {subject.Table} to {subject.NewName} and create a view named {subject.Table} over it (or create {subject.NewName}, dual-write and copy where views are not updatable).",
            $"Release 2: the code uses {subject.NewName} only.",
            $"Release 3: drop the view {subject.Table}.",
        ],
        ["INTR205"] = subject =>
        [
            $"Release 1: add a new column with the new type next to {subject.Column} (nullable); the code writes both, converting on write.",
            $"Backfill the new column from {subject.Column} in batches, and check that every value converts without loss.",
            "Release 2: read the new column only.",
            $"Release 3: drop {subject.Column} (and rename the new column only with the same expand and contract steps, if the name matters).",
        ],
        ["INTR206"] = subject => subject.Provider == "PostgreSql"
            ?
            [
                $"Backfill every NULL in {subject.Table}.{subject.Column} in batches, and make the code always write a value.",
                $"Add CHECK ({subject.Column} IS NOT NULL) NOT VALID: instant, and new rows are checked.",
                "In a later migration, VALIDATE CONSTRAINT: it scans without blocking writes.",
                $"Then SET NOT NULL on {subject.Column} (PostgreSQL 12+ uses the validated check and skips the scan), and drop the check.",
            ]
            :
            [
                $"Backfill every NULL in {subject.Table}.{subject.Column} in batches, and make the code always write a value.",
                "Deploy, and wait until no instance of the previous release (which may still insert NULL) runs.",
                $"Next release: make {subject.Column} NOT NULL, in a migration of its own, at a quiet time (it checks every row under lock).",
            ],
        ["INTR207"] = subject =>
        [
            $"Release 1: add {subject.Column} as nullable (or NOT NULL with a default the business chose); the code writes it.",
            $"Backfill {subject.Column} for existing rows in batches.",
            $"Release 2, once no previous release inserts rows without it: make {subject.Column} NOT NULL (see INTR206 for doing that without a long lock).",
        ],
        ["INTR208"] = subject => subject.Provider == "PostgreSql"
            ?
            [
                $"Remove duplicates in {subject.Table} first, and make the code stop creating them (the old release may still insert some: keep the cleanup running).",
                $"Build the unique index with CREATE UNIQUE INDEX CONCURRENTLY, outside a transaction (EF Core: the Npgsql:CreatedConcurrently annotation in a migration of its own).",
                "If a constraint is needed, attach the finished index: ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX (instant).",
            ]
            :
            [
                $"Remove duplicates in {subject.Table} first, and make the code stop creating them.",
                "Build the unique index online where the database can (SQL Server ONLINE = ON on Enterprise or Azure SQL), in a migration of its own, at a quiet time otherwise.",
                "Only then rely on the index in the code.",
            ],
        ["INTR209"] = subject => subject.Provider == "SqlServer"
            ?
            [
                $"Add the constraint WITH NOCHECK: existing rows of {subject.Table} are not checked, new ones are.",
                "Fix the rows that would violate it, in batches.",
                "In a later migration, ALTER TABLE … WITH CHECK CHECK CONSTRAINT … to trust it.",
            ]
            :
            [
                $"Add the constraint NOT VALID: existing rows of {subject.Table} are not checked, new ones are (EF Core and FluentMigrator: write it as SQL).",
                "Fix the rows that would violate it, in batches.",
                "In a later migration, VALIDATE CONSTRAINT: it scans without blocking writes.",
            ],
        ["INTR210"] = subject =>
        [
            subject.Provider == "SqlServer"
                ? $"Create the index on {subject.Table} WITH (ONLINE = ON) (Enterprise edition or Azure SQL), or at a quiet time otherwise."
                : $"Create the index on {subject.Table} CONCURRENTLY, outside a transaction: EF Core on Npgsql adds .Annotation(\"Npgsql:CreatedConcurrently\", true) (the code fix), FluentMigrator .WithOptions().AsConcurrently(), a script CREATE INDEX CONCURRENTLY without BEGIN.",
            "Keep the index in a migration of its own, so a failed build leaves nothing half-applied.",
            "If the build fails, drop the invalid index before retrying.",
        ],
        ["INTR211"] = subject =>
        [
            "Replace the raw SQL with the framework's operation where there is one, so the migration rules (and reviewers) can see it.",
            $"Where it must stay SQL, follow the safe sequence of the matching rule named in the message (expand, migrate, contract for drops and renames; CONCURRENTLY/ONLINE and NOT VALID for locks).",
            $"Limit data changes to {subject.Table} with a WHERE clause and run large ones in batches, outside the schema migration.",
        ],
        ["INTR212"] = subject =>
        [
            "Write a Down that undoes every schema change of Up, and test it by migrating up and down on a copy of production.",
            "Keep destructive steps (drops, deletes) out of this release, so that Down has something to restore.",
            "If the migration must be forward-only, agree the rollback plan (restore from backup) and suppress the finding with that reason.",
        ],
        ["INTR219"] = subject =>
        [
            "Run CREATE/DROP INDEX CONCURRENTLY alone and outside a transaction (EF Core: suppressTransaction or the Npgsql annotation; scripts: no BEGIN around it).",
            "Add columns that rewrite the table (per-row defaults, stored computed or identity columns) as nullable first, fill them in batches, then tighten.",
            "Set lock_timeout (and statement_timeout) at the start of a PostgreSQL migration, so a blocked lock fails fast instead of queueing every query behind it.",
            "Split a migration that takes many locks into several, each short.",
        ],
        ["INTR213"] = subject =>
        [
            "Keep this migration to the schema change (expand), and let it commit quickly.",
            $"Move the data change to {subject.Table} into a migration or job of its own that runs in batches, each batch its own transaction.",
            "Tighten constraints (NOT NULL, unique) only after the backfill has finished, in a later migration.",
        ],
        ["INTR218"] = subject =>
        [
            "Replace the application type with what it stands for at the time of the migration: the literal value, the table and column names, plain SQL.",
            "Keep migrations free of entities, the live DbContext and services, so an old migration still compiles and means the same when those types change.",
        ],
        ["INTR220"] = subject =>
        [
            "Regenerate the migration (dotnet ef migrations remove, then add) so the model snapshot matches the latest migration's target model.",
            "Give each migration a unique id or version; renumber the later one when two branches added the same.",
        ],
        ["INTR214"] = subject =>
        [
            $"This release: remove the uses the message names (the entity or property from the EF Core model, the SQL queries) and stop writing {subject.Column}; keep the table and column.",
            "Deploy, and wait until no instance of the previous release runs and a rollback is no longer planned.",
            $"Next release: drop or rename {subject.Table}{(subject.Column == "the column" ? string.Empty : "." + subject.Column)} (for a rename: add the new name first, dual-write and backfill, as INTR203/INTR204 describe).",
        ],
        ["INTR215"] = subject =>
        [
            $"This release: keep {subject.Table}.{subject.Column} NOT NULL; if the new code stops writing it, give it a default (HasDefaultValue / HasDefaultValueSql) so inserts still succeed.",
            $"Make the property nullable in the code (int?, string?) while the model keeps the column required, so this release reads NULL safely.",
            "Next release, once no instance of the previous one runs: drop NOT NULL.",
        ],
        ["INTR217"] = subject =>
        [
            "Restore what the last release stored: the old member names (mark them [Obsolete]) for an enum stored by name, the old values (written out explicitly) for one stored by number.",
            "Add new members only at the end, with explicit values.",
            $"If the stored values really must change, convert them in a migration of their own (UPDATE {subject.Table} SET {subject.Column} = new WHERE {subject.Column} = old, in batches), and make the code read both the old and the new value until the previous release is gone.",
        ],
        ["INTR216"] = subject =>
        [
            $"Decide what {subject.Column} means for rows written before this release, and set that value as the default explicitly (HasDefaultValue / HasDefaultValueSql, or WithDefaultValue).",
            $"If no value is right for old rows, add {subject.Column} as nullable, backfill it from real data, and make it required in a later release.",
            "On SQL Server, do not let EF Core turn a nullable column required with a default in one migration: backfill in batches first.",
        ],
        ["INTR221"] = subject =>
        [
            "Drain the jobs the message names: pause their schedules (recurring registrations, timers, triggers) and let queued and running runs finish; queued runs carry the old code's arguments.",
            $"Deploy the jobs' new version first (the worker or function app that no longer reads or writes {subject.Table}{(subject.Column == "the column" ? string.Empty : "." + subject.Column)}), and resume it against the current schema.",
            "Only then run this migration (for a rename, the job's new version must work with the old name until the migration has run: read both, or follow INTR203/INTR204).",
        ],
    };

    /// <summary>Whether there is a written plan for the rule.</summary>
    public static bool Covers(string ruleId) => Plans.ContainsKey(ruleId);

    /// <summary>The steps for the finding's operation; empty for rules without a plan.</summary>
    public static IReadOnlyList<string> For(Finding finding) =>
        Plans.TryGetValue(finding.RuleId, out var plan) ? plan(PlanSubject.From(finding)) : [];

    public static IReadOnlyCollection<string> RuleIds => Plans.Keys;
}

/// <summary>What a plan talks about: the migration's framework and provider, and the table, column and new name.</summary>
internal sealed record PlanSubject(string Framework, string Provider, string Table, string Column, string NewName)
{
    public static PlanSubject From(Finding finding)
    {
        string Get(string key, string fallback) =>
            finding.Properties is not null && finding.Properties.TryGetValue(key, out var value) && value.Length > 0 ? value : fallback;

        return new PlanSubject(
            Get("framework", "unknown"),
            Get("provider", "Unknown"),
            Get("table", "the table"),
            Get("column", "the column"),
            Get("newName", "the new name"));
    }

    public string EfModelNote(string change) => Framework == "EfCore" ? $" and from the EF Core model ({change})" : string.Empty;
}
