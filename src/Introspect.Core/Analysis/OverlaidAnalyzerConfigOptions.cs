using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Core.Analysis;

/// <summary>
/// A project's .editorconfig/.globalconfig options with some keys set by the CLI on top (for example the last
/// shipped migration that <c>--since</c> works out), for every file of the project.
/// </summary>
internal sealed class OverlaidAnalyzerConfigOptionsProvider(AnalyzerConfigOptionsProvider inner, ImmutableDictionary<string, string> overlay)
    : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions => new Overlaid(inner.GlobalOptions, overlay);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Overlaid(inner.GetOptions(tree), overlay);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Overlaid(inner.GetOptions(textFile), overlay);

    private sealed class Overlaid(AnalyzerConfigOptions inner, ImmutableDictionary<string, string> overlay) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            overlay.TryGetValue(key, out value) || inner.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => overlay.Keys.Union(inner.Keys);
    }
}
