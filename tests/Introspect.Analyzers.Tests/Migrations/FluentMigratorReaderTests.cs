using Introspect.Analyzers.Migrations;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Tests.Verifiers;
using Introspect.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Introspect.Analyzers.Tests.Migrations;

/// <summary>
/// Reading FluentMigrator 8 migrations written against the real API: which classes are migrations, their ids,
/// rollback and provider. The expressions themselves are in the other part of this class.
/// </summary>
public sealed partial class FluentMigratorReaderTests
{
    private const string Classes = """
        using System;
        using FluentMigrator;

        namespace Billing.Migrations;

        [Migration(2026020101, "The old ticket system is gone")]
        public sealed class DropLegacyTicketRef : Migration
        {
            public override void Up()
            {
                Delete.Column("legacy_ticket_ref").FromTable("invoices");
            }

            public override void Down()
            {
                Alter.Table("invoices").AddColumn("legacy_ticket_ref").AsString(40).Nullable();
            }
        }

        [Migration(2026010101)]
        public sealed class CreateCreditNotes : AutoReversingMigration
        {
            public override void Up() =>
                Create.Table("credit_notes").WithColumn("id").AsInt64().PrimaryKey().Identity();
        }

        [Migration(2026021501)]
        public sealed class DropPaymentReminders : ForwardOnlyMigration
        {
            public override void Up() => Delete.Table("payment_reminders");
        }

        /// <summary>The team's base for migrations that cannot be undone.</summary>
        public abstract class NonReversibleMigration : Migration
        {
            public override void Down() => throw new NotSupportedException("This migration cannot be reversed.");
        }

        public abstract class BillingMigration : NonReversibleMigration
        {
            protected const string Schema = "billing";
        }

        [Migration(2026030101)]
        public sealed class DropDunningLevels : BillingMigration
        {
            public override void Up() => Delete.Table("dunning_levels").InSchema(Schema);
        }

        /// <summary>A base that does the work: the concrete class only gives it a version.</summary>
        public abstract class DropLegacyAuditMigration : Migration
        {
            public override void Up() => Delete.Table("legacy_audit");

            public override void Down()
            {
            }
        }

        [Migration(2026030201)]
        public sealed class DropLegacyAudit : DropLegacyAuditMigration
        {
        }

        [TimestampedMigration(2026, 4, 1, 9, 30)]
        public sealed class AddInvoiceNotes : Migration
        {
            public override void Up() => Alter.Table("invoices").AddColumn("notes").AsString().Nullable();

            public override void Down() => Delete.Column("notes").FromTable("invoices");
        }

        [Migration(2026040201, TransactionBehavior.None, "Index built outside a transaction")]
        public sealed class IndexInvoiceDueDates : Migration
        {
            public override void Up() => Create.Index("ix_invoices_due_at").OnTable("invoices").OnColumn("due_at").Ascending();

            public override void Down() => Delete.Index("ix_invoices_due_at").OnTable("invoices");
        }

        /// <summary>Runs the embedded scripts named after it: Up and Down are FluentMigrator's own.</summary>
        [Migration(2026040301)]
        public sealed class SeedCurrencies : AutoScriptMigration
        {
            public SeedCurrencies(System.Collections.Generic.IEnumerable<FluentMigrator.Infrastructure.IEmbeddedResourceProvider> resources)
                : base(resources)
            {
            }
        }

        [Maintenance(MigrationStage.BeforeAll)]
        public sealed class ResetReportingSessions : Migration
        {
            public override void Up() => Execute.Sql("DELETE FROM reporting_sessions WHERE expires_at < now();");

            public override void Down()
            {
            }
        }

        public abstract class DraftMigration : Migration
        {
            public override void Up() => Delete.Table("drafts");

            public override void Down()
            {
            }
        }

        /// <summary>Looks like a migration but is not one: its Up and Down are its own.</summary>
        public sealed class ReportJanitor
        {
            public ReportJanitor Delete => this;

            public ReportJanitor Column(string name) => this;

            public void FromTable(string table)
            {
            }

            public void Up() => Delete.Column("legacy_ticket_ref").FromTable("invoices");

            public void Down()
            {
            }
        }

        [Migration(2026050101)]
        public sealed class PruneReportCache : Migration
        {
            private readonly ReportJanitor _janitor = new();

            public override void Up() => _janitor.Delete.Column("cached_at").FromTable("report_cache");

            public override void Down()
            {
            }
        }
        """;

    private static readonly Lazy<Compilation> s_classes = new(() => SnippetCompilation.Create(Classes));

    private static MigrationDefinition? Read(Compilation compilation, string typeName, DatabaseProvider? provider = DatabaseProvider.PostgreSql) =>
        MigrationCatalog.For(compilation).Read(compilation.Type(typeName), new MigrationOptions(null, provider), CancellationToken.None);

    private static MigrationDefinition ReadClass(string typeName) => Read(s_classes.Value, "Billing.Migrations." + typeName)!;

    [Fact]
    public void Migration_HasItsVersionNameFrameworkAndProvider()
    {
        var migration = ReadClass("DropLegacyTicketRef");

        Assert.Equal("2026020101", migration.Id);
        Assert.Equal("DropLegacyTicketRef", migration.Name);
        Assert.Equal(MigrationFramework.FluentMigrator, migration.Framework);
        Assert.Equal(DatabaseProvider.PostgreSql, migration.Provider);
        Assert.Equal(RollbackState.Present, migration.Rollback);
        Assert.False(migration.SuppressesTransaction);
        Assert.Equal("DropLegacyTicketRef", migration.Location.SourceTree!.GetText().ToString(migration.Location.SourceSpan));
    }

