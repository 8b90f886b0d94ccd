using Introspect.Core.Jobs.Process;
using Introspect.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Introspect.Core.Tests.Jobs.Process;

/// <summary>Compiles a job body against .NET 10 and the real framework packages (plus Dapper and MassTransit) and builds its process model.</summary>
internal static class ProcessSnippet
{
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.Extensions.Logging;
        """;

    private static readonly Lazy<MetadataReference[]> s_extras = new(() =>
        [.. new[] { "Dapper.dll", "MassTransit.Abstractions.dll" }.Select(name => MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, name)))]);

    public static CSharpCompilation Compile(string source, bool allowErrors = false)
    {
        var compilation = CSharpCompilation.Create(
            "Ops",
            [Parse(GlobalUsings, "GlobalUsings.cs"), Parse(source, "/src/Ops/Job.cs")],
            [.. FrameworkReferences.All, .. s_extras.Value],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        if (!allowErrors)
        {
            var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        }

        return compilation;
    }

    /// <summary>The model of <paramref name="typeAndMethod"/> ("Ops.SyncJob.Execute") in the snippet.</summary>
    public static ProcessModel Build(string source, string typeAndMethod, ProcessModelOptions? options = null, bool allowErrors = false)
    {
        var compilation = Compile(source, allowErrors);
        return ProcessModelBuilder.Build(Method(compilation, typeAndMethod), [compilation], options ?? ProcessModelOptions.Default, CancellationToken.None);
    }

    public static IMethodSymbol Method(Compilation compilation, string typeAndMethod)
    {
        var split = typeAndMethod.LastIndexOf('.');
        var type = compilation.GetTypeByMetadataName(typeAndMethod[..split]) ?? throw new InvalidOperationException($"No type {typeAndMethod[..split]}.");
        return type.GetMembers(typeAndMethod[(split + 1)..]).OfType<IMethodSymbol>().Single();
    }

    public static string Json(ProcessModel model) => ProcessModelJson.Write(model, "/src");

    public static IEnumerable<ProcessNode> All(ProcessModel model) => ProcessTree.Descendants(model.Steps);

    public static StepNode Step(ProcessModel model, string target) =>
        All(model).OfType<StepNode>().SingleOrDefault(step => step.Target == target)
        ?? throw new InvalidOperationException($"No single step '{target}' in:{Environment.NewLine}{Json(model)}");

    private static SyntaxTree Parse(string source, string path) =>
        CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path);
}
