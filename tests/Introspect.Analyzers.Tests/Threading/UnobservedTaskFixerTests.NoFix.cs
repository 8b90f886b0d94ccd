using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.UnobservedTaskAnalyzer,
    Introspect.CodeFixes.Threading.UnobservedTaskFixer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>Where the INTR105 fix is not offered, and why.</summary>
public sealed partial class UnobservedTaskFixerTests
{
    [Fact]
    public Task MethodCalledFromSynchronousCode_IsNotConverted() => VerifyNoFix("""
        using System.Threading.Tasks;

        internal sealed class ExportTrigger
        {
            public void Run() => Start();

            private void Start()
            {
                {|INTR105:Task.Delay(100)|};
            }
        }
        """);

    [Fact]
    public Task MethodUsedAsMethodGroup_IsNotConverted() => VerifyNoFix("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        internal sealed class HeartbeatPublisher
        {
            private Timer? _timer;

            public void Start() => _timer = new Timer(OnTick, null, TimeSpan.Zero, TimeSpan.FromSeconds(30));

            private void OnTick(object? state)
            {
                {|INTR105:PublishAsync()|};
            }

            private Task PublishAsync() => Task.Delay(1);
        }
        """);

    // Public API of a class library (the test compilation is a library): callers outside the solution cannot follow.
    [Fact]
    public Task PublicMethodOfALibrary_IsNotConverted() => VerifyNoFix("""
        using System.Threading.Tasks;

        public sealed class ReportCache
        {
            public void Invalidate()
            {
                {|INTR105:Task.Run(() => { })|};
            }
        }
        """);

    [Fact]
    public Task InterfaceImplementationAndTaskReturningMethod_AreNotConverted() => VerifyNoFix("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        internal sealed class Poller : IDisposable
        {
            public void Dispose()
            {
                {|INTR105:FlushAsync()|};
            }

            internal Task StartAsync(CancellationToken cancellationToken)
            {
                {|INTR105:FlushAsync()|};
                return Task.CompletedTask;
            }

            private Task FlushAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task LambdaConditionalAccessAndLock_AreNotFixed() => VerifyNoFix("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        public interface IAlertChannel { Task SendAsync(string recipient, string text); }

        internal sealed class Escalation(IAlertChannel? alerts)
        {
            private readonly object _gate = new();

            public void Escalate(List<string> engineers)
            {
                engineers.ForEach(engineer => {|INTR105:alerts!.SendAsync(engineer, "P1")|});
            }

            public async Task PromoteAsync()
            {
                await Task.Yield();
                {|INTR105:alerts?.SendAsync("dba", "failover")|};
            }

            private void Record()
            {
                lock (_gate)
                {
                    {|INTR105:alerts!.SendAsync("audit", "recorded")|};
                }
            }
        }
        """);

    [Fact]
    public Task MethodWithRefParameter_IsNotConverted() => VerifyNoFix("""
        using System.Threading.Tasks;

        internal sealed class Counter
        {
            private void Bump(ref int count)
            {
                count++;
                {|INTR105:Task.Delay(1)|};
            }
        }
        """);

    private static Task VerifyNoFix(string source) => Verify.VerifyAsync(source, source);
}
