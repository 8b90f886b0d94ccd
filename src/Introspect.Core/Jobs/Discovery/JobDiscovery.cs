using System.Collections.Immutable;
using Introspect.Core.Loading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FindSymbols;

namespace Introspect.Core.Jobs.Discovery;

/// <summary>
/// Runs every recogniser over every C# project, then joins what the projects found: a job enqueued through an
/// interface becomes its implementation's job, registrations found anywhere mark hosted services as registered, the
/// same job found twice is one job with all its triggers, and enqueues are linked to the job they run in.
/// </summary>
public static class JobDiscovery
{
    /// <summary>
    /// The jobs of the loaded projects (all of them, or those <paramref name="includeProject"/> accepts). The projects
    /// that failed to load are read from syntax alone (degraded mode): all of them without a filter; with one, those
    /// <paramref name="includeFailedProject"/> accepts (none when it is not given), and the failures of the projects
    /// left out are not reported either.
    /// </summary>
    public static async Task<JobCatalog> DiscoverAsync(
        LoadedSolution loaded,
        DiscoveryOptions options,
        CancellationToken cancellationToken,
        Func<Project, bool>? includeProject = null,
        Func<ProjectLoadProblem, bool>? includeFailedProject = null)
    {
        options = WithConventions(options, loaded.RootDirectory);
        var result = await DiscoverJobsAsync(loaded.Solution, loaded.CSharpProjects.Where(includeProject ?? (_ => true)), loaded.RootDirectory, options, cancellationToken).ConfigureAwait(false);
        var problems = includeProject is null || includeFailedProject is null
            ? loaded.Problems
            : [.. loaded.Problems.Where(problem => !problem.IsFatal || includeFailedProject(problem))];
        var catalog = result.ToCatalog(loaded.RootDirectory, options, problems);
        if (includeProject is not null && includeFailedProject is null)
        {
            return catalog;
        }

        var degraded = problems.Where(problem => problem.IsFatal).SelectMany(problem => Degraded.SyntaxJobScanner.Scan(problem, loaded.RootDirectory, options));
        return catalog with
        {
            Jobs = [.. catalog.Jobs.Concat(degraded.Where(job => !catalog.Jobs.Any(found => found.Id == job.Id)))
                .OrderBy(job => job.Location.Path, StringComparer.Ordinal)
                .ThenBy(job => job.Location.Line)
                .ThenBy(job => job.Id, StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// The jobs with the symbols behind them (each <see cref="DiscoveredJob.EntryMethod"/> and its project): where the
    /// process model (Introspect.Core.Jobs.Process) starts reading a job's control flow and effects.
    /// </summary>
    internal static Task<DiscoveryResult> DiscoverJobsAsync(LoadedSolution loaded, DiscoveryOptions options, CancellationToken cancellationToken) =>
        DiscoverJobsAsync(loaded.Solution, loaded.CSharpProjects, loaded.RootDirectory, WithConventions(options, loaded.RootDirectory), cancellationToken);

    internal static async Task<DiscoveryResult> DiscoverJobsAsync(
        Solution solution,
        IEnumerable<Project> projects,
        string rootDirectory,
        DiscoveryOptions options,
        CancellationToken cancellationToken)
    {
        var found = new List<DiscoveredJob>();
        var registrations = new List<(string TypeName, SourceLocation Location)>();
        var projectNames = new List<string>();
        var problems = new List<ProjectLoadProblem>();
        foreach (var project in projects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null)
            {
                continue;
            }

            projectNames.Add(project.Name);
            var context = new DiscoveryContext(project, compilation, rootDirectory, options);
            foreach (var recogniser in JobRecognisers.All)
            {
                try
                {
                    found.AddRange(recogniser.Recognise(context).ToList());
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // One recogniser tripping over unusual code must not cost the other frameworks' jobs.
                    problems.Add(new ProjectLoadProblem(project.Name, project.FilePath, $"{recogniser.GetType().Name} failed: {exception.Message}", IsFatal: false));
                }
            }

            registrations.AddRange(context.Registrations);
        }

        var resolved = new List<DiscoveredJob>();
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var job in found)
        {
            resolved.AddRange(await ImplementationsAsync(solution, job, rootDirectory, renames, cancellationToken).ConfigureAwait(false));
        }

        var merged = resolved
            .GroupBy(job => job.Job.Id, StringComparer.Ordinal)
            .Select(group => Merge(group.ToList(), registrations))
            .ToList();
        var sharedTypes = merged.GroupBy(job => job.Job.TypeName, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToHashSet(StringComparer.Ordinal);
        var linked = merged.Select(job => job with { Job = Link(job.Job, merged, renames) })
            .Select(job => sharedTypes.Contains(job.Job.TypeName) ? job with { Job = job.Job with { DisplayName = $"{job.Job.DisplayName} ({job.Job.EntryMethod})" } } : job)
            .OrderBy(job => job.Job.Location.Path, StringComparer.Ordinal)
            .ThenBy(job => job.Job.Location.Line)
            .ThenBy(job => job.Job.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        if (options.Process is { } processOptions)
        {
            linked = await JobProcessModels.AttachAsync(solution, linked, processOptions, cancellationToken).ConfigureAwait(false);
        }

        return new DiscoveryResult([.. projectNames.Order(StringComparer.Ordinal)], linked) { Problems = [.. problems] };
    }

    /// <summary>The options, with the conventions of introspect.json in the solution's folder unless some were given.</summary>
    private static DiscoveryOptions WithConventions(DiscoveryOptions options, string rootDirectory) =>
        options.Conventions is null ? options with { Conventions = Conventions.JobConvention.Load(rootDirectory) } : options;

    /// <summary>A job whose method is on an interface or abstract class runs as the solution's implementations of it.</summary>
    private static async Task<IEnumerable<DiscoveredJob>> ImplementationsAsync(
        Solution solution, DiscoveredJob job, string rootDirectory, Dictionary<string, string> renames, CancellationToken cancellationToken)
    {
        if (job.EntryMethod is not { } method || !(method.IsAbstract || job.JobType.TypeKind == TypeKind.Interface))
        {
            return [job];
        }

        var implementations = (await SymbolFinder.FindImplementationsAsync(method, solution, cancellationToken: cancellationToken).ConfigureAwait(false))
            .OfType<IMethodSymbol>()
            .Where(implementation => implementation.Locations.Any(location => location.IsInSource) && !implementation.IsAbstract)
            .OrderBy(implementation => JobSymbols.Id(implementation.ContainingType, implementation.Name), StringComparer.Ordinal)
            .ToList();
        if (implementations.Count == 0)
        {
            return [job with { Job = job.Job with { Notes = job.Job.Notes.Add($"No implementation of {job.Job.TypeName} was found in the solution.") } }];
        }

        return implementations.Select(implementation =>
        {
            var id = JobSymbols.Id(implementation.ContainingType, implementation.Name);
            renames[job.Job.Id] = id;
            var project = solution.GetDocument(implementation.Locations.First(location => location.IsInSource).SourceTree)?.Project ?? job.Project;
            return job with
            {
                JobType = implementation.ContainingType,
                EntryMethod = implementation,
                Project = project,
                Job = job.Job with
                {
                    Id = id,
                    TypeName = JobSymbols.TypeName(implementation.ContainingType),
                    DisplayName = JobSymbols.DisplayName(implementation.ContainingType),
                    EntryMethod = implementation.Name,
                    Project = project.Name,
                    Location = SourceLocation.From(implementation, rootDirectory),
                    Notes = job.Job.Notes.Add($"Enqueued as {job.Job.TypeName}.{job.Job.EntryMethod}."),
                },
            };
        });
    }

    private static DiscoveredJob Merge(List<DiscoveredJob> jobs, List<(string TypeName, SourceLocation Location)> registrations)
    {
        var first = jobs[0];
        var needsRegistration = jobs.Any(job => job.NeedsRegistration);
        var registeredAt = registrations.Where(registration => registration.TypeName == first.Job.TypeName).Select(registration => registration.Location);
        var allRegistrations = jobs.SelectMany(job => job.Job.Registrations).Concat(registeredAt).Distinct()
            .OrderBy(location => location.Path, StringComparer.Ordinal).ThenBy(location => location.Line).ToImmutableArray();
        var isRegistered = !needsRegistration || !allRegistrations.IsEmpty;
        var notes = jobs.SelectMany(job => job.Job.Notes).Distinct(StringComparer.Ordinal).ToList();
        if (!isRegistered)
        {
            notes.Add(first.Job.Framework == JobFramework.HostedService || first.Job.Framework is JobFramework.ThreadingTimer or JobFramework.TimersTimer
                ? "Defined but never registered (no AddHostedService): it never runs."
                : "Defined but never registered or scheduled: it never runs.");
        }

        var job = first.Job with
        {
            Triggers = [.. jobs.SelectMany(job => job.Job.Triggers).Distinct()
                .OrderBy(trigger => trigger.Kind)
                .ThenBy(trigger => trigger.Location?.Path, StringComparer.Ordinal)
                .ThenBy(trigger => trigger.Location?.Line)
                .ThenBy(trigger => trigger.Description, StringComparer.Ordinal)],
            Concurrency = jobs.Select(job => job.Job.Concurrency).Aggregate((left, right) => left.Merge(right)),
            Registrations = allRegistrations,
            IsRegistered = isRegistered,
            Notes = [.. notes],
        };
        return first with { Job = job };
    }

    /// <summary>Points enqueues at the job they run in, and continuations at their parent's final id.</summary>
    private static Job Link(Job job, List<DiscoveredJob> all, Dictionary<string, string> renames)
    {
        string? JobOf(string caller)
        {
            var exact = all.FirstOrDefault(candidate => candidate.Job.Id == caller);
            var typeName = caller[..Math.Max(0, caller.LastIndexOf('.'))];
            return (exact ?? all.FirstOrDefault(candidate => candidate.Job.TypeName == typeName))?.Job.Id;
        }

        return job with
        {
            Triggers = [.. job.Triggers.Select(trigger => trigger with
            {
                Source = trigger.Source is { } source ? source with { JobId = JobOf(source.Caller) } : null,
                ParentJobId = trigger.ParentJobId is { } parent && renames.TryGetValue(parent, out var renamed) ? renamed : trigger.ParentJobId,
            })],
        };
    }
}

/// <summary>The discovered jobs with their symbols (for the process model), before they become a catalog.</summary>
internal sealed record DiscoveryResult(ImmutableArray<string> Projects, ImmutableArray<DiscoveredJob> Jobs)
{
    /// <summary>Recognisers that failed on a project (not fatal: the other recognisers' jobs are there).</summary>
    public ImmutableArray<ProjectLoadProblem> Problems { get; init; } = [];

    public JobCatalog ToCatalog(string rootDirectory, DiscoveryOptions options, ImmutableArray<ProjectLoadProblem> problems) =>
        new(rootDirectory, options.Now, Projects, problems.AddRange(Problems), [.. Jobs.Select(job => job.Job)]);
}
