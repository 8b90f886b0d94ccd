using System.Globalization;
using System.Text.RegularExpressions;
using Introspect.Testing;

namespace Introspect.Diagrams.Tests;

/// <summary>The emitted text, pinned: every view of the test catalog, light and dark.</summary>
public sealed partial class SnapshotTests
{
    private static readonly DiagramRequest s_request = new()
    {
        Day = new DateOnly(2026, 3, 1),
        Links = SourceLinks.FromBase("https://git.example.com/ops/blob/main", "/", out _),
    };

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public void EveryView_MatchesItsApprovedText(string theme)
    {
        var views = DiagramViews.Build(TestProcesses.SampleWithResources(), s_request with { Theme = DiagramTheme.Find(theme)! });

        Assert.Equal(["chain.puml", "chain.mmd", "resources.puml", "resources.mmd", "timeline.svg", "timeline.mmd", "week.svg"], views.Select(view => view.FileName.Replace(".dark", string.Empty, StringComparison.Ordinal)));
        foreach (var view in views)
        {
            Snapshot.Verify(view.Text, view.Name, DiagramSource.Extension(view.Format));
        }
    }

    [Fact]
    public void SameInput_GivesTheSameText_InAnyCulture()
    {
        var invariant = DiagramViews.Build(TestProcesses.SampleWithResources(), s_request);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
            Assert.Equal(invariant, DiagramViews.Build(TestProcesses.SampleWithResources(), s_request));
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(invariant, DiagramViews.Build(TestProcesses.SampleWithResources(), s_request));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Emitters_HaveNoColoursOfTheirOwn()
    {
        var sources = Directory.EnumerateFiles(RepositoryPaths.Source("Introspect.Diagrams"), "*.cs", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path) != "DiagramTheme.cs")
            .Where(path => HexColour().IsMatch(File.ReadAllText(path)))
            .Select(Path.GetFileName);

        Assert.Empty(sources);
    }

    [Fact]
    public void DarkAndLight_DifferOnlyInColours()
    {
        var light = DiagramViews.Build(TestProcesses.SampleWithResources(), s_request);
        var dark = DiagramViews.Build(TestProcesses.SampleWithResources(), s_request with { Theme = DiagramTheme.Dark });

        foreach (var (lightView, darkView) in light.Zip(dark))
        {
            Assert.Equal(Neutral(lightView.Text), Neutral(darkView.Text));
            Assert.NotEqual(lightView.Text, darkView.Text);
        }
    }

    private static string Neutral(string text) => HexColour().Replace(text, "#colour").Replace("\"dark\"", "\"default\"", StringComparison.Ordinal);

    [GeneratedRegex("#[0-9A-Fa-f]{6}\\b")]
    private static partial Regex HexColour();
}
