using Microsoft.CodeAnalysis;
using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.UnobservedTaskAnalyzer,
    Introspect.CodeFixes.Threading.UnobservedTaskFixer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>The INTR105 fixes in an executable: top-level statements take an await, and public methods may change.</summary>
public sealed partial class UnobservedTaskFixerTests
{
    [Fact]
    public Task DroppedTaskInTopLevelStatements_IsAwaited() => new Verify.Test
    {
        TestState =
        {
            OutputKind = OutputKind.ConsoleApplication,
            Sources =
            {
                """
                using System;
                using System.Threading.Tasks;

                {|INTR105:Task.Run(() => Console.WriteLine("warming the report cache"))|};
                Console.WriteLine("maintenance tool started");
                """,
            },
        },
        FixedState =
        {
            OutputKind = OutputKind.ConsoleApplication,
            Sources =
            {
                """
                using System;
                using System.Threading.Tasks;

                await Task.Run(() => Console.WriteLine("warming the report cache"));
                Console.WriteLine("maintenance tool started");
                """,
            },
        },
    }.RunAsync();

    [Fact]
    public Task PublicMethodOfAnExecutable_IsConvertedAndItsTopLevelCallerAwaitsIt() => new Verify.Test
    {
        TestState =
        {
            OutputKind = OutputKind.ConsoleApplication,
            Sources =
            {
                """
                using System.Threading.Tasks;

                var publisher = new HeartbeatPublisher();
                publisher.Publish("worker-7");

                public sealed class HeartbeatPublisher
                {
                    public void Publish(string host)
                    {
                        {|INTR105:SendAsync(host)|};
                    }

                    private static Task SendAsync(string host) => Task.Delay(10);
                }
                """,
            },
        },
        FixedState =
        {
            OutputKind = OutputKind.ConsoleApplication,
            Sources =
            {
                """
                using System.Threading.Tasks;

                var publisher = new HeartbeatPublisher();
                await publisher.Publish("worker-7");

                public sealed class HeartbeatPublisher
                {
                    public async Task Publish(string host)
                    {
                        await SendAsync(host);
                    }

                    private static Task SendAsync(string host) => Task.Delay(10);
                }
                """,
            },
        },
    }.RunAsync();
}
