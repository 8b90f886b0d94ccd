namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Metadata names of the framework types the rules and the job model recognise.
/// Written once here so the analyzers and Introspect.Core agree on them.
/// </summary>
public static class WellKnownTypeNames
{
    public const string EventArgs = "System.EventArgs";
    public const string Lazy = "System.Lazy`1";
    public const string ListOfT = "System.Collections.Generic.List`1";
    public const string ConcurrentDictionary = "System.Collections.Concurrent.ConcurrentDictionary`2";

    public const string Task = "System.Threading.Tasks.Task";
    public const string TaskOfT = "System.Threading.Tasks.Task`1";
    public const string ValueTask = "System.Threading.Tasks.ValueTask";
    public const string ValueTaskOfT = "System.Threading.Tasks.ValueTask`1";
    public const string TaskFactory = "System.Threading.Tasks.TaskFactory";
    public const string TaskFactoryOfT = "System.Threading.Tasks.TaskFactory`1";
    public const string TaskScheduler = "System.Threading.Tasks.TaskScheduler";
    public const string Parallel = "System.Threading.Tasks.Parallel";
    public const string TaskExtensions = "System.Threading.Tasks.TaskExtensions";
    public const string TaskContinuationOptions = "System.Threading.Tasks.TaskContinuationOptions";
    public const string ConfiguredTaskAwaitable = "System.Runtime.CompilerServices.ConfiguredTaskAwaitable";
    public const string ConfiguredTaskAwaitableOfT = "System.Runtime.CompilerServices.ConfiguredTaskAwaitable`1";
    public const string ConfiguredValueTaskAwaitable = "System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable";
    public const string ConfiguredValueTaskAwaitableOfT = "System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable`1";
    public const string ExpressionOfT = "System.Linq.Expressions.Expression`1";

    public const string CancellationToken = "System.Threading.CancellationToken";
    public const string CancellationTokenSource = "System.Threading.CancellationTokenSource";
    public const string Thread = "System.Threading.Thread";
    public const string Monitor = "System.Threading.Monitor";
    public const string SemaphoreSlim = "System.Threading.SemaphoreSlim";
    public const string ReaderWriterLockSlim = "System.Threading.ReaderWriterLockSlim";
    public const string SpinLock = "System.Threading.SpinLock";
    public const string Mutex = "System.Threading.Mutex";
    public const string WaitHandle = "System.Threading.WaitHandle";
    public const string Lock = "System.Threading.Lock";
    public const string ThreadingTimer = "System.Threading.Timer";
    public const string PeriodicTimer = "System.Threading.PeriodicTimer";
    public const string TimersTimer = "System.Timers.Timer";

    public const string MemberInfo = "System.Reflection.MemberInfo";
    public const string ParameterInfo = "System.Reflection.ParameterInfo";

    public const string HostedService = "Microsoft.Extensions.Hosting.IHostedService";
    public const string BackgroundService = "Microsoft.Extensions.Hosting.BackgroundService";
    public const string QuartzJob = "Quartz.IJob";
    public const string QuartzJobExecutionContext = "Quartz.IJobExecutionContext";
    public const string CoravelInvocable = "Coravel.Invocable.IInvocable";
    public const string CoravelCancellableTask = "Coravel.Queuing.Interfaces.ICancellableTask";
    public const string MassTransitConsumer = "MassTransit.IConsumer`1";
    public const string HangfireJobCancellationToken = "Hangfire.IJobCancellationToken";
    public const string HangfirePerformContext = "Hangfire.Server.PerformContext";
    public const string HangfireAutomaticRetry = "Hangfire.AutomaticRetryAttribute";
    public const string HangfireDisableConcurrentExecution = "Hangfire.DisableConcurrentExecutionAttribute";
    public const string HangfireQueue = "Hangfire.QueueAttribute";
    public const string Logger = "Microsoft.Extensions.Logging.ILogger";
    public const string ServiceCollection = "Microsoft.Extensions.DependencyInjection.IServiceCollection";
    public const string OptionsSnapshot = "Microsoft.Extensions.Options.IOptionsSnapshot`1";
    public const string DbContext = "Microsoft.EntityFrameworkCore.DbContext";
    public const string DbContextFactory = "Microsoft.EntityFrameworkCore.IDbContextFactory`1";
    public const string FunctionsWorkerTimerTrigger = "Microsoft.Azure.Functions.Worker.TimerTriggerAttribute";
    public const string WebJobsTimerTrigger = "Microsoft.Azure.WebJobs.TimerTriggerAttribute";
}
