using System.Collections.Immutable;

namespace Introspect.Comparison.Peers;

/// <summary>A group of peer rules that touch threading APIs but claim no defect, and why they are not counted.</summary>
public sealed record ExcludedRuleGroup(string Name, string Reason, ImmutableArray<string> RuleIds);
