using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.UnsafeLazyInitializationAnalyzer,
    Introspect.CodeFixes.Threading.UnsafeLazyInitializationFixer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class UnsafeLazyInitializationFixerTests
{
    [Fact]
    public Task CoalesceAssignment_BecomesEnsureInitializedWithALockField() => Verify.VerifyAsync(
        """
        using System.Net.Http;

        public static class Shared
        {
            private static HttpClient? s_client;

            public static HttpClient Client()
            {
                return {|INTR127:s_client ??= new HttpClient()|};
            }
        }
        """,
        """
        using System.Net.Http;
        using System.Threading;

        public static class Shared
        {
            private static HttpClient? s_client;
            private static object? s_clientLock;

            public static HttpClient Client()
            {
                return LazyInitializer.EnsureInitialized(ref s_client, ref s_clientLock, () => new HttpClient());
            }
        }
        """);

    [Fact]
    public Task NullCheckedStore_BecomesEnsureInitialized() => Verify.VerifyAsync(
        """
        using System.Threading;

        public sealed class Settings
        {
            public static Settings Load() => new();
        }

        public static class Current
        {
            private static Settings? s_settings;

            public static Settings Get()
            {
                if (s_settings == null)
                {
                    {|INTR127:s_settings = Settings.Load()|};
                }

                return s_settings;
            }
        }
        """,
        """
        using System.Threading;

        public sealed class Settings
        {
            public static Settings Load() => new();
        }

        public static class Current
        {
            private static Settings? s_settings;
            private static object? s_settingsLock;

            public static Settings Get()
            {
                LazyInitializer.EnsureInitialized(ref s_settings, ref s_settingsLock, () => Settings.Load());

                return s_settings;
            }
        }
        """);

    [Fact]
    public async Task FixAll_AddsOneLockPerField()
    {
        const string fixedCode = """
            using System.Net.Http;
            using System.Threading;

            public static class Shared
            {
                private static HttpClient? s_client;
                private static object? s_clientLock;

                public static HttpClient A() => LazyInitializer.EnsureInitialized(ref s_client, ref s_clientLock, () => new HttpClient());

                public static void B()
                {
                    LazyInitializer.EnsureInitialized(ref s_client, ref s_clientLock, () => new HttpClient());
                }
            }
            """;

        var test = new Verify.Test
        {
            TestCode = """
                using System.Net.Http;

                public static class Shared
                {
                    private static HttpClient? s_client;

                    public static HttpClient A() => {|INTR127:s_client ??= new HttpClient()|};

                    public static void B()
                    {
                        {|INTR127:s_client ??= new HttpClient()|};
                    }
                }
                """,
            FixedCode = fixedCode,
            BatchFixedCode = fixedCode,
        };
        await test.RunAsync();
    }

    [Fact]
    public Task PublishedThenConfigured_AndNameTaken_GetNoFix() => Verify.VerifyAsync(NoFixSource, NoFixSource);

    private const string NoFixSource =
        """
        using System;
        using System.Net.Http;

        public static class Shared
        {
            private static HttpClient? s_client;
            private static HttpClient? s_other;
            private static readonly object s_otherLock = new();

            public static HttpClient Client()
            {
                if (s_client == null)
                {
                    {|INTR127:s_client = new HttpClient()|};
                    s_client.Timeout = TimeSpan.FromSeconds(1);
                }

                return s_client;
            }

            public static HttpClient Other() => {|INTR127:s_other ??= new HttpClient()|};
        }
        """;
}
