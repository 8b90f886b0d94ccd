using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.AsyncLambdaToVoidDelegateAnalyzer,
    Introspect.CodeFixes.Threading.AsyncLambdaToVoidDelegateFixer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>Cases where no fix may be offered: the rewrite would not compile or would change what the code does.</summary>
public sealed partial class AsyncLambdaToVoidDelegateFixerTests
{
    [Fact]
    public Task ListForEachInSynchronousMethod_IsNotFixed() => VerifyNoFixAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class RaidAlertSetup
        {
            private void ConfigureAlerts(List<string> recipients)
            {
                recipients.ForEach({|INTR102:async recipient =>|} await RegisterAsync(recipient));
            }

            private static Task RegisterAsync(string recipient) => Task.Delay(1);
        }
        """);

    [Fact]
    public Task LoopVariableNameTakenInTheMethod_IsNotFixed() => VerifyNoFixAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class InvoiceMailer
        {
            public async Task SendAsync(List<string> customers)
            {
                customers.ForEach({|INTR102:async customer =>|}
                {
                    var body = "Your invoice";
                    await MailAsync(customer, body);
                });

                var body = "Summary";
                await MailAsync("billing@example.com", body);
            }

            private static Task MailAsync(string to, string body) => Task.Delay(1);
        }
        """);

    [Fact]
    public Task BodyThatChangesTheList_IsNotFixed() => VerifyNoFixAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class RetryQueue
        {
            public async Task DrainAsync(List<string> pending)
            {
                pending.ForEach({|INTR102:async item =>|}
                {
                    await SendAsync(item);
                    pending.Remove(item);
                });
                await Task.Yield();
            }

            private static Task SendAsync(string item) => Task.Delay(1);
        }
        """);

    [Fact]
    public Task ReturnInsideAnInnerLoop_IsNotFixed() => VerifyNoFixAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class DiskCheck
        {
            public async Task CheckAsync(List<string[]> arrays)
            {
                arrays.ForEach({|INTR102:async disks =>|}
                {
                    foreach (var disk in disks)
                    {
                        if (disk.Length == 0)
                        {
                            return;
                        }
                    }

                    await Task.Delay(1);
                });
                await Task.Yield();
            }
        }
        """);

    [Fact]
    public Task TimerCallbackAndUnknownAction_AreNotFixed() => VerifyNoFixAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        class HeartbeatPublisher
        {
            public async Task StartAsync(Action<Action> enqueue)
            {
                using var timer = new Timer({|INTR102:async _ =>|} await PublishAsync(), null, TimeSpan.Zero, TimeSpan.FromSeconds(30));
                enqueue({|INTR102:async () =>|} await PublishAsync());
                await Task.Yield();
            }

            private static Task PublishAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task ForEachInsideALock_IsNotFixed() => VerifyNoFixAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class InventoryCache
        {
            private readonly object _gate = new();

            public async Task RefreshAsync(List<string> hosts)
            {
                lock (_gate)
                {
                    hosts.ForEach({|INTR102:async host =>|} await Task.Delay(host.Length));
                }

                await Task.Yield();
            }
        }
        """);

    private static Task VerifyNoFixAsync(string source) => Verify.VerifyAsync(source, source);
}
