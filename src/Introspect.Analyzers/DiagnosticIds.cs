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
    public const string SharedStateInConcurrentCode = "INTR120";
    public const string ReadModifyWriteInConcurrentCode = "INTR121";
    public const string StaticStateInJobCode = "INTR122";
    public const string CaptiveDependency = "INTR123";
    public const string DbContextUsedConcurrently = "INTR124";
    public const string OverlappingTimerCallback = "INTR125";
    public const string CheckThenActOnConcurrentCollection = "INTR126";
    public const string UnsafeLazyInitialization = "INTR127";
    public const string CancellationIgnoredInServiceLoop = "INTR128";
    public const string UnhandledExceptionInServiceLoop = "INTR129";
    public const string DropColumn = "INTR201";
    public const string DropTable = "INTR202";
    public const string RenameColumn = "INTR203";
    public const string RenameTable = "INTR204";
    public const string ChangeColumnType = "INTR205";
    public const string SetNotNull = "INTR206";
    public const string AddNotNullColumn = "INTR207";
    public const string UniqueConstraintOnExistingTable = "INTR208";
    public const string ConstraintValidatedUnderLock = "INTR209";
    public const string BlockingIndexBuild = "INTR210";
    public const string RawSqlHazard = "INTR211";
    public const string RollbackBlocked = "INTR212";
    public const string SchemaChangeWithBackfill = "INTR213";
    public const string DroppedWhileCodeUsesIt = "INTR214";
    public const string NullableWhileOldCodeRequiresIt = "INTR215";
    public const string ScaffoldedDefault = "INTR216";
    public const string StoredEnumChanged = "INTR217";
    public const string ApplicationTypeInMigration = "INTR218";
    public const string LockSafety = "INTR219";
    public const string MigrationHistoryConflict = "INTR220";
    public const string DroppedWhileJobUsesIt = "INTR221";
    public const string InvalidCron = "INTR301";
    public const string MisleadingCron = "INTR302";
    public const string CronTimeZoneHazard = "INTR303";
    public const string OverlappingRecurringJob = "INTR304";
    public const string DuplicateJobIdentity = "INTR305";
    public const string UnreachableJob = "INTR306";
    public const string UnserializableJobArgument = "INTR307";
}
