using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR108: <c>lock</c> (or <c>Monitor.Enter/TryEnter</c>) on a reference that can be a different object for different
/// threads: a field that is not readonly, a settable auto-property, a new object, or a local made fresh on every call.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LockOnMutableReferenceAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.LockOnMutableReference,
        title: "Lock on a readonly field, not on a changing field, a local or a new object",
        messageFormat: "{0}: {1}",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "A lock excludes other threads only if they all lock the same object. A field that can be reassigned lets a thread lock the new object while another still holds the old one, so both run the critical section at once. An object created in the lock expression, in a property getter or in a local of the same method is a different object on every call, so the lock excludes nothing. Lock on a readonly field that is assigned once.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => LockTargets.Create(start.Compilation).Register(start, DiagnosticFor));
    }

    private static Diagnostic? DiagnosticFor(LockTarget target)
    {
        if (!target.Kind.IsMutableReference())
        {
            return null;
        }

        var (action, reason) = Describe(target);
        var properties = ImmutableDictionary<string, string?>.Empty.Add(LockTargetKindExtensions.PropertyKey, target.Kind.ToString());
        return Diagnostic.Create(Rule, target.Reported.GetLocation(), properties, action, reason);
    }

    /// <summary>What to do, then why: the message of each kind of target.</summary>
    private static (string Action, string Reason) Describe(LockTarget target)
    {
        const string instead = "Lock on a readonly field instead of ";
        const string reassigned = "once it is reassigned, threads lock different objects and run the critical section together";
        const string fresh = "every caller locks its own object, so the lock excludes nothing";

        return target.Kind switch
        {
            LockTargetKind.MutableField => ($"Make field '{Name(target.Operand)}' readonly, or lock on a readonly field", reassigned),
            LockTargetKind.SettableProperty => ($"{instead}property '{Name(target.Operand)}', which has a setter", reassigned),
            LockTargetKind.NewObjectProperty => ($"{instead}property '{Name(target.Operand)}', which returns a new object on every read", fresh),
            LockTargetKind.NewLocalObject => ($"{instead}local '{Name(target.Operand)}', created in this method", "every call creates and locks its own object, so the lock excludes nothing"),
            _ => ($"{instead}a new object", fresh),
        };
    }

    private static string Name(IOperation operand) => operand switch
    {
        IMemberReferenceOperation member => member.Member.Name,
        ILocalReferenceOperation local => local.Local.Name,
        _ => operand.Syntax.ToString(),
    };
}
