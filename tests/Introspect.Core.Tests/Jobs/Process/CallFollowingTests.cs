using Introspect.Core.Jobs.Process;
using Introspect.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Introspect.Core.Tests.Jobs.Process;

public sealed class CallFollowingTests
{
    private const string Chain = """
        namespace Ops;

        public sealed class ChainJob(HttpClient http)
        {
            public async Task RunAsync() => await LevelOneAsync();

            private async Task LevelOneAsync() => await LevelTwoAsync();

            private async Task LevelTwoAsync() => await LevelThreeAsync();

            private async Task LevelThreeAsync() => await LevelFourAsync();

            private async Task LevelFourAsync() => await http.GetStringAsync("https://status.example.com/ping");
        }
        """;

    [Fact]
    public void OwnCalls_AreFollowedToTheDefaultDepthOfThree()
    {
        var model = ProcessSnippet.Build(Chain, "Ops.ChainJob.RunAsync");

        var one = Assert.IsType<StepNode>(Assert.Single(model.Steps));
        var two = Assert.IsType<StepNode>(Assert.Single(one.Steps));
        var three = Assert.IsType<StepNode>(Assert.Single(two.Steps));
        var four = Assert.IsType<StepNode>(Assert.Single(three.Steps));
        Assert.Equal(("Level one", CallExpansion.Followed), (one.Label, one.Expansion));
        Assert.Equal(CallExpansion.Followed, three.Expansion);
        Assert.Equal(("Level four", CallExpansion.DepthLimit), (four.Label, four.Expansion));
        Assert.Empty(four.Steps);
        Assert.Empty(model.Resources);
    }

    [Fact]
    public void DepthLimit_IsConfigurable()
    {
        var shallow = ProcessSnippet.Build(Chain, "Ops.ChainJob.RunAsync", new ProcessModelOptions { MaxDepth = 0 });
        var deep = ProcessSnippet.Build(Chain, "Ops.ChainJob.RunAsync", new ProcessModelOptions { MaxDepth = 4 });

        Assert.Equal(CallExpansion.DepthLimit, Assert.IsType<StepNode>(Assert.Single(shallow.Steps)).Expansion);
        var resource = Assert.Single(deep.Resources);
        Assert.Equal((EffectKind.Http, "status.example.com", EffectAccess.Read), (resource.Kind, resource.Resource, resource.Access));
    }

    [Fact]
    public void Recursion_IsCutAndMarked()
    {
        var model = ProcessSnippet.Build("""
            namespace Ops;

            public sealed class TreeJob(HttpClient http)
            {
                public Task RunAsync() => VisitAsync("/");

                private async Task VisitAsync(string folder)
                {
                    await http.DeleteAsync("https://files.example.com" + folder);
                    await PingAsync(folder);
                }

                private async Task PingAsync(string folder)
                {
                    if (folder.Length < 5)
                    {
                        await VisitAsync(folder + "/a");
                    }
                }
            }
            """, "Ops.TreeJob.RunAsync", new ProcessModelOptions { MaxDepth = 10 });

        var visit = Assert.IsType<StepNode>(Assert.Single(model.Steps));
        var ping = Assert.IsType<StepNode>(visit.Steps[1]);
        var again = Assert.IsType<StepNode>(Assert.Single(Assert.IsType<DecisionNode>(Assert.Single(ping.Steps)).Branches[0].Steps));
        Assert.Equal(("VisitAsync", CallExpansion.Cycle), (again.Target, again.Expansion));
        Assert.Empty(again.Steps);
    }

    [Fact]
    public void InterfaceWithOneImplementation_IsFollowedIntoIt_AndTwoImplementationsAreALeaf()
    {
        var model = ProcessSnippet.Build("""
            namespace Ops;

            public interface IStorage { Task DeleteAsync(string id, CancellationToken ct); }

            public interface INotifier { Task NotifyAsync(string text); }

            public sealed class StorageClient(HttpClient http) : IStorage
            {
                public async Task DeleteAsync(string id, CancellationToken ct) => await http.DeleteAsync($"snapshots/{id}", ct);
            }

            public sealed class SmsNotifier : INotifier { public Task NotifyAsync(string text) => Task.CompletedTask; }

            public sealed class MailNotifier : INotifier { public Task NotifyAsync(string text) => Task.CompletedTask; }

            public sealed class RetentionJob(IStorage storage, INotifier notifier)
            {
                public async Task RunAsync(CancellationToken ct)
                {
                    await storage.DeleteAsync("s-1", ct);
                    await notifier.NotifyAsync("deleted");
                }
            }
            """, "Ops.RetentionJob.RunAsync");

        var delete = ProcessSnippet.Step(model, "storage.DeleteAsync");
        Assert.Equal(CallExpansion.Followed, delete.Expansion);
        Assert.Equal("Ops.StorageClient.DeleteAsync", delete.Implementation);
        var effect = Assert.Single(Assert.IsType<StepNode>(Assert.Single(delete.Steps)).Effects);
        Assert.Equal((EffectKind.Http, "StorageClient", EffectAccess.Write, "DELETE snapshots/{id}"), (effect.Kind, effect.Resource, effect.Access, effect.Detail));

        var notify = ProcessSnippet.Step(model, "notifier.NotifyAsync");
        Assert.Equal(CallExpansion.Ambiguous, notify.Expansion);
        Assert.Empty(notify.Steps);
    }

