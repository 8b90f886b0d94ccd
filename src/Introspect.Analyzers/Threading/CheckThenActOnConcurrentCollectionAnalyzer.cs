using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR126: <c>ContainsKey</c> or <c>TryGetValue</c> on a <c>ConcurrentDictionary</c>, then a change of the same entry that
/// depends on the answer (see <see cref="CheckThenAct"/>), outside a lock. Each call is thread-safe; the pair is not.
/// The look-ups are found from each file's text (see <see cref="CallSites"/>), so most files cost one text search.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CheckThenActOnConcurrentCollectionAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the one-step rewrite the fixer makes (see the constants below), when the shape allows one.</summary>
    public const string FixProperty = "Fix";

    /// <summary><c>if (!d.ContainsKey(k)) d[k] = v;</c> becomes <c>d.TryAdd(k, v);</c>.</summary>
    public const string TryAddFix = "TryAdd";

    /// <summary><c>if (d.ContainsKey(k)) { ...; return; } d[k] = v;</c> becomes <c>if (!d.TryAdd(k, v)) { ...; return; }</c>.</summary>
    public const string TryAddOrLeaveFix = "TryAddOrLeave";

    /// <summary><c>if (!d.TryGetValue(k, out var x)) { x = Create(); d[k] = x; }</c> becomes <c>var x = d.GetOrAdd(k, _ => Create());</c>.</summary>
    public const string GetOrAddFix = "GetOrAdd";

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.CheckThenActOnConcurrentCollection,
        title: "Do not check a concurrent dictionary and then change it in a separate step",
        messageFormat: "{0}; {1}",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "Every call on a ConcurrentDictionary is atomic, but ContainsKey or TryGetValue followed by an indexer write, "
            + "TryAdd or TryRemove of the same key is two calls: another thread can add, replace or remove the entry in between. "
            + "Two jobs both see the key missing and both start the same work, a value someone else just stored is overwritten, "
            + "or an entry that was just refreshed is removed. Use the one-step methods: TryAdd, GetOrAdd, AddOrUpdate, TryUpdate, "
            + "or TryRemove with the expected key and value.");

    private static readonly Func<string, bool> ChangesAfterContainsKey = name => name is "TryAdd" or "Add";
    private static readonly Func<string, bool> ChangesAfterTryGetValue = name => name is "TryAdd" or "Add" or "TryRemove" or "Remove";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var dictionary = start.Compilation.GetTypeByMetadataName(WellKnownTypeNames.ConcurrentDictionary);
            if (dictionary is null)
            {
                return;
            }

            var threading = ThreadingTypes.Create(start.Compilation);
            var locks = LockApis.Create(start.Compilation, threading);
            start.RegisterSemanticModelAction(modelContext =>
            {
                LockGuards? guards = null;
                void Analyze(IInvocationOperation check)
                {
                    if (TypeHierarchy.DerivesFrom(check.Instance?.Type, dictionary)
                        && CheckThenAct.Find(check, check.TargetMethod.Name == "ContainsKey" ? ChangesAfterContainsKey : ChangesAfterTryGetValue, indexerWriteCounts: true) is { } found
                        && !(guards ??= new LockGuards(locks, threading)).IsGuarded(check, FunctionLockScan.BodyAround(check)))
                    {
                        Report(modelContext.ReportDiagnostic, found);
                    }
                }

                CallSites.ForEachCall(modelContext.SemanticModel, "ContainsKey", name => name == "ContainsKey", Analyze, modelContext.CancellationToken);
                CallSites.ForEachCall(modelContext.SemanticModel, "TryGetValue", name => name == "TryGetValue", Analyze, modelContext.CancellationToken);
            });
        });
    }

    private static void Report(Action<Diagnostic> report, CheckThenAct found)
    {
        var fix = FixFor(found);
        var properties = fix is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(FixProperty, fix);
        var remedy = fix switch
        {
            GetOrAddFix => "use GetOrAdd, which looks up and adds in one step",
            TryAddFix or TryAddOrLeaveFix => "use TryAdd, which checks and adds in one step",
            _ => "use TryAdd, GetOrAdd, AddOrUpdate, TryUpdate or TryRemove with the expected value, which check and change in one step",
        };
        report(Diagnostic.Create(
            Rule,
            found.Check.Syntax.GetLocation(),
            properties,
            $"'{found.Check.Syntax}' checks the concurrent dictionary, then {Describe(found)} changes the same key in a separate step; "
                + "another thread can add, replace or remove it in between",
            remedy));
    }

    private static string Describe(CheckThenAct found) =>
        found.ActName == "an indexer write" ? $"the indexer write '{found.Act.Syntax}'" : found.ActName;

    /// <summary>The rewrite that keeps the code's meaning, for the three shapes where it is plain; else null.</summary>
    private static string? FixFor(CheckThenAct found)
    {
        var statement = found.Statement;
        if (statement.WhenFalse is not null)
        {
            return null;
        }

        var condition = OperationOrigin.Unwrap(statement.Condition);
        var negated = condition is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not && OperationOrigin.Unwrap(not.Operand) == found.Check;
        var statements = statement.WhenTrue is IBlockOperation block ? block.Operations : ImmutableArray.Create(statement.WhenTrue);
        var isContainsKey = found.Check.TargetMethod.Name == "ContainsKey";

        if (isContainsKey && negated && statements.Length == 1 && IsAddStatement(statements[0], found.Act))
        {
            return TryAddFix;
        }

        if (isContainsKey && condition == found.Check && statement.Parent is IBlockOperation parent
            && parent.Operations.IndexOf(statement) is var index && index + 1 < parent.Operations.Length
            && IsAddStatement(parent.Operations[index + 1], found.Act))
        {
            return TryAddOrLeaveFix;
        }

        return !isContainsKey && negated && statements.Length == 2 && IsCreateThenStore(found, statements[0], statements[1]) ? GetOrAddFix : null;
    }

    /// <summary><c>d[k] = v;</c> or <c>d.TryAdd(k, v);</c> as a statement of its own, being the act that was found.</summary>
    private static bool IsAddStatement(IOperation statement, IOperation act) =>
        statement is IExpressionStatementOperation { Operation: var expression } && expression == act
        && act is ISimpleAssignmentOperation or IInvocationOperation { TargetMethod.Name: "TryAdd", Arguments.Length: 2 };

    /// <summary><c>x = Create();</c> then <c>d[k] = x;</c>, where <c>x</c> is declared by the <c>out var x</c> of the look-up.</summary>
    private static bool IsCreateThenStore(CheckThenAct found, IOperation create, IOperation store)
    {
        if (found.Check.Arguments.Length != 2
            || found.Check.Arguments[1].Value is not IDeclarationExpressionOperation { Expression: ILocalReferenceOperation { Local: var local } }
            || create is not IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: ILocalReferenceOperation created, Value: var value } }
            || !SymbolEqualityComparer.Default.Equals(created.Local, local)
            || value.Syntax.DescendantNodesAndSelf().Any(node => node.IsKind(SyntaxKind.AwaitExpression))
            || !IsAddStatement(store, found.Act))
        {
            return false;
        }

        var stored = found.Act switch
        {
            ISimpleAssignmentOperation assignment => assignment.Value,
            IInvocationOperation call => call.Arguments[1].Value,
            _ => null,
        };
        return stored is not null && OperationOrigin.Unwrap(stored) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);
    }
}
