using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.OverlappingTimerCallbackAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>INTR125: periodic timer callbacks that can overlap themselves while doing harmful work.</summary>
public sealed partial class OverlappingTimerCallbackAnalyzerTests
{
    [Fact]
    public Task AsyncLambdaOfAPeriodicThreadingTimer_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        public interface IInventory { Task SyncAsync(); }

        public sealed class InventorySync(IInventory inventory) : IDisposable
        {
            private Timer? _timer;

            public void Start() =>
                _timer = new Timer({|INTR125:async _ =>|} await inventory.SyncAsync(), null, TimeSpan.Zero, TimeSpan.FromMinutes(1));

            public void Dispose() => _timer?.Dispose();
        }
        """);

    [Fact]
    public Task MethodGroupThatBlocks_TriggersAtTheMethod() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        public interface IProbe { Task<bool> PingAsync(); }

        public sealed class Heartbeat(IProbe probe, TimeSpan interval)
        {
            private Timer? _timer;

            public bool IsUp { get; private set; }

            public void Start() => _timer = new Timer(OnTick, null, 0, (long)interval.TotalMilliseconds);

            private void {|INTR125:OnTick|}(object? state)
            {
                IsUp = probe.PingAsync().Result;
            }
        }
        """);

    [Fact]
    public Task ElapsedHandlerWithDefaultAutoReset_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;
        using System.Timers;

        public interface IReport { Task SendAsync(); }

        public sealed class ReportSender
        {
            private readonly Timer _timer = new(TimeSpan.FromMinutes(5));
            private readonly IReport _report;

            public ReportSender(IReport report)
            {
                _report = report;
                _timer.Elapsed += OnElapsed;
                _timer.Start();
            }

            private async void {|INTR125:OnElapsed|}(object? sender, ElapsedEventArgs e)
            {
                try { await _report.SendAsync(); } catch (Exception) { }
            }
        }
        """);

    [Fact]
    public Task ElapsedLambdaChangingASharedDictionary_WithAutoResetTrue_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Timers;

        public sealed class SessionSweeper
        {
            private readonly Dictionary<string, int> _strikes = new();
            private readonly Timer _timer = new(1000) { AutoReset = true };

            public void Start()
            {
                _timer.Elapsed += {|INTR125:(_, _) =>|}
                {
                    _strikes["sweep"] = _strikes.Count;
                };
                _timer.Start();
            }
        }
        """);

    [Fact]
    public Task HelperThatSleeps_AndPeriodFromConfiguration_Trigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;

        public sealed class Rotator(Func<TimeSpan> interval)
        {
            private Timer? _timer;
            private int _rotations;

            public void Start()
            {
                _timer = new Timer({|INTR125:_ =>|} Rotate(), null, TimeSpan.Zero, interval());
            }

            private void Rotate()
            {
                Thread.Sleep(2000);
                _rotations++;
            }
        }
        """);

    [Fact]
    public Task SharedCounterInALocalTimer_Triggers() => Verify.VerifyAsync("""
        using System.Threading;

        public static class Ticker
        {
            public static Timer Start()
            {
                var ticks = 0L;
                var timer = new System.Timers.Timer(500);
                timer.Elapsed += {|INTR125:delegate|} { ticks += 2; };
                timer.Start();
                return new Timer(_ => { }, null, 0, 1000);
            }
        }
        """);

    [Fact]
    public async Task Message_NamesTheCallbackAndWhatItDoes()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System;
                using System.Threading;
                using System.Threading.Tasks;

                public sealed class Poller
                {
                    private Timer? _timer;

                    public void Start() => _timer = new Timer(Poll, null, 0, 30_000);

                    private async void {|#0:Poll|}(object? state) => await Task.Delay(100);
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR125", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithArguments(
                "the System.Threading.Timer callback Poll fires again while the previous run is still going, and it awaits 'Task.Delay(100)', with no guard against overlapping runs",
                "skip the tick while a run is in progress (Interlocked.CompareExchange flag or Monitor.TryEnter), or stop the timer while working and re-arm it at the end"));
        await test.RunAsync();
    }
}