    [Fact]
    public void CompilationWithOnlyFluentMigrator_HasMigrationClasses()
    {
        // A FluentMigrator migrations project references neither EF Core nor a runner.
        var fluentMigratorOnly = FrameworkReferences.Frameworks
            .OfType<PortableExecutableReference>()
            .Where(reference => Path.GetFileName(reference.FilePath!).StartsWith("FluentMigrator", StringComparison.Ordinal));
        var compilation = CSharpCompilation.Create(
            "Billing.Migrations",
            [CSharpSyntaxTree.ParseText(Classes)],
            [.. FrameworkReferences.Net100, .. fluentMigratorOnly],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var catalog = MigrationCatalog.For(compilation);

        Assert.Null(catalog.EfCore);
        Assert.True(catalog.HasMigrationClasses);
        Assert.Equal("2026020101", Read(compilation, "Billing.Migrations.DropLegacyTicketRef")!.Id);
    }

    [Theory]
    [InlineData("AddInvoiceNotes", "20260401093000")]
    [InlineData("IndexInvoiceDueDates", "2026040201")]
    [InlineData("ResetReportingSessions", "ResetReportingSessions")]
    public void Id_IsTheVersionOrTheClassName(string typeName, string expected) =>
        Assert.Equal(expected, ReadClass(typeName).Id);

    [Fact]
    public void TransactionBehaviorNone_SuppressesTheTransaction() =>
        Assert.True(ReadClass("IndexInvoiceDueDates").SuppressesTransaction);

    [Theory]
    [InlineData("DropLegacyTicketRef", RollbackState.Present)]
    [InlineData("CreateCreditNotes", RollbackState.Automatic)]
    [InlineData("DropPaymentReminders", RollbackState.Missing)]
    [InlineData("DropDunningLevels", RollbackState.Throws)]
    [InlineData("DropLegacyAudit", RollbackState.Empty)]
    [InlineData("AddInvoiceNotes", RollbackState.Present)]
    [InlineData("SeedCurrencies", RollbackState.NotApplicable)]
    public void Down_IsClassified(string typeName, RollbackState expected) =>
        Assert.Equal(expected, ReadClass(typeName).Rollback);

    [Fact]
    public void UpInheritedFromACustomBase_IsRead()
    {
        var drop = Assert.Single(ReadClass("DropLegacyAudit").Up);

        Assert.Equal((SchemaOperationKind.DropTable, "legacy_audit"), (drop.Kind, drop.Table!.Name));
    }

    [Fact]
    public void ConstantFromACustomBase_NamesTheSchema()
    {
        var drop = Assert.Single(ReadClass("DropDunningLevels").Up);

        Assert.Equal(new SchemaObjectName("billing", "dunning_levels"), drop.Table);
        Assert.Equal("billing", drop.Table!.Schema);
    }

    [Fact]
    public void AutoReversingMigration_HasNoDownOperations() =>
        Assert.Empty(ReadClass("CreateCreditNotes").Down);

    [Theory]
    [InlineData("Billing.Migrations.ReportJanitor")]
    [InlineData("Billing.Migrations.DraftMigration")]
    [InlineData("Billing.Migrations.NonReversibleMigration")]
    public void ClassThatIsNotAConcreteMigration_ReadsAsNull(string typeName) =>
        Assert.Null(Read(s_classes.Value, typeName));

    [Fact]
    public void LookAlikeFluentCallsInsideAMigration_AreNotRead() =>
        Assert.Empty(ReadClass("PruneReportCache").Up);

    [Fact]
    public void BrokenMigrationCode_IsReadWithoutThrowing()
    {
        var compilation = CSharpCompilation.Create(
            "Broken",
            [CSharpSyntaxTree.ParseText("""
                using FluentMigrator;

                [Migration(]
                public sealed class HalfWritten : Migration
                {
                    public override void Up()
                    {
                        Delete.Column().FromTable(;
                        Create.Table(null).WithColumn(42).AsString(-1).
                        Alter.Column("x").OnTable(missingVariable).AsDecimal("a", "b");
                        IfDatabase(null).Delegate(null);
                        IfDatabase().Create.Index().OnTable();
                        Rename.Table("a").To(
                        Execute.Sql(string.Empty + 1);
                        Update.Table("t").Set(null).Where(
                    }

                    public override void Down() => throw;
                }

                [TimestampedMigration(2026, 13)]
                public class NoDown : Migration
                {
                    public override void Up() => Insert.IntoTable(nameof(Missing)).Row(new { });
                }
                """)],
            FrameworkReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var migrations = compilation.SyntaxTrees[0].GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>()
            .Select(declaration => compilation.GetSemanticModel(declaration.SyntaxTree).GetDeclaredSymbol(declaration)!)
            .Select(type => MigrationCatalog.For(compilation).Read(type, new MigrationOptions(null, null), CancellationToken.None))
            .ToList();

        Assert.Equal(["HalfWritten", "NoDown"], migrations.Select(migration => migration!.Name));
        Assert.Contains(migrations[0]!.Up, operation => operation.Kind == SchemaOperationKind.RenameTable);
    }
}
