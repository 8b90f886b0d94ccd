using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.OverlappingTimerCallbackAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>Look-alike correct code that INTR125 must leave alone.</summary>
public sealed partial class OverlappingTimerCallbackAnalyzerTests
{
    [Fact]
    public Task CompareExchangeFlag_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        public interface IInventory { Task SyncAsync(); }

        public sealed class InventorySync(IInventory inventory)
        {
            private Timer? _timer;
            private int _running;

            public void Start() => _timer = new Timer(OnTick, null, TimeSpan.Zero, TimeSpan.FromMinutes(1));

            private async void OnTick(object? state)
            {
                if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
                {
                    return;
                }

                try { await inventory.SyncAsync(); }
                finally { Volatile.Write(ref _running, 0); }
            }
        }
        """);

    [Fact]
    public Task MonitorTryEnterAroundTheWork_AndSemaphoreWaitZero_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;

        public sealed class Compactor
        {
            private readonly object _gate = new();
            private readonly SemaphoreSlim _slot = new(1, 1);
            private Timer? _compact;
            private Timer? _flush;

            public void Start()
            {
                _compact = new Timer(_ =>
                {
                    if (Monitor.TryEnter(_gate))
                    {
                        try { Thread.Sleep(5000); }
                        finally { Monitor.Exit(_gate); }
                    }
                }, null, 0, 1000);

                _flush = new Timer(_ =>
                {
                    if (!_slot.Wait(0)) return;
                    try { Thread.Sleep(5000); }
                    finally { _slot.Release(); }
                }, null, 0, 1000);
            }
        }
        """);

    [Fact]
    public Task TimerStoppedWhileWorking_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;

        public sealed class Exporter
        {
            private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);
            private readonly System.Timers.Timer _elapsed = new(60_000);
            private readonly System.Timers.Timer _disabled = new(60_000);
            private Timer? _timer;

            public void Start()
            {
                _timer = new Timer(_ =>
                {
                    try
                    {
                        _timer!.Change(Timeout.Infinite, Timeout.Infinite);
                        Thread.Sleep(10_000);
                    }
                    finally
                    {
                        _timer!.Change(Period, Period);
                    }
                }, null, Period, Period);

                _elapsed.Elapsed += (_, _) =>
                {
                    _elapsed.Stop();
                    Thread.Sleep(10_000);
                    _elapsed.Start();
                };

                _disabled.Elapsed += (_, _) =>
                {
                    _disabled.Enabled = false;
                    Thread.Sleep(10_000);
                    _disabled.Enabled = true;
                };
            }
        }
        """);

    [Fact]
    public Task OneShotTimers_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Timers;

        public sealed class Scheduler
        {
            private readonly System.Timers.Timer _initialised = new(1000) { AutoReset = false };
            private readonly System.Timers.Timer _assigned = new(1000);
            private System.Threading.Timer? _rearmed;
            private System.Threading.Timer? _zero;
            private System.Threading.Timer? _infinite;

            public Scheduler()
            {
                _assigned.AutoReset = false;
                _initialised.Elapsed += OnInitialised;
                _assigned.Elapsed += (_, _) => Thread.Sleep(1000);
            }

            public void Start()
            {
                _rearmed = new System.Threading.Timer(_ =>
                {
                    Thread.Sleep(1000);
                    _rearmed!.Change(1000, Timeout.Infinite);
                }, null, 1000, Timeout.Infinite);
                _zero = new System.Threading.Timer(_ => Thread.Sleep(1000), null, 1000, 0);
                _infinite = new System.Threading.Timer(_ => Thread.Sleep(1000), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
            }

            private void OnInitialised(object? sender, ElapsedEventArgs e)
            {
                Thread.Sleep(1000);
                _initialised.Start();
            }
        }
        """);

    [Fact]
    public Task CheapOrGuardedWork_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Threading;

        public sealed class Clock
        {
            private readonly object _gate = new();
            private readonly List<DateTime> _ticks = new();
            private long _count;
            private DateTime _last;
            private Timer? _timer;

            public void Start() => _timer = new Timer(_ =>
            {
                var local = new List<int> { 1 };
                local.Add(2);
                Interlocked.Increment(ref _count);
                _last = DateTime.UtcNow;
                lock (_gate) { _ticks.Add(_last); }
                Console.WriteLine(_last);
            }, null, 0, 1000);
        }
        """);

    [Fact]
    public Task WorkThatIsNotATimerCallback_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class Worker
        {
            private int _runs;

            public Task RunAsync() => Task.Run(async () =>
            {
                await Task.Delay(1000);
                _runs++;
            });

            public void Poll(Action<object?> callback) => callback(null);

            public void Start() => Poll(_ => Thread.Sleep(1000));

            public void WithPeriodicTimer() => new PeriodicTimer(TimeSpan.FromSeconds(1)).Dispose();
        }
        """);

    [Fact]
    public Task AutoResetSetFromAVariable_IsNotJudged() => Verify.VerifyAsync("""
        using System.Threading;

        public sealed class Configurable
        {
            private readonly System.Timers.Timer _timer = new(1000);

            public Configurable(bool repeat)
            {
                _timer.AutoReset = repeat;
                _timer.Elapsed += (_, _) => Thread.Sleep(1000);
            }
        }
        """);

    [Theory]
    [InlineData("class C { void M() { var t = new System.Threading.Timer(async _ => await , null, 0, ); } }")]
    [InlineData("class C { System.Timers.Timer _t = new() { AutoReset = }; void M() { _t.Elapsed += (s, e) => System.Threading.Thread.Sleep(; } }")]
    [InlineData("class C { void M() { new System.Threading.Timer(Tick, null, 0, 1000); } void Tick(object? s) { Missing.Wait(); _x++ } }")]
    [InlineData("class C { void M() { Missing.Elapsed += Tick; } void Tick(object? s, System.Timers.ElapsedEventArgs e) { System.Threading.Thread.Sleep(1); } }")]
    [InlineData("class C { System.Threading.Timer? _t; void M() { _t = new System.Threading.Timer(_ => { _t.Change(System.Threading.Timeout.Infinite, ); }, null, 0, 1); } }")]
    public Task BrokenCode_DoesNotThrow(string source) =>
        BrokenCode.AssertNoAnalyzerExceptionAsync(new Introspect.Analyzers.Threading.OverlappingTimerCallbackAnalyzer(), source);
}
