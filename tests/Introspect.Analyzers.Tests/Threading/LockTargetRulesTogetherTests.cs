using System.Collections.Immutable;
using Introspect.Analyzers.Tests.Verifiers;
using Introspect.Analyzers.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>INTR107 and INTR108 run side by side: each lock target is reported by exactly one of them.</summary>
public sealed class LockTargetRulesTogetherTests
{
    [Fact]
    public Task EveryKindOfTarget_IsReportedByExactlyOneRule() => VerifyBothAsync("""
        using System.Threading;

        public sealed class ProxyWatchdog
        {
            public object PublicGate = new();
            public static object SharedGate = new();
            private object _gate = new();
            private readonly object _readonlyGate = new();
            private int _checks;

            public void Check()
            {
                lock ({|INTR107:PublicGate|}) { _checks++; }
                lock ({|INTR107:SharedGate|}) { _checks++; }
                lock ({|INTR107:this|}) { _checks++; }
                lock ({|INTR107:"watchdog"|}) { _checks++; }
                lock ({|INTR108:_gate|}) { _checks++; }
                lock ({|INTR108:new object()|}) { _checks++; }
                lock (_readonlyGate) { _checks++; }
                Monitor.Enter({|INTR107:_checks|});
                Monitor.Enter({|INTR108:_gate|});
            }
        }
        """);

    private static Task VerifyBothAsync(string source)
    {
        var test = new BothRulesTest { TestCode = source };
        return test.RunAsync();
    }

    private sealed class BothRulesTest : CSharpAnalyzerTest<LockOnWeakIdentityAnalyzer, DefaultVerifier>
    {
        public BothRulesTest()
        {
            ReferenceAssemblies = TestConfiguration.ReferenceAssemblies;
            TestConfiguration.Apply(TestState);
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
            ImmutableArray.Create<DiagnosticAnalyzer>(new LockOnWeakIdentityAnalyzer(), new LockOnMutableReferenceAnalyzer());

        protected override CompilationOptions CreateCompilationOptions() =>
            TestConfiguration.WithNullable(base.CreateCompilationOptions());

        protected override ParseOptions CreateParseOptions() =>
            TestConfiguration.WithLatestLanguage(base.CreateParseOptions());
    }
}
