using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.CheckThenActOnConcurrentCollectionAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>INTR126: a look-up on a ConcurrentDictionary, then a change of the same key in a separate step.</summary>
public sealed partial class CheckThenActOnConcurrentCollectionAnalyzerTests
{
    [Fact]
    public Task NotContainsKeyThenIndexerWrite_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Concurrent;

        public sealed class Registry
        {
            private readonly ConcurrentDictionary<string, int> _ports = new();

            public void Register(string host, int port)
            {
                if (!{|INTR126:_ports.ContainsKey(host)|})
                {
                    _ports[host] = port;
                }
            }
        }
        """);

    [Fact]
    public Task ContainsKeyThenLeave_ThenIndexerWriteAfterTheIf_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Concurrent;
        using System.Threading.Tasks;

        public static class Installs
        {
            private static readonly ConcurrentDictionary<int, DateTime> InProgress = new();

            public static async Task InstallAsync(int serverId)
            {
                if ({|INTR126:InProgress.ContainsKey(serverId)|})
                {
                    return;
                }

                InProgress[serverId] = DateTime.UtcNow;
                try { await Task.Delay(10); }
                finally { InProgress.TryRemove(serverId, out _); }
            }
        }
        """);

    [Fact]
    public Task TryGetValueThenTryRemoveOrTryAddOrWrite_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Concurrent;

        public sealed class Leases
        {
            private readonly ConcurrentDictionary<string, DateTime> _leases = new();
            private readonly ConcurrentDictionary<string, object> _sessions = new();

            public void Expire(string name, DateTime now)
            {
                if ({|INTR126:_leases.TryGetValue(name, out var until)|} && until < now)
                {
                    _leases.TryRemove(name, out _);
                }
            }

            public object Session(string user)
            {
                if (!{|INTR126:_sessions.TryGetValue(user, out var session)|})
                {
                    session = new object();
                    _sessions[user] = session;
                }

                return session;
            }

            public void Renew(string name)
            {
                if ({|INTR126:_leases.TryGetValue("primary", out _)|})
                {
                    Console.WriteLine(name);
                }
                else
                {
                    _leases.TryAdd("primary", DateTime.UtcNow);
                }
            }
        }
        """);

    [Fact]
    public Task ContainsKeyThenTryAdd_AndLocalOrParameterDictionary_Trigger() => Verify.VerifyAsync("""
        using System.Collections.Concurrent;

        public static class Cache
        {
            public static void Fill(ConcurrentDictionary<int, string> names, int[] ids)
            {
                foreach (var id in ids)
                {
                    if ({|INTR126:names.ContainsKey(id)|}) continue;
                    names.TryAdd(id, id.ToString());
                }
            }
        }
        """);

    [Fact]
    public async Task Message_NamesTheCheckAndTheChange()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Collections.Concurrent;

                public sealed class Registry
                {
                    private readonly ConcurrentDictionary<string, int> _ports = new();

                    public void Register(string host, int port)
                    {
                        if (!{|#0:_ports.ContainsKey(host)|}) _ports[host] = port;
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR126", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithArguments(
                "'_ports.ContainsKey(host)' checks the concurrent dictionary, then the indexer write '_ports[host] = port' changes the same key in a separate step; another thread can add, replace or remove it in between",
                "use TryAdd, which checks and adds in one step"));
        await test.RunAsync();
    }
}
