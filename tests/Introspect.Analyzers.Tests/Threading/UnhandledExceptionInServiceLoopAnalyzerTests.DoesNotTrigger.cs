using Introspect.Analyzers.Threading;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.UnhandledExceptionInServiceLoopAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class UnhandledExceptionInServiceLoopAnalyzerTests
{
    [Fact]
    public Task CatchInsideTheLoopThatLogs_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;
        using Microsoft.Extensions.Logging;

        sealed class ProxyWatchdog(ILogger<ProxyWatchdog> logger) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15));
                while (await timer.WaitForNextTickAsync(stoppingToken))
                {
                    try
                    {
                        await Task.Delay(10, stoppingToken);
                    }
                    catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                    {
                        break;
                    }
                    catch (Exception ex)
                    {
                        logger.LogError(ex, "Proxy watchdog check failed; retrying on the next tick");
                    }
                }
            }
        }

        sealed class LogsThroughTheInterface(ILogger logger) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    try
                    {
                        await Task.Delay(1000, stoppingToken);
                    }
                    catch
                    {
                        logger.Log(LogLevel.Error, "Tick failed");
                    }
                }
            }
        }
        """);

    [Fact]
    public Task CatchThatRethrowsOrPassesTheExceptionOn_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        interface ITelemetry { void TrackException(Exception exception); }

        sealed class Rethrows : BackgroundService
        {
            private int _failures;

            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    try
                    {
                        await Task.Delay(1000, stoppingToken);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        if (++_failures > 3)
                        {
                            throw;
                        }
                    }
                }
            }
        }

        sealed class ReportsToTelemetry(ITelemetry telemetry) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    try
                    {
                        await Task.Delay(1000, stoppingToken);
                    }
                    catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                    {
                        telemetry.TrackException(ex);
                    }
                }
            }
        }
        """);

    [Fact]
    public Task CatchAroundTheWholeLoopThatLogsOrRethrows_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;
        using Microsoft.Extensions.Logging;

        sealed class LogsAndRethrows(ILogger<LogsAndRethrows> logger) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                try
                {
                    while (!stoppingToken.IsCancellationRequested)
                    {
                        await Task.Delay(1000, stoppingToken);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogCritical(ex, "Snapshot scheduler failed; stopping the host");
                    throw;
                }
            }
        }

        sealed class LogsAndEnds(ILogger<LogsAndEnds> logger) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                try
                {
                    while (!stoppingToken.IsCancellationRequested)
                    {
                        await Task.Delay(1000, stoppingToken);
                    }
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Billing export stopped");
                }
            }
        }
        """);

    [Fact]
    public Task ShutdownCatchesNextToALoggingCatch_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;
        using Microsoft.Extensions.Logging;

        // The shape of a [LoggerMessage] helper: a static method that takes the logger.
        static class Log
        {
            public static void SyncFailed(ILogger logger, Exception exception) => logger.LogError(exception, "Sync failed");
        }

        sealed class MonitoringSync(ILogger<MonitoringSync> logger) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try
                    {
                        await Task.Delay(1000, stoppingToken);
                    }
                    catch (Exception) when (stoppingToken.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception ex)
                    {
                        Log.SyncFailed(logger, ex);
                    }
                }
            }
        }
        """);

    [Fact]
    public Task NotABackgroundServiceLoop_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class OneShotMigration : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                await Task.Delay(10, stoppingToken);
                foreach (var table in new List<string> { "servers", "hosts" })
                {
                    await Task.Delay(table.Length, stoppingToken);
                }
            }
        }

        sealed class PlainHostedService : IHostedService
        {
            public async Task StartAsync(CancellationToken cancellationToken)
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    await Task.Delay(1000, cancellationToken);
                }
            }

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }

        sealed class LooksLikeABackgroundService
        {
            public async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    await Task.Delay(1000, stoppingToken);
                }
            }
        }
        """);

    [Fact]
    public Task LoopDelegatesToAMethodThatCatchesItsOwnFailures_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;
        using Microsoft.Extensions.Logging;

        sealed class MonitoringSyncWorker(ILogger<MonitoringSyncWorker> logger) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
                while (await timer.WaitForNextTickAsync(stoppingToken))
                {
                    await SyncOnceAsync(stoppingToken);
                }
            }

            private async Task SyncOnceAsync(CancellationToken cancellationToken)
            {
                try
                {
                    await Task.Delay(10, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Monitoring sync failed");
                }
            }
        }
        """);

    [Fact]
    public Task GeneratedCode_DoesNotTrigger() => Verify.VerifyAsync("""
        // <auto-generated/>
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class GeneratedPump : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    await Task.Delay(100, stoppingToken);
                }
            }
        }
        """);

    [Theory]
    [InlineData("class C : Microsoft.Extensions.Hosting.BackgroundService { protected override async System.Threading.Tasks.Task ExecuteAsync(System.Threading.CancellationToken t) { while (true { try { await ; } catch (Missing ex) { } } }")]
    [InlineData("class C : Microsoft.Extensions.Hosting.BackgroundService { protected override System.Threading.Tasks.Task ExecuteAsync(System.Threading.CancellationToken t) { try { for (;;) await X(); } catch when { } } }")]
    [InlineData("class C : Microsoft.Extensions.Hosting.BackgroundService { protected override async System.Threading.Tasks.Task ExecuteAsync() { do { try { } catch (System.Exception e) { e.; } } while (") ]
    public Task BrokenCode_DoesNotThrow(string source) =>
        BrokenCode.AssertNoAnalyzerExceptionWithFrameworksAsync(new UnhandledExceptionInServiceLoopAnalyzer(), source);
}
