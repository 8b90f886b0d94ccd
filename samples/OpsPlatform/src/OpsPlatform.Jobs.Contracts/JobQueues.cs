namespace OpsPlatform.Jobs.Contracts;

/// <summary>Hangfire queue names shared by the API (which enqueues) and the worker (which listens).</summary>
public static class JobQueues
{
    /// <summary>Work a person is waiting for: installs and changes requested from the control panel.</summary>
    public const string Provisioning = "provisioning";

    public const string Snapshots = "snapshots";

    public const string Default = "default";

    public static readonly string[] All = [Provisioning, Snapshots, Default];
}
