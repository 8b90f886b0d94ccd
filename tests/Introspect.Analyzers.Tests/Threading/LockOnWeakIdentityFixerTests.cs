using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.LockOnWeakIdentityAnalyzer,
    Introspect.CodeFixes.Threading.LockOnWeakIdentityFixer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class LockOnWeakIdentityFixerTests
{
    [Fact]
    public Task EveryLockOnThis_MovesToOnePrivateLockField() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;

        public sealed class BackupThrottleBypassCache
        {
            private HashSet<int> _customerIds = [];

            public bool IsBypassed(int customerId)
            {
                lock ({|INTR107:this|})
                {
                    return _customerIds.Contains(customerId);
                }
            }

            public void Replace(IEnumerable<int> customerIds)
            {
                var fresh = new HashSet<int>(customerIds);

                lock ({|INTR107:this|})
                {
                    _customerIds = fresh;
                }
            }
        }
        """,
        """
        using System.Collections.Generic;
        using System.Threading;

        public sealed class BackupThrottleBypassCache
        {
            private HashSet<int> _customerIds = [];
            private readonly Lock _gate = new();

            public bool IsBypassed(int customerId)
            {
                lock (_gate)
                {
                    return _customerIds.Contains(customerId);
                }
            }

            public void Replace(IEnumerable<int> customerIds)
            {
                var fresh = new HashSet<int>(customerIds);

                lock (_gate)
                {
                    _customerIds = fresh;
                }
            }
        }
        """);

    [Fact]
    public Task TypeWithoutFields_GetsTheFieldFirst() => Verify.VerifyAsync(
        """
        using System.Threading;

        public class HostRegistry
        {
            public void Register(string host)
            {
                lock ({|INTR107:this|})
                {
                    Hosts = Hosts + 1;
                }
            }

            public int Hosts { get; private set; }
        }
        """,
        """
        using System.Threading;

        public class HostRegistry
        {
            private readonly Lock _gate = new();

            public void Register(string host)
            {
                lock (_gate)
                {
                    Hosts = Hosts + 1;
                }
            }

            public int Hosts { get; private set; }
        }
        """);

    [Fact]
    public Task LockOnTypeof_MovesToAStaticField() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;
        using System.Threading;

        public static class CronRegistry
        {
            private static readonly List<string> Schedules = new();

            public static void Add(string cron)
            {
                lock ({|INTR107:typeof(CronRegistry)|})
                {
                    Schedules.Add(cron);
                }
            }
        }
        """,
        """
        using System.Collections.Generic;
        using System.Threading;

        public static class CronRegistry
        {
            private static readonly List<string> Schedules = new();
            private static readonly Lock _cronRegistryGate = new();

            public static void Add(string cron)
            {
                lock (_cronRegistryGate)
                {
                    Schedules.Add(cron);
                }
            }
        }
        """);

    [Fact]
    public Task LocksOnTwoStrings_GetOneStaticFieldEach() => Verify.VerifyAsync(
        """
        using System.Threading;

        public sealed class InvoiceExporter
        {
            private const string ImportLock = "invoice-import";
            private int _exported;

            public void Export()
            {
                lock ({|INTR107:"invoice-export"|}) { _exported++; }
            }

            public void ExportAgain()
            {
                lock ({|INTR107:"invoice-export"|}) { _exported++; }
            }

            public void Import()
            {
                lock ({|INTR107:ImportLock|}) { _exported--; }
            }
        }
        """,
        """
        using System.Threading;

        public sealed class InvoiceExporter
        {
            private const string ImportLock = "invoice-import";
            private int _exported;
            private static readonly Lock _invoiceExportGate = new();
            private static readonly Lock _importLockGate = new();

            public void Export()
            {
                lock (_invoiceExportGate) { _exported++; }
            }

            public void ExportAgain()
            {
                lock (_invoiceExportGate) { _exported++; }
            }

            public void Import()
            {
                lock (_importLockGate) { _exported--; }
            }
        }
        """);

    [Fact]
    public Task NameAlreadyTaken_GetsANumber() => Verify.VerifyAsync(
        """
        using System.Threading;

        public sealed class ProxyWatchdog
        {
            private readonly object _gate = new();
            private int _checks;

            public void Check()
            {
                lock (_gate) { _checks++; }
                lock ({|INTR107:this|}) { _checks--; }
            }
        }
        """,
        """
        using System.Threading;

        public sealed class ProxyWatchdog
        {
            private readonly object _gate = new();
            private int _checks;
            private readonly Lock _gate2 = new();

            public void Check()
            {
                lock (_gate) { _checks++; }
                lock (_gate2) { _checks--; }
            }
        }
        """);

    [Fact]
    public Task LockInAnAsyncMethod_UsesALockField() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class ProxyWatchdog
        {
            private int _failures;

            public async Task CheckAsync(CancellationToken cancellationToken)
            {
                await Task.Delay(10, cancellationToken);
                lock ({|INTR107:this|})
                {
                    _failures++;
                }
            }
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class ProxyWatchdog
        {
            private int _failures;
            private readonly Lock _gate = new();

            public async Task CheckAsync(CancellationToken cancellationToken)
            {
                await Task.Delay(10, cancellationToken);
                lock (_gate)
                {
                    _failures++;
                }
            }
        }
        """);

    [Fact]
    public async Task BeforeCSharp13_UsesAnObjectField()
    {
        var test = new Verify.Test
        {
            TestCode = """
                public sealed class UsageCounter
                {
                    private long _records;

                    public void Add(int records)
                    {
                        lock ({|INTR107:this|}) { _records += records; }
                    }
                }
                """,
            FixedCode = """
                public sealed class UsageCounter
                {
                    private long _records;
                    private readonly object _gate = new();

                    public void Add(int records)
                    {
                        lock (_gate) { _records += records; }
                    }
                }
                """,
        };
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectParseOptions(projectId, new CSharpParseOptions(LanguageVersion.CSharp12)));
        await test.RunAsync();
    }
}
