using System.Text.RegularExpressions;
using System.Xml.Linq;
using Introspect.Core.Jobs.Process;
using Introspect.Diagrams.Activity;
using Introspect.Diagrams.PlantUml;
using Introspect.Testing;
using static Introspect.Diagrams.Tests.ActivityModels;

namespace Introspect.Diagrams.Tests;

/// <summary>Text from the code that tries to break out of the activity view's syntax, in every place a label goes.</summary>
public sealed partial class ActivityHostileNamesTests
{
    private const string Hostile =
        "Evil\" as x\n@enduml\n!include /etc/passwd\n%getenv(\"HOME\") $var **bold** //it// <script>alert(1)</script> " +
        "]] [[ ; | x) then (y {z} #aa; &#59; %% ` ~esc";

    private static readonly ActivityOptions s_options = new()
    {
        KnownJobs = [TestCatalog.Job("Ops.Evil.Target.Run", Hostile, Core.Jobs.JobFramework.Hangfire)],
        JobLink = id => "jobs/" + Hostile + ".html",
        SourceLink = _ => "https://git.example/" + Hostile,
    };

    [Fact]
    public void PlantUml_KeepsEveryHostileCharacterInsideItsLabel()
    {
        var text = ActivityPlantUml.Write(HostileJob(), s_options, DiagramTheme.Light);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()).ToList();

        Assert.Equal(["@startuml", "@enduml"], lines.Where(line => line.StartsWith('@')).ToArray());
        Assert.Equal(["!pragma layout smetana"], lines.Where(line => line.StartsWith('!')).ToArray());
        Assert.DoesNotContain(lines, line => line.StartsWith('\''));
        var body = lines.Skip(lines.IndexOf("</style>") + 1).ToList();
        foreach (var line in body)
        {
            // Character references are the escaping; what is left is the emitter's own syntax.
            var bare = Entity().Replace(line, string.Empty);
            Assert.DoesNotContain("<script", bare, StringComparison.Ordinal);
            Assert.DoesNotContain("%getenv", bare, StringComparison.Ordinal);
            Assert.DoesNotContain("**", bare, StringComparison.Ordinal);
            Assert.DoesNotContain("|", bare, StringComparison.Ordinal);
            Assert.DoesNotContain("$", bare, StringComparison.Ordinal);
            Assert.DoesNotContain("//", LinkTarget().Replace(bare, "[["), StringComparison.Ordinal);
            if (bare.StartsWith(':'))
            {
                // An action ends at its one ';', with at most a stereotype after it.
                Assert.Matches(@"^:[^;""]*; ?(<<\w+>>)?$", bare);
            }
            else if (bare.StartsWith("partition", StringComparison.Ordinal))
            {
                Assert.Equal(2, bare.Count(character => character == '"'));
            }
            else
            {
                Assert.DoesNotContain(";", bare.TrimEnd(';'), StringComparison.Ordinal);
                Assert.DoesNotContain("\"", bare, StringComparison.Ordinal);
            }

            // Links open and close once: [[url text]] with the url encoded and the text escaped.
            Assert.Equal(Count(bare, "[["), Count(bare, "]]"));
        }

        // The condition cannot close its parenthesis early: one ") then (" per if, the emitter's own.
        var ifs = body.Where(line => line.StartsWith("if (", StringComparison.Ordinal) || line.StartsWith("elseif (", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, ifs.Count);
        Assert.All(ifs, line => Assert.Equal(1, Count(line, ") then (")));
    }

    [Fact]
    public void Mermaid_KeepsEveryHostileCharacterInsideItsLabel()
    {
        var text = ActivityMermaid.Write(HostileJob(), s_options, DiagramTheme.Light);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["---", "---"], lines.Where(line => line.StartsWith("---", StringComparison.Ordinal)).ToArray());
        foreach (var line in lines.Skip(3))
        {
            var bare = MermaidEntity().Replace(line, string.Empty);
            Assert.DoesNotContain("<script", bare, StringComparison.Ordinal);
            Assert.DoesNotContain("%%", bare, StringComparison.Ordinal);
            Assert.DoesNotContain(";", bare, StringComparison.Ordinal);
            Assert.DoesNotContain("`", bare, StringComparison.Ordinal);
            foreach (Match quoted in Quoted().Matches(bare))
            {
                var inside = quoted.Groups[1].Value.Replace("<br/>", string.Empty, StringComparison.Ordinal);
                Assert.DoesNotContain(inside, character => character is '<' or '>' or '[' or ']' or '|' or '{' or '}' or '"');
            }

            Assert.Equal(0, line.Count(character => character == '"') % 2);
        }

