using Introspect.Comparison.Tests.Report;
using Introspect.Comparison.Tests.Running;
using Introspect.Testing;

namespace Introspect.Comparison.Tests;

/// <summary>
/// (e) docs/comparison.md matches a fresh run. On a mismatch the new page is written to docs/comparison.received.md
/// with a diff in the failure; INTROSPECT_ACCEPT_SNAPSHOTS=1 rewrites docs/comparison.md instead.
/// </summary>
public sealed class ComparisonDocumentTests
{
    [Fact]
    public void ComparisonPage_IsUpToDate()
    {
        var page = ComparisonDocument.Render(ComparisonRun.Results);

        Snapshot.VerifyFile(page, Path.Combine(RepositoryPaths.Docs, "comparison.md"));
    }
}
