using Introspect.Comparison.Corpus;
using Introspect.Comparison.Tests.Running;
using Microsoft.CodeAnalysis;

namespace Introspect.Comparison.Tests;

/// <summary>(a) Every case is real C#: it compiles without errors against .NET 10 and the real frameworks.</summary>
public sealed class CorpusCompilationTests
{
    [Theory]
    [MemberData(nameof(CorpusTheories.AllIds), MemberType = typeof(CorpusTheories))]
    public void Case_CompilesWithoutErrors(string caseId)
    {
        var compilation = CaseCompiler.Compile(ThreadingCorpus.Case(caseId));

        var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
