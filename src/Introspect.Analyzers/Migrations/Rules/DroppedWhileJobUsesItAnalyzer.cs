using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR221: a migration drops or renames a table or column that a scheduled job still reads or writes. Jobs and
/// migrations usually live in different projects (a worker and a domain library), so no single compilation sees
/// both: the rule is computed over the whole solution by <c>introspect check</c> (Introspect.Core, after the job
/// model is built). This analyzer only declares the rule, so that the IDE, .editorconfig severities, release
/// tracking and the rule catalog know it; it reports nothing by itself.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DroppedWhileJobUsesItAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Arguments: the migration, the change ("drops column Servers.LegacyRackCode"), the jobs and what they do, the fix.</summary>
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.DroppedWhileJobUsesIt,
        title: "Drain and redeploy a job before dropping or renaming what it uses",
        messageFormat: "Migration '{0}' {1} while {2}; {3}",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "Scheduled jobs often run from a separate deployable (a worker, a function app) on their own cadence, so the old version of a job is the longest-lived old code: it keeps running, or sits queued with its old code, until the worker is redeployed. A migration that drops or renames a table or column the job reads or writes breaks its next run. Drain the job (pause the schedule and let queued runs finish), deploy the job's new version that no longer uses the old name, and only then run the migration. Introspect finds the job with its job model, across projects; `introspect check` reports the rule, the IDE and the build do not.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        // Nothing to register: the rule needs the jobs of the whole solution, which one compilation does not have.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
    }
}
