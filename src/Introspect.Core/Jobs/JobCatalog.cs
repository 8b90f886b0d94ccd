using System.Collections.Immutable;
using Introspect.Core.Loading;

namespace Introspect.Core.Jobs;

/// <summary>Every job of a solution, in a stable order, with the instant their next runs are counted from.</summary>
public sealed record JobCatalog(
    string SourceRoot,
    DateTimeOffset Now,
    ImmutableArray<string> Projects,
    ImmutableArray<ProjectLoadProblem> LoadProblems,
    ImmutableArray<Job> Jobs)
{
    public bool IsComplete => !LoadProblems.Any(problem => problem.IsFatal);
}
