using Microsoft.CodeAnalysis;

namespace Introspect.Core.Jobs.Discovery.Hangfire;

/// <summary>
/// The Hangfire types whose methods schedule jobs. Enqueue, Schedule and ContinueJobWith on IBackgroundJobClient are
/// extension methods of BackgroundJobClientExtensions, and the expression overloads of AddOrUpdate are extensions of
/// RecurringJobManagerExtensions: the interfaces alone would miss nearly every call.
/// </summary>
internal static class HangfireApi
{
    private static readonly HashSet<string> RecurringTypes =
        ["Hangfire.RecurringJob", "Hangfire.IRecurringJobManager", "Hangfire.RecurringJobManager", "Hangfire.RecurringJobManagerExtensions"];

    private static readonly HashSet<string> ClientTypes =
        ["Hangfire.BackgroundJob", "Hangfire.IBackgroundJobClient", "Hangfire.BackgroundJobClient", "Hangfire.BackgroundJobClientExtensions"];

    public static bool IsRecurring(IMethodSymbol method) => Is(method, RecurringTypes);

    public static bool IsClient(IMethodSymbol method) => Is(method, ClientTypes);

    public static bool IsCronHelper(IMethodSymbol method) => method.ContainingType?.ToDisplayString() == "Hangfire.Cron";

    private static bool Is(IMethodSymbol method, HashSet<string> types) =>
        method.ContainingType is { } type && types.Contains(type.OriginalDefinition.ToDisplayString());
}
