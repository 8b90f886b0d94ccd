namespace Introspect.Analyzers;

/// <summary>
/// Every rule id Introspect reports. Ids are forever: a rule may be renamed, its id never changes or gets reused.
/// 1xx threading, 2xx migrations, 3xx job definitions.
/// </summary>
public static class DiagnosticIds
{
    public const string AsyncVoidMethod = "INTR101";
    public const string AsyncLambdaToVoidDelegate = "INTR102";
    public const string BlockingOnTask = "INTR103";
    public const string ThreadSleepInAsyncCode = "INTR104";
    public const string UnobservedTask = "INTR105";
    public const string TaskFactoryStartNew = "INTR106";
    public const string LockOnWeakIdentity = "INTR107";
    public const string LockOnMutableReference = "INTR108";
    public const string LockWithoutFinallyRelease = "INTR109";
    public const string BlockingWhileHoldingLock = "INTR110";
    public const string SyncIoInAsyncCode = "INTR111";
}