        var title = lines[1];
        Assert.DoesNotContain('#', title);
        Assert.Equal(2, title.Count(character => character == '"'));
    }

    [SkippableFact]
    public async Task RealPlantUml_DrawsTheHostileTextAsText()
    {
        var jar = PlantUmlJar.FindOrFailInCi();
        Skip.If(jar is null, PlantUmlJar.Missing);
        string[] texts = [ActivityPlantUml.Write(HostileJob(), s_options, DiagramTheme.Light), ActivityPlantUml.Write(HostileJob(), s_options, DiagramTheme.Dark)];

        var svgs = await new LocalPlantUmlRenderer(new PlantUmlLauncher(PlantUmlLauncherKind.Jar, jar, "test")).RenderAsync(texts, CancellationToken.None);

        foreach (var svg in svgs)
        {
            Assert.DoesNotContain("Syntax Error", svg, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("You should", svg, StringComparison.Ordinal);
            var document = XDocument.Parse(svg);
            Assert.DoesNotContain(document.Descendants(), element => element.Name.LocalName == "script");
            var shown = string.Join(" ", document.Descendants().Where(element => element.Name.LocalName == "text").Select(element => element.Value));
            Assert.Contains("@enduml", shown, StringComparison.Ordinal);
            Assert.Contains("!include", shown, StringComparison.Ordinal);
            Assert.Contains("<script>alert(1)</script>", shown, StringComparison.Ordinal);
            Assert.Contains("**bold**", shown, StringComparison.Ordinal);
            Assert.Contains("x) then (y", shown, StringComparison.Ordinal);
            Assert.DoesNotContain(document.Descendants(), element => element.Attributes().Any(attribute => attribute.Value.StartsWith("javascript", StringComparison.OrdinalIgnoreCase)));
        }
    }

    /// <summary>A job with the hostile text in every label the activity view writes.</summary>
    private static Core.Jobs.Job HostileJob()
    {
        var step = new StepNode(Hostile, Hostile, Hostile, CallExpansion.Library, null,
            [
                Effect(EffectKind.Database, Hostile, EffectAccess.Write),
                Effect(EffectKind.Http, Hostile, EffectAccess.Read, "GetAsync", Hostile),
                Effect(EffectKind.Message, Hostile, EffectAccess.Write, "Publish", Hostile),
                Effect(EffectKind.Job, "Target", EffectAccess.Write, "Enqueue", Hostile),
            ],
            [], At(10));
        var followed = new StepNode(Hostile, Hostile, Hostile + ".Method", CallExpansion.Followed, Hostile, [], [Step(Hostile), new LogNode(Hostile, Hostile, At(11))], At(12));
        var decision = new DecisionNode(DecisionKind.If, Hostile, [Branch(Hostile, Step("a")), Branch("else", If(Hostile, [new ReturnNode(Hostile, At(13))]))], At(14));
        var switched = new DecisionNode(DecisionKind.Switch, Hostile, [Branch(Hostile, Step("b")), Branch(Hostile, Call(Hostile, CallExpansion.Ambiguous))], At(15));
        var loop = Loop(LoopKind.ForEach, Hostile, new WaitNode(WaitKind.Delay, Hostile, At(16)), Loop(LoopKind.DoWhile, Hostile, Step("c")));
        var parallel = new ParallelNode(ParallelKind.WhenAll, Hostile, [Branch(Hostile, Step("d")), Branch(Hostile, Step("e"))], At(17));
        var tryNode = new TryNode([Step("f")], [new CatchClause(Hostile, Hostile, [new ThrowNode(Hostile, Hostile, At(18))])], [Step("g")], At(19));
        return ActivityModels.Job("Ops.Evil.Job.Run", Hostile, step, followed, decision, switched, loop, parallel, tryNode);
    }

    private static int Count(string text, string part) => Regex.Count(text, Regex.Escape(part));

    [GeneratedRegex("&#[0-9]+;")]
    private static partial Regex Entity();

    [GeneratedRegex(@"\[\[\S+ ")]
    private static partial Regex LinkTarget();

    [GeneratedRegex("#[0-9]+;")]
    private static partial Regex MermaidEntity();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Quoted();
}
