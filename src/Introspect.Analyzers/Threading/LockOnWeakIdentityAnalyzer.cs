using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR107: <c>lock</c> (or <c>Monitor.Enter/TryEnter</c>) on an object that other code can lock too (<c>this</c>, a
/// Type, a string, a Thread, a public field or property) or that has no stable identity (a boxed value).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LockOnWeakIdentityAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.LockOnWeakIdentity,
        title: "Lock on a private object, not on this, a type, a string or a public field",
        messageFormat: "Lock on a private readonly object instead of {0}: {1}",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "A lock only protects what every party agrees to lock. When the lock object can be reached by code you do not control (the instance itself, a Type object, an interned string, a Thread, a public field), that code can take the same lock for its own reasons and stall or deadlock yours. A value type passed to Monitor is boxed into a new object on every call, so it excludes nothing. Lock on a private readonly object that exists only for this purpose.");

    private const int LongestQuotedExpression = 60;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => LockTargets.Create(start.Compilation).Register(start, DiagnosticFor));
    }

    private static Diagnostic? DiagnosticFor(LockTarget target)
    {
        if (!target.Kind.IsWeakIdentity())
        {
            return null;
        }

        var (what, why) = Describe(target);
        var properties = ImmutableDictionary<string, string?>.Empty.Add(LockTargetKindExtensions.PropertyKey, target.Kind.ToString());
        return Diagnostic.Create(Rule, target.Reported.GetLocation(), properties, what, why);
    }

    private static (string What, string Why) Describe(LockTarget target) => target.Kind switch
    {
        LockTargetKind.ThisInstance =>
            ("'this'", $"any code that holds this {target.Operand.Type?.Name} can lock it too, and stall or deadlock its critical sections"),
        LockTargetKind.TypeObject =>
            ($"'{Quote(target.Operand)}'", "Type and reflection objects are shared by the whole process, so unrelated code can take the same lock"),
        LockTargetKind.String =>
            ("a string", "equal literals are one interned object that unrelated code can lock too, and equal strings built at run time are different objects that exclude nothing"),
        LockTargetKind.BoxedValue =>
            ($"a value of type '{target.Operand.Type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}'",
                "Monitor boxes it into a new object on every call, so the lock excludes nothing and Monitor.Exit throws"),
        LockTargetKind.ThreadObject =>
            ("a Thread object", "any code can get the same Thread object and lock it too"),
        _ =>
            ($"public {MemberKind(target.Operand)} '{MemberName(target.Operand)}'", "code outside this type can lock the same object and stall or deadlock your critical sections"),
    };

    private static string MemberKind(IOperation operand) => operand is IPropertyReferenceOperation ? "property" : "field";

    private static string MemberName(IOperation operand) => operand is IMemberReferenceOperation member ? member.Member.Name : Quote(operand);

    private static string Quote(IOperation operand)
    {
        var text = operand.Syntax.ToString();
        return text.Length <= LongestQuotedExpression ? text : text.Substring(0, LongestQuotedExpression) + "…";
    }
}
