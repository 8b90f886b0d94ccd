using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.CheckThenActOnConcurrentCollectionAnalyzer,
    Introspect.CodeFixes.Threading.CheckThenActOnConcurrentCollectionFixer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class CheckThenActOnConcurrentCollectionFixerTests
{
    [Fact]
    public Task NotContainsKeyThenWrite_BecomesTryAdd() => Verify.VerifyAsync(
        """
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

            public void RegisterDefault(string host)
            {
                if (!{|INTR126:_ports.ContainsKey(host)|}) _ports.TryAdd(host, 80);
            }
        }
        """,
        """
        using System.Collections.Concurrent;

        public sealed class Registry
        {
            private readonly ConcurrentDictionary<string, int> _ports = new();

            public void Register(string host, int port)
            {
                _ports.TryAdd(host, port);
            }

            public void RegisterDefault(string host)
            {
                _ports.TryAdd(host, 80);
            }
        }
        """);

    [Fact]
    public Task ContainsKeyThenLeave_BecomesNotTryAdd() => Verify.VerifyAsync(
        """
        using System;
        using System.Collections.Concurrent;

        public static class Installs
        {
            private static readonly ConcurrentDictionary<int, DateTime> InProgress = new();

            public static bool Start(int serverId)
            {
                if ({|INTR126:InProgress.ContainsKey(serverId)|})
                {
                    Console.WriteLine("already running");
                    return false;
                }

                InProgress[serverId] = DateTime.UtcNow;
                return true;
            }
        }
        """,
        """
        using System;
        using System.Collections.Concurrent;

        public static class Installs
        {
            private static readonly ConcurrentDictionary<int, DateTime> InProgress = new();

            public static bool Start(int serverId)
            {
                if (!InProgress.TryAdd(serverId, DateTime.UtcNow))
                {
                    Console.WriteLine("already running");
                    return false;
                }
                return true;
            }
        }
        """);

    [Fact]
    public Task TryGetValueCreateAndStore_BecomesGetOrAdd() => Verify.VerifyAsync(
        """
        using System.Collections.Concurrent;
        using System.Text;

        public sealed class Builders
        {
            private readonly ConcurrentDictionary<string, StringBuilder> _logs = new();

            public void Append(string host, string line)
            {
                if (!{|INTR126:_logs.TryGetValue(host, out var log)|})
                {
                    log = new StringBuilder(host);
                    _logs[host] = log;
                }

                log.AppendLine(line);
            }
        }
        """,
        """
        using System.Collections.Concurrent;
        using System.Text;

        public sealed class Builders
        {
            private readonly ConcurrentDictionary<string, StringBuilder> _logs = new();

            public void Append(string host, string line)
            {
                var log = _logs.GetOrAdd(host, _ => new StringBuilder(host));

                log.AppendLine(line);
            }
        }
        """);

    [Fact]
    public async Task FixAll_RewritesEveryPlainShapeAndLeavesTheRest()
    {
        const string fixedCode = """
            using System;
            using System.Collections.Concurrent;

            public sealed class Leases
            {
                private readonly ConcurrentDictionary<string, DateTime> _leases = new();

                public void Take(string a, string b, DateTime now)
                {
                    _leases.TryAdd(a, now);
                    _leases.TryAdd(b, now);
                    if ({|INTR126:_leases.TryGetValue(a, out var until)|} && until < now)
                    {
                        _leases.TryRemove(a, out _);
                    }
                }
            }
            """;

        var test = new Verify.Test
        {
            TestCode = """
                using System;
                using System.Collections.Concurrent;

                public sealed class Leases
                {
                    private readonly ConcurrentDictionary<string, DateTime> _leases = new();

                    public void Take(string a, string b, DateTime now)
                    {
                        if (!{|INTR126:_leases.ContainsKey(a)|}) _leases[a] = now;
                        if (!{|INTR126:_leases.ContainsKey(b)|}) _leases[b] = now;
                        if ({|INTR126:_leases.TryGetValue(a, out var until)|} && until < now)
                        {
                            _leases.TryRemove(a, out _);
                        }
                    }
                }
                """,
            FixedCode = fixedCode,
            BatchFixedCode = fixedCode,
        };

        // The TryGetValue-then-TryRemove pair has no plain rewrite and stays marked.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.BatchFixedState.MarkupHandling = MarkupMode.Allow;
        await test.RunAsync();
    }

    [Fact]
    public Task AwaitInTheValue_OrAnElse_GetsNoFix() => Verify.VerifyAsync(NoFixSource, NoFixSource);

    private const string NoFixSource =
        """
        using System.Collections.Concurrent;
        using System.Threading.Tasks;

        public sealed class Tokens
        {
            private readonly ConcurrentDictionary<string, string> _tokens = new();

            public async Task<string> GetAsync(string tenant)
            {
                if (!{|INTR126:_tokens.TryGetValue(tenant, out var token)|})
                {
                    token = await Task.FromResult(tenant);
                    _tokens[tenant] = token;
                }

                if (!{|INTR126:_tokens.ContainsKey("x")|}) { _tokens["x"] = token; } else { token = ""; }
                return token;
            }
        }
        """;
}
