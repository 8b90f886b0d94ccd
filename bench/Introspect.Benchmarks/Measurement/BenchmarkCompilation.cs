using System.Collections.Immutable;
using Introspect.Benchmarks.Corpus;
using Introspect.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Introspect.Benchmarks.Measurement;

/// <summary>
/// The generated corpus parsed once into one compilation (against .NET 10 and the real job and data frameworks).
/// Every measurement starts from a fresh clone, so nothing one pass bound is reused by the next.
/// </summary>
internal sealed class BenchmarkCompilation
{
    private readonly CSharpCompilation _parsed;

    public BenchmarkCompilation(SyntheticCorpus corpus)
        : this(corpus, int.MaxValue)
    {
    }

    private BenchmarkCompilation(SyntheticCorpus corpus, int maxLines)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        ImmutableArray<SyntaxTree> trees =
        [
            .. FirstFiles(corpus, maxLines).Select(file => CSharpSyntaxTree.ParseText(file.Text, parseOptions, Path.Combine(corpus.Folder, file.RelativePath))),
        ];

        // Single-threaded, like the analyzer pass, so a share of compile time compares like with like.
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: false);
        _parsed = CSharpCompilation.Create("IntrospectBenchmarkCorpus", trees, FrameworkReferences.All, options);
    }

    public CSharpCompilation Fresh() => _parsed.Clone();

    /// <summary>The corpus's first files, about <paramref name="lines"/> long: enough to warm up (JIT) every code path.</summary>
    public static BenchmarkCompilation Slice(SyntheticCorpus corpus, int lines) => new(corpus, lines);

    private static IEnumerable<SyntheticFile> FirstFiles(SyntheticCorpus corpus, int maxLines)
    {
        var lines = 0;
        foreach (var file in corpus.Files)
        {
            if (lines >= maxLines)
            {
                yield break;
            }

            lines += file.Lines;
            yield return file;
        }
    }

    /// <summary>Fails loudly when the generated corpus does not compile: timings of broken code mean nothing.</summary>
    public void EnsureItCompiles()
    {
        var errors = Fresh().GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Take(10).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The generated corpus does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
    }
}
