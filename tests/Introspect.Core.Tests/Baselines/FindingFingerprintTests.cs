using Introspect.Core.Baselines;

namespace Introspect.Core.Tests.Baselines;

public sealed class FindingFingerprintTests
{
    [Fact]
    public void SameFindingOnAnotherLine_KeepsItsFingerprint()
    {
        var before = FindingFingerprint.Assign([ReportFixtures.Finding(line: 12)], ReportFixtures.Root)[0];
        var after = FindingFingerprint.Assign([ReportFixtures.Finding(line: 40)], ReportFixtures.Root)[0];

        Assert.Equal(before.Fingerprint, after.Fingerprint);
        Assert.Matches("^[0-9a-f]{32}$", before.Fingerprint);
    }

    [Fact]
    public void ReindentedLine_KeepsItsFingerprint()
    {
        var before = FindingFingerprint.Assign([ReportFixtures.Finding(lineText: "    public async void NotifyCustomer(string email)")], ReportFixtures.Root)[0];
        var after = FindingFingerprint.Assign([ReportFixtures.Finding(lineText: "\tpublic  async void NotifyCustomer(string email)  ")], ReportFixtures.Root)[0];

        Assert.Equal(before.Fingerprint, after.Fingerprint);
    }

    [Theory]
    [InlineData("rule")]
    [InlineData("file")]
    [InlineData("symbol")]
    [InlineData("text")]
    public void ChangedIdentity_ChangesTheFingerprint(string change)
    {
        var original = ReportFixtures.Finding();
        var changed = change switch
        {
            "rule" => ReportFixtures.Finding(ruleId: "INTR103"),
            "file" => ReportFixtures.Finding(path: "/repo/src/Ops Worker/Other.cs"),
            "symbol" => ReportFixtures.Finding(symbol: "Ops.Notifier.NotifyStaff"),
            _ => ReportFixtures.Finding(lineText: "    public async void NotifyStaff(string email)"),
        };

        var fingerprints = FindingFingerprint.Assign([original, changed], ReportFixtures.Root);

        Assert.NotEqual(fingerprints[0].Fingerprint, fingerprints[1].Fingerprint);
    }

    [Fact]
    public void IdenticalLinesInOneMember_GetDistinctFingerprintsByOccurrence()
    {
        var fingerprints = FindingFingerprint.Assign(
            [ReportFixtures.Finding(line: 10, lineText: "task.Wait();"), ReportFixtures.Finding(line: 20, lineText: "task.Wait();")],
            ReportFixtures.Root);

        Assert.NotEqual(fingerprints[0].Fingerprint, fingerprints[1].Fingerprint);
    }
}
