using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.UnsafeLazyInitializationAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>Look-alike correct code that INTR127 must leave alone.</summary>
public sealed partial class UnsafeLazyInitializationAnalyzerTests
{
    [Fact]
    public Task ClassicDoubleCheckedLockStoringTheFinishedObjectLast_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Net.Http;

        public static class Clients
        {
            private static readonly object Gate = new();
            private static HttpClient? s_client;

            public static HttpClient Client
            {
                get
                {
                    if (s_client == null)
                    {
                        lock (Gate)
                        {
                            if (s_client == null)
                            {
                                var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
                                client.DefaultRequestHeaders.Add("X-Tenant", "ops");
                                s_client = client;
                            }
                        }
                    }

                    return s_client;
                }
            }
        }
        """);

    [Fact]
    public Task EverythingUnderTheLock_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Net.Http;

        public static class Clients
        {
            private static readonly object Gate = new();
            private static HttpClient? s_client;
            private static bool s_ready;
            private static string s_value = "";

            public static HttpClient Client
            {
                get
                {
                    lock (Gate)
                    {
                        if (s_client == null)
                        {
                            s_client = new HttpClient();
                            s_client.Timeout = TimeSpan.FromSeconds(5);
                        }

                        if (!s_ready)
                        {
                            s_value = Load();
                            s_ready = true;
                        }

                        return s_client;
                    }
                }
            }

            private static string Load() => "x";
        }
        """);

    [Fact]
    public Task VolatileFlag_AndLazyAndLazyInitializer_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Threading;

        public static class Shared
        {
            private static readonly Lazy<HttpClient> s_lazy = new(() => new HttpClient());
            private static readonly object Gate = new();
            private static volatile bool s_loaded;
            private static string s_value = "";
            private static HttpClient? s_client;
            private static object? s_clientLock;

            public static HttpClient Lazy => s_lazy.Value;

            public static HttpClient Client => LazyInitializer.EnsureInitialized(ref s_client, ref s_clientLock, () => new HttpClient());

            public static string Value
            {
                get
                {
                    if (!s_loaded)
                    {
                        lock (Gate)
                        {
                            if (!s_loaded)
                            {
                                s_value = "loaded";
                                s_loaded = true;
                            }
                        }
                    }

                    return s_value;
                }
            }
        }
        """);

    [Fact]
    public Task CheapAllocations_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Text;

        public static class Cache
        {
            private static List<string>? s_names;
            private static Dictionary<int, string>? s_map;
            private static StringBuilder? s_builder;
            private static object? s_marker;

            public static List<string> Names => s_names ??= new List<string>();

            public static Dictionary<int, string> Map
            {
                get
                {
                    if (s_map == null) s_map = new Dictionary<int, string> { [1] = "one" };
                    return s_map;
                }
            }

            public static StringBuilder Builder => s_builder ??= new StringBuilder("x".ToUpperInvariant());

            public static object Marker => s_marker ??= new object();
        }
        """);

    [Fact]
    public Task LocalsConstructorsAndPlainInstanceFields_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Net.Http;

        public sealed class Client
        {
            private static HttpClient? s_shared;
            private HttpClient? _own;

            static Client()
            {
                if (s_shared == null) s_shared = new HttpClient();
            }

            public Client()
            {
                _own ??= new HttpClient();
            }

            public HttpClient Own => _own ??= new HttpClient();

            public static HttpClient Local()
            {
                HttpClient? client = null;
                client ??= new HttpClient();
                return client;
            }
        }
        """);

    [Fact]
    public Task InterlockedCompareExchangePublication_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Net.Http;
        using System.Threading;

        public static class Shared
        {
            private static HttpClient? s_client;

            public static HttpClient Client
            {
                get
                {
                    var client = s_client;
                    if (client == null)
                    {
                        Interlocked.CompareExchange(ref s_client, new HttpClient(), null);
                        client = s_client;
                    }

                    return client!;
                }
            }
        }
        """);

    [Theory]
    [InlineData("class C { static object? s_x; static object X => s_x ??= ; }")]
    [InlineData("class C { static System.Net.Http.HttpClient? s_x; static void M() { if (s_x == null) { s_x = new System.Net.Http.HttpClient(); s_x.Timeout = ; } } }")]
    [InlineData("class C { static bool s_f; static int s_v; static void M() { if (!s_f) { s_v = Missing(); s_f = true } } }")]
    [InlineData("class C { static Missing? s_x; static void M() { if (s_x is null) s_x = Missing.Create(; } }")]
    [InlineData("class C { void M() { if (Unknown == null) Unknown = new(); } }")]
    public Task BrokenCode_DoesNotThrow(string source) =>
        BrokenCode.AssertNoAnalyzerExceptionWithFrameworksAsync(new Introspect.Analyzers.Threading.UnsafeLazyInitializationAnalyzer(), source);
}