    [Fact]
    public void FakesInTestProjects_DoNotHideTheApplicationsOneImplementation()
    {
        var application = ProcessSnippet.Compile("""
            namespace Ops;

            public interface IStorage { Task DeleteAsync(string id); }

            public sealed class StorageClient(HttpClient http) : IStorage
            {
                public async Task DeleteAsync(string id) => await http.DeleteAsync($"snapshots/{id}");
            }

            public sealed class RetentionJob(IStorage storage)
            {
                public Task RunAsync() => storage.DeleteAsync("s-1");
            }
            """);
        var tests = CSharpCompilation.Create(
            "Ops.Tests",
            [CSharpSyntaxTree.ParseText("namespace Ops.Tests; public sealed class FakeStorage : Ops.IStorage { public System.Threading.Tasks.Task DeleteAsync(string id) => System.Threading.Tasks.Task.CompletedTask; }", path: "/src/Ops.Tests/FakeStorage.cs")],
            [.. FrameworkReferences.Net100, application.ToMetadataReference(), MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(tests.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        var entry = ProcessSnippet.Method(application, "Ops.RetentionJob.RunAsync");
        var withTests = ProcessModelBuilder.Build(entry, [application, tests], ProcessModelOptions.Default, CancellationToken.None);

        var delete = Assert.IsType<StepNode>(Assert.Single(withTests.Steps));
        Assert.Equal(("Ops.StorageClient.DeleteAsync", CallExpansion.Followed), (delete.Implementation, delete.Expansion));
    }

    [Fact]
    public void LibraryCalls_AreLeaves_AndPlainHelpersAreLeftOut()
    {
        var model = ProcessSnippet.Build("""
            namespace Ops;

            public sealed class ReportJob(HttpClient http, TimeProvider clock)
            {
                public async Task RunAsync(CancellationToken ct)
                {
                    var today = clock.GetUtcNow().ToString("yyyy-MM-dd");
                    var names = new[] { "a", "b" }.Select(name => name.ToUpperInvariant()).ToList();
                    var body = await http.GetStringAsync($"reports/{today}", ct);
                    var cached = await Task.FromResult(body);
                    Console.WriteLine(string.Join(",", names) + body);
                }
            }
            """, "Ops.ReportJob.RunAsync");

        var step = Assert.IsType<StepNode>(Assert.Single(model.Steps));
        Assert.Equal(("http.GetStringAsync", CallExpansion.Library), (step.Target, step.Expansion));
        Assert.Equal("System.Net.Http.HttpClient.GetStringAsync", step.Method);

        var everything = ProcessSnippet.Build("""
            namespace Ops;

            public sealed class ReportJob(TimeProvider clock)
            {
                public void Run() => Console.WriteLine(clock.GetUtcNow());
            }
            """, "Ops.ReportJob.Run", new ProcessModelOptions { IncludeAllLibraryCalls = true });
        Assert.Equal(["clock.GetUtcNow", "Console.WriteLine"], ProcessSnippet.All(everything).OfType<StepNode>().Select(step => step.Target));
    }

    [Fact]
    public void OddCode_GivesAModelInsteadOfAnException()
    {
        var model = ProcessSnippet.Build("""
            namespace Ops;

            public abstract partial class OddJob
            {
                partial void OnSynced();

                protected abstract Task PushAsync();

                public async Task RunAsync(CancellationToken ct)
                {
                    OnSynced();
                    await PushAsync();
                    await missing.DoThingAsync(ct);
                    UnknownHelper(42);
                    await LocalAsync();

                    async Task LocalAsync() => await Task.Delay(10, ct);
                }
            }
            """, "Ops.OddJob.RunAsync", allowErrors: true);

        var steps = ProcessSnippet.All(model).ToList();
        Assert.Contains(steps, node => node is StepNode { Target: "missing.DoThingAsync", Expansion: CallExpansion.Unresolved });
        Assert.Contains(steps, node => node is StepNode { Target: "UnknownHelper", Expansion: CallExpansion.Unresolved });
        Assert.Contains(steps, node => node is StepNode { Target: "PushAsync", Expansion: CallExpansion.Ambiguous });
        Assert.Contains(steps, node => node is WaitNode { Construct: WaitKind.Delay });
        Assert.DoesNotContain(steps, node => node is StepNode { Target: "OnSynced", Expansion: CallExpansion.Followed });
    }

    [Fact]
    public void EntryFromAnotherCompilationOfTheSameCode_IsReadThroughTheGivenOne()
    {
        var discovery = ProcessSnippet.Compile(Chain);
        var analysis = ProcessSnippet.Compile(Chain);

        var model = ProcessModelBuilder.Build(ProcessSnippet.Method(discovery, "Ops.ChainJob.RunAsync"), [analysis], ProcessModelOptions.Default, CancellationToken.None);

        Assert.Equal(CallExpansion.Followed, Assert.IsType<StepNode>(Assert.Single(model.Steps)).Expansion);
    }

    [Fact]
    public void Cancellation_IsRespected()
    {
        var compilation = ProcessSnippet.Compile(Chain);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            ProcessModelBuilder.Build(ProcessSnippet.Method(compilation, "Ops.ChainJob.RunAsync"), [compilation], ProcessModelOptions.Default, cancelled.Token));
    }

    [Fact]
    public void SameInput_GivesTheSameJson()
    {
        var first = ProcessSnippet.Json(ProcessSnippet.Build(Chain, "Ops.ChainJob.RunAsync", new ProcessModelOptions { MaxDepth = 5 }));
        var second = ProcessSnippet.Json(ProcessSnippet.Build(Chain, "Ops.ChainJob.RunAsync", new ProcessModelOptions { MaxDepth = 5 }));

        Assert.Equal(first, second);
        Assert.Contains("\"expansion\": \"followed\"", first, StringComparison.Ordinal);
    }
}
