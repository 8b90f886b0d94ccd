using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.UnsafeLazyInitializationAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>INTR127: hand-written lazy initialisation of shared state that is broken under concurrency.</summary>
public sealed partial class UnsafeLazyInitializationAnalyzerTests
{
    [Fact]
    public Task PublishedThenConfiguredBehindAnUnlockedCheck_Triggers() => Verify.VerifyAsync("""
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
                                {|INTR127:s_client = new HttpClient()|};
                                s_client.Timeout = TimeSpan.FromSeconds(5);
                                s_client.DefaultRequestHeaders.Add("X-Tenant", "ops");
                            }
                        }
                    }

                    return s_client;
                }
            }
        }
        """);

    [Fact]
    public Task PublishedThenConfiguredThroughAMemberChain_Triggers() => Verify.VerifyAsync("""
        using System.Text.Json;
        using System.Text.Json.Serialization;

        public static class Json
        {
            private static JsonSerializerOptions? s_options;

            public static JsonSerializerOptions Options
            {
                get
                {
                    if (s_options is null)
                    {
                        {|INTR127:s_options = new JsonSerializerOptions(JsonSerializerDefaults.Web)|};
                        s_options.Converters.Add(new JsonStringEnumConverter());
                    }

                    return s_options;
                }
            }
        }
        """);

    [Fact]
    public Task SeparateNonVolatileFlag_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        public static class Regions
        {
            private static readonly object Gate = new();
            private static bool s_loaded;
            private static Dictionary<string, string> s_names = new();

            public static string Name(string code)
            {
                if ({|INTR127:!s_loaded|})
                {
                    lock (Gate)
                    {
                        if (!s_loaded)
                        {
                            s_names = new Dictionary<string, string> { ["fra"] = "Frankfurt" };
                            s_loaded = true;
                        }
                    }
                }

                return s_names[code];
            }
        }
        """);

    [Fact]
    public Task UnsynchronisedCreationWithSideEffects_Triggers() => Verify.VerifyAsync("""
        using System.IO;
        using System.Net.Http;

        public sealed class Settings
        {
            public static Settings Load() => new();
        }

        public static class Shared
        {
            private static Settings? s_settings;
            private static HttpClient? s_client;
            private static string? s_template;
            private static FileStream? s_log;

            public static Settings Current
            {
                get
                {
                    if (s_settings is null)
                    {
                        {|INTR127:s_settings = Settings.Load()|};
                    }

                    return s_settings;
                }
            }

            public static HttpClient Client => {|INTR127:s_client ??= new HttpClient()|};

            public static string Template => {|INTR127:s_template ??= File.ReadAllText("template.txt")|};

            public static void Log(string line)
            {
                if (null == s_log) {|INTR127:s_log = File.OpenWrite("ops.log")|};
                s_log.WriteByte((byte)line.Length);
            }
        }
        """);

    [Fact]
    public Task InstanceFieldOfAHostedService_Triggers() => Verify.VerifyAsync("""
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        public sealed class Poller : BackgroundService
        {
            private HttpClient? _client;

            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                var client = {|INTR127:_client ??= new HttpClient()|};
                await client.GetAsync("http://status", stoppingToken);
            }
        }
        """);

    [Fact]
    public async Task Message_NamesTheFieldAndTheSideEffect()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Net.Http;

                public static class Shared
                {
                    private static HttpClient? s_client;

                    public static HttpClient Client => {|#0:s_client ??= new HttpClient()|};
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR127", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithArguments(
                "'s_client' is initialised on first use without a lock and its creation creates a disposable HttpClient; two threads can both find it unset and both create it",
                "use Lazy<T> or LazyInitializer.EnsureInitialized with a lock object"));
        await test.RunAsync();
    }
}
