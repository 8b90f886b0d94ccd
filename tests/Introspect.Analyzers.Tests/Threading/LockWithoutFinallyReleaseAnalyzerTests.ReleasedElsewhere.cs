using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.LockWithoutFinallyReleaseAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class LockWithoutFinallyReleaseAnalyzerTests
{
    [Fact]
    public Task ReleaserReturnedToTheCaller_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class AsyncLock
        {
            private readonly SemaphoreSlim _semaphore = new(1, 1);

            public async Task<Releaser> LockAsync(CancellationToken cancellationToken)
            {
                await _semaphore.WaitAsync(cancellationToken);
                return new Releaser(this);
            }

            public readonly struct Releaser(AsyncLock owner) : IDisposable
            {
                public void Dispose() => owner._semaphore.Release();
            }
        }

        sealed class DisposableGate : IDisposable
        {
            private readonly SemaphoreSlim _gate = new(1, 1);

            public async Task<DisposableGate> EnterAsync()
            {
                await _gate.WaitAsync();
                return this;
            }

            public void Dispose() => _gate.Release();
        }
        """);

    [Fact]
    public Task SignalReleasedByTheProducer_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Concurrent;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class AlertOutbox : BackgroundService
        {
            private readonly ConcurrentQueue<string> _alerts = new();
            private readonly SemaphoreSlim _signal = new(0);

            public void Enqueue(string alert)
            {
                _alerts.Enqueue(alert);
                _signal.Release();
            }

            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    await _signal.WaitAsync(stoppingToken);
                    if (_alerts.TryDequeue(out var alert))
                    {
                        await Task.Delay(1, stoppingToken);
                    }
                }
            }
        }
        """);

    [Fact]
    public Task SignalSemaphoreCreatedEmptyAndReleasedAgainInTheLoop_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Concurrent;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ExportDispatcher
        {
            private readonly ConcurrentQueue<string> _exports = new();
            private readonly SemaphoreSlim _exportsWaiting = new(initialCount: 0);

            public async Task DispatchAsync(CancellationToken cancellationToken)
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    await _exportsWaiting.WaitAsync(cancellationToken);
                    if (_exports.TryDequeue(out var export))
                    {
                        await Task.Delay(export.Length, cancellationToken);
                    }

                    if (!_exports.IsEmpty)
                    {
                        _exportsWaiting.Release();
                    }
                }
            }
        }
        """);

    [Fact]
    public Task ThrottleReleasedWhenTheStartedWorkEnds_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class HostProbe
        {
            private readonly SemaphoreSlim _throttle = new(8, 8);

            public async Task ProbeAllAsync(IEnumerable<string> hosts)
            {
                var probes = new List<Task>();
                foreach (var host in hosts)
                {
                    await _throttle.WaitAsync();
                    probes.Add(Task.Run(async () =>
                    {
                        try
                        {
                            await ProbeAsync(host);
                        }
                        finally
                        {
                            _throttle.Release();
                        }
                    }));
                }

                await Task.WhenAll(probes);
            }

            private static Task ProbeAsync(string host) => Task.Delay(1);
        }
        """);

    [Fact]
    public Task AcquireAndReleaseInSeparateMethodsByDesign_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;

        sealed class MaintenanceMode
        {
            private readonly object _gate = new();
            private readonly SemaphoreSlim _window = new(1, 1);

            public void Begin() => Monitor.Enter(_gate);

            public void End() => Monitor.Exit(_gate);

            public void Open() => _window.Wait();

            public void Close() => _window.Release();
        }
        """);

    [Fact]
    public Task CatchAllReleasesAndRethrowsWhileTheWorkerReleasesOnSuccess_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class UploadPipeline
        {
            private readonly SemaphoreSlim _uploads = new(4, 4);

            public async Task StartUploadAsync(string file)
            {
                await _uploads.WaitAsync();
                try
                {
                    _ = Task.Run(async () =>
                    {
                        try { await Task.Delay(1); }
                        finally { _uploads.Release(); }
                    });
                }
                catch
                {
                    _uploads.Release();
                    throw;
                }
            }
        }
        """);

    [Fact]
    public Task ExtensionMethodOnASemaphoreParameter_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        static class SemaphoreExtensions
        {
            public static async Task<IDisposable> LockAsync(this SemaphoreSlim semaphore, CancellationToken cancellationToken)
            {
                await semaphore.WaitAsync(cancellationToken);
                return new Releaser(semaphore);
            }

            private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
            {
                public void Dispose() => semaphore.Release();
            }
        }
        """);

    [Fact]
    public Task SemaphoreHandedToAnotherObject_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class CsvExportQueue
        {
            private readonly SemaphoreSlim _slots = new(2, 2);

            public async Task<ExportTicket> EnqueueAsync()
            {
                await _slots.WaitAsync();
                return new ExportTicket(_slots);
            }
        }

        sealed class ExportTicket(SemaphoreSlim slots)
        {
            public void Complete() => slots.Release();
        }
        """);

    [Fact]
    public Task NonPrivateSemaphoreReleasedByOtherTypes_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ProvisioningSlots
        {
            internal readonly SemaphoreSlim Slots = new(3, 3);

            public Task ReserveAsync() => Slots.WaitAsync();
        }
        """);

    [Fact]
    public Task AcquireAndReleaseOnDifferentLocks_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class BoundedBuffer
        {
            private readonly SemaphoreSlim _items = new(0, 100);
            private readonly SemaphoreSlim _spaces = new(100, 100);

            public async Task PutAsync()
            {
                await _spaces.WaitAsync();
                await Task.Delay(1);
                _items.Release();
            }

            public async Task TakeAsync()
            {
                await _items.WaitAsync();
                await Task.Delay(1);
                _spaces.Release();
            }
        }
        """);

    [Fact]
    public Task AcquireAndReleaseInDifferentCasesOfAStateMachine_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        enum MaintenanceStep { Begin, End }

        sealed class MaintenanceGate
        {
            private readonly SemaphoreSlim _window = new(1, 1);

            public async Task HandleAsync(MaintenanceStep step)
            {
                switch (step)
                {
                    case MaintenanceStep.Begin:
                        await _window.WaitAsync();
                        break;
                    case MaintenanceStep.End:
                        _window.Release();
                        break;
                }
            }

            public async Task ToggleAsync(bool begin)
            {
                if (begin)
                {
                    await _window.WaitAsync();
                }
                else
                {
                    _window.Release();
                }
            }
        }
        """);
}
