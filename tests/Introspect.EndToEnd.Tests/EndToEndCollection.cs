using Introspect.EndToEnd.Tests.Packaging;
using Introspect.EndToEnd.Tests.Sample;

namespace Introspect.EndToEnd.Tests;

/// <summary>
/// The tests that run the CLI on the sample or pack the packages share one sample run and one packed analyzer
/// package, and run one after another: packing builds the source projects, which must not happen twice at once.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<SampleCheckRun>, ICollectionFixture<PackedAnalyzerPackage>
{
    public const string Name = "End to end";
}
