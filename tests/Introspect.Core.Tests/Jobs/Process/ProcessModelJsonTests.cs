using System.Text.Json;
using Introspect.Core.Jobs.Process;
using Introspect.Testing;
using NJsonSchema;

namespace Introspect.Core.Tests.Jobs.Process;

public sealed class ProcessModelJsonTests
{
    private const string Job = """
        namespace Ops;

        public sealed class PollJob(HttpClient http)
        {
            public async Task RunAsync(CancellationToken ct)
            {
                for (var attempt = 0; attempt < 5; attempt++)
                {
                    try
                    {
                        if (await http.GetStringAsync("https://status.example.com/ready", ct) == "ok")
                        {
                            return;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        continue;
                    }

                    await Task.Delay(1000, ct);
                }

                throw new TimeoutException("Never ready.");
            }
        }
        """;

    private static readonly Lazy<Task<JsonSchema>> s_schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Docs, "schema", "process-model.schema.json")));

    [Fact]
    public async Task Json_IsValidAgainstTheSchema_AndATamperedNodeIsNot()
    {
        var json = ProcessSnippet.Json(ProcessSnippet.Build(Job, "Ops.PollJob.RunAsync"));
        var schema = await s_schema.Value;

        Assert.Empty(schema.Validate(json));
        Assert.NotEmpty(schema.Validate(json.Replace("\"kind\": \"wait\"", "\"kind\": \"teleport\"", StringComparison.Ordinal)));
        Assert.NotEmpty(schema.Validate(json.Replace("\"construct\": \"for\"", "\"construct\": \"loopity\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Json_IsCamelCaseInAFixedOrderWithoutNullsOrEmptyLists()
    {
        var json = ProcessSnippet.Json(ProcessSnippet.Build(Job, "Ops.PollJob.RunAsync"));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal(["entry", "location", "maxDepth", "steps", "resources"], root.EnumerateObject().Select(property => property.Name));
        Assert.Equal("Ops/Job.cs", root.GetProperty("location").GetProperty("path").GetString());
        var loop = root.GetProperty("steps")[0];
        Assert.Equal(["kind", "construct", "header", "location", "steps"], loop.EnumerateObject().Select(property => property.Name));
        var tryNode = loop.GetProperty("steps")[0];
        Assert.Equal(["kind", "location", "steps", "catches"], tryNode.EnumerateObject().Select(property => property.Name));
        Assert.Equal("continue", tryNode.GetProperty("catches")[0].GetProperty("steps")[0].GetProperty("kind").GetString());
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("[]", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);

        var resource = root.GetProperty("resources")[0];
        Assert.Equal(("http", "status.example.com", "read"), (resource.GetProperty("kind").GetString(), resource.GetProperty("resource").GetString(), resource.GetProperty("access").GetString()));
        Assert.Equal("throw", root.GetProperty("steps")[1].GetProperty("kind").GetString());
    }
}
