using Microsoft.CodeAnalysis;

namespace Introspect.Core.Jobs.Discovery;

/// <summary>
/// A job as a recogniser found it, with the symbols behind it. <see cref="EntryMethod"/> and <see cref="Project"/> are
/// where the process model (Introspect.Core.Jobs.Process) starts reading the job's control flow and effects.
/// </summary>
internal sealed record DiscoveredJob(Job Job, INamedTypeSymbol JobType, IMethodSymbol? EntryMethod, Project Project)
{
    /// <summary>Jobs whose framework must be told about the type (hosted services): unregistered ones never run.</summary>
    public bool NeedsRegistration { get; init; }
}
