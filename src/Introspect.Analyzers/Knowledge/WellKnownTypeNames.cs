namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Metadata names of the framework types the rules and the job model recognise.
/// Written once here so the analyzers and Introspect.Core agree on them.
/// </summary>
public static class WellKnownTypeNames
{
    public const string EventArgs = "System.EventArgs";
    public const string Task = "System.Threading.Tasks.Task";
    public const string TaskOfT = "System.Threading.Tasks.Task`1";
}
