using Introspect.Cli;
using Introspect.Testing;
using YamlDotNet.RepresentationModel;

namespace Introspect.Cli.Tests;

/// <summary>
/// The CI examples in docs/examples are valid YAML, appear verbatim in docs/ci.md, and every `introspect` command in
/// them parses with the real command line.
/// </summary>
public sealed class CiExamplesTests
{
    public static TheoryData<string> Examples => ["github-actions.yml", "azure-pipelines.yml"];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_IsValidYaml_AndQuotedVerbatimInCiDocs(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Docs, "examples", fileName));

        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        Assert.IsType<YamlMappingNode>(Assert.Single(yaml.Documents).RootNode);
        Assert.Contains(text.TrimEnd(), File.ReadAllText(Path.Combine(RepositoryPaths.Docs, "ci.md")).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void IntrospectCommandsInTheExample_ParseWithoutErrors(string fileName)
    {
        var commands = File.ReadLines(Path.Combine(RepositoryPaths.Docs, "examples", fileName))
            .Select(line => line.Trim())
            .Select(line => line.StartsWith("- script:", StringComparison.Ordinal) ? line["- script:".Length..].Trim() : line.StartsWith("run:", StringComparison.Ordinal) ? line["run:".Length..].Trim() : null)
            .Where(command => command?.StartsWith("introspect ", StringComparison.Ordinal) == true)
            .ToList();

        Assert.NotEmpty(commands);
        foreach (var command in commands)
        {
            var parse = IntrospectCommandLine.CreateRootCommand(CliConsole.Plain(TextWriter.Null, TextWriter.Null))
                .Parse(command!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray());
            Assert.True(parse.Errors.Count == 0, $"{command}: {string.Join("; ", parse.Errors.Select(error => error.Message))}");
        }
    }
}
