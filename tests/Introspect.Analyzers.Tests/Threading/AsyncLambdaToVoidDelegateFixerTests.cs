using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.AsyncLambdaToVoidDelegateAnalyzer,
    Introspect.CodeFixes.Threading.AsyncLambdaToVoidDelegateFixer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class AsyncLambdaToVoidDelegateFixerTests
{
    [Fact]
    public Task ListForEachInAsyncMethod_BecomesAwaitedForeachLoop() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        record AlertRecipient(string Address);

        class RaidAlertSetup
        {
            public async Task ConfigureAlertsAsync(List<AlertRecipient> recipients, CancellationToken cancellationToken)
            {
                // Every recipient gets the RAID alerts.
                recipients.ForEach({|INTR102:async recipient =>|}
                {
                    await RegisterAsync(recipient, cancellationToken);
                });
                await Task.Yield();
            }

            private static Task RegisterAsync(AlertRecipient recipient, CancellationToken cancellationToken) => Task.Delay(1, cancellationToken);
        }
        """,
        """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        record AlertRecipient(string Address);

        class RaidAlertSetup
        {
            public async Task ConfigureAlertsAsync(List<AlertRecipient> recipients, CancellationToken cancellationToken)
            {
                // Every recipient gets the RAID alerts.
                foreach (var recipient in recipients)
                {
                    await RegisterAsync(recipient, cancellationToken);
                }
                await Task.Yield();
            }

            private static Task RegisterAsync(AlertRecipient recipient, CancellationToken cancellationToken) => Task.Delay(1, cancellationToken);
        }
        """);

    [Fact]
    public Task ExpressionBodiedLambda_BecomesLoopWithOneStatement() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class ProxyProbe
        {
            public async Task PingAllAsync(List<string> proxies)
            {
                proxies.ForEach({|INTR102:async proxy =>|} await PingAsync(proxy));
            }

            private static Task PingAsync(string proxy) => Task.Delay(1);
        }
        """,
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class ProxyProbe
        {
            public async Task PingAllAsync(List<string> proxies)
            {
                foreach (var proxy in proxies)
                {
                    await PingAsync(proxy);
                }
            }

            private static Task PingAsync(string proxy) => Task.Delay(1);
        }
        """);

    [Fact]
    public Task ReturnThatSkipsAnItem_BecomesContinue() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class MonitoringSync
        {
            public async Task SyncAsync(List<string> hostnames)
            {
                hostnames.ForEach({|INTR102:async hostname =>|}
                {
                    if (hostname.Length == 0)
                    {
                        return;
                    }

                    switch (hostname[0])
                    {
                        case '#':
                            return;
                    }

                    await PushAsync(hostname);
                });
            }

            private static Task PushAsync(string hostname) => Task.Delay(1);
        }
        """,
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class MonitoringSync
        {
            public async Task SyncAsync(List<string> hostnames)
            {
                foreach (var hostname in hostnames)
                {
                    if (hostname.Length == 0)
                    {
                        continue;
                    }

                    switch (hostname[0])
                    {
                        case '#':
                            continue;
                    }

                    await PushAsync(hostname);
                }
            }

            private static Task PushAsync(string hostname) => Task.Delay(1);
        }
        """);

    [Fact]
    public Task ArrayForEachWithTypedParameter_KeepsTheType() => Verify.VerifyAsync(
        """
        using System;
        using System.Threading.Tasks;

        class CertificateRenewal
        {
            public async Task RenewAllAsync(string[] hostnames)
            {
                Array.ForEach(hostnames, {|INTR102:async (string hostname) =>|} await RenewAsync(hostname));
            }

            private static Task RenewAsync(string hostname) => Task.Delay(1);
        }
        """,
        """
        using System;
        using System.Threading.Tasks;

        class CertificateRenewal
        {
            public async Task RenewAllAsync(string[] hostnames)
            {
                foreach (string hostname in hostnames)
                {
                    await RenewAsync(hostname);
                }
            }

            private static Task RenewAsync(string hostname) => Task.Delay(1);
        }
        """);

    [Fact]
    public Task ParallelForEachWithOptions_BecomesAwaitedForEachAsync() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class SnapshotRun
        {
            public async Task SnapshotAllAsync(IReadOnlyList<int> serverIds)
            {
                var options = new ParallelOptions { MaxDegreeOfParallelism = 4 };
                Parallel.ForEach(serverIds, options, {|INTR102:async serverId =>|}
                {
                    await TakeSnapshotAsync(serverId);
                });
            }

            private static Task TakeSnapshotAsync(int serverId) => Task.Delay(serverId);
        }
        """,
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class SnapshotRun
        {
            public async Task SnapshotAllAsync(IReadOnlyList<int> serverIds)
            {
                var options = new ParallelOptions { MaxDegreeOfParallelism = 4 };
                await Parallel.ForEachAsync(serverIds, options, async (serverId, cancellationToken) =>
                {
                    await TakeSnapshotAsync(serverId);
                });
            }

            private static Task TakeSnapshotAsync(int serverId) => Task.Delay(serverId);
        }
        """);

    [Fact]
    public Task TypedParameterWithTokenNameTaken_GetsAnotherNameAndTheUsing() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class SnapshotRun
        {
            public async Task SnapshotAllAsync(List<int> serverIds, System.Threading.CancellationToken cancellationToken)
            {
                Parallel.ForEach(serverIds, {|INTR102:async (int serverId) =>|} await Task.Delay(serverId, cancellationToken));
            }
        }
        """,
        """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        class SnapshotRun
        {
            public async Task SnapshotAllAsync(List<int> serverIds, System.Threading.CancellationToken cancellationToken)
            {
                await Parallel.ForEachAsync(serverIds, async (int serverId, CancellationToken loopCancellationToken) => await Task.Delay(serverId, cancellationToken));
            }
        }
        """);

    [Fact]
    public Task ParallelFor_BecomesAwaitedForAsync() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        class LogShipping
        {
            public async Task ShipPartitionsAsync(int partitionCount)
            {
                Parallel.For(0, partitionCount, {|INTR102:async partition =>|} await ShipAsync(partition));
            }

            private static Task ShipAsync(int partition) => Task.Delay(partition);
        }
        """,
        """
        using System.Threading.Tasks;

        class LogShipping
        {
            public async Task ShipPartitionsAsync(int partitionCount)
            {
                await Parallel.ForAsync(0, partitionCount, async (partition, cancellationToken) => await ShipAsync(partition));
            }

            private static Task ShipAsync(int partition) => Task.Delay(partition);
        }
        """);

    [Fact]
    public Task CoravelSchedule_BecomesScheduleAsync() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;
        using Coravel.Scheduling.Schedule.Interfaces;

        static class MaintenanceSchedule
        {
            public static void Register(IScheduler scheduler) =>
                scheduler.Schedule({|INTR102:async () =>|} await SendDigestAsync()).DailyAt(6, 30);

            private static Task SendDigestAsync() => Task.Delay(1);
        }
        """,
        """
        using System.Threading.Tasks;
        using Coravel.Scheduling.Schedule.Interfaces;

        static class MaintenanceSchedule
        {
            public static void Register(IScheduler scheduler) =>
                scheduler.ScheduleAsync(async () => await SendDigestAsync()).DailyAt(6, 30);

            private static Task SendDigestAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task FixAll_RewritesEveryLoop() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class NightlyReport
        {
            public async Task SendAsync(List<string> customers, List<string> operators)
            {
                customers.ForEach({|INTR102:async customer =>|} await MailAsync(customer));
                operators.ForEach({|INTR102:async op =>|} await MailAsync(op));
            }

            private static Task MailAsync(string to) => Task.Delay(1);
        }
        """,
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class NightlyReport
        {
            public async Task SendAsync(List<string> customers, List<string> operators)
            {
                foreach (var customer in customers)
                {
                    await MailAsync(customer);
                }
                foreach (var op in operators)
                {
                    await MailAsync(op);
                }
            }

            private static Task MailAsync(string to) => Task.Delay(1);
        }
        """);

    [Fact]
    public Task ForEachInsideAnAsyncLambda_IsFixed() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class ClusterAudit
        {
            public Task AuditAsync(Dictionary<string, List<string>> volumesByCluster) =>
                Parallel.ForEachAsync(volumesByCluster, async (cluster, ct) =>
                {
                    cluster.Value.ForEach({|INTR102:async volume =>|} await Task.Delay(volume.Length, ct));
                });
        }
        """,
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class ClusterAudit
        {
            public Task AuditAsync(Dictionary<string, List<string>> volumesByCluster) =>
                Parallel.ForEachAsync(volumesByCluster, async (cluster, ct) =>
                {
                    foreach (var volume in cluster.Value)
                    {
                        await Task.Delay(volume.Length, ct);
                    }
                });
        }
        """);
}
