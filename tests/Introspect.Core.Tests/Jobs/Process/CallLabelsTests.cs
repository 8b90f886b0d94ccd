using Introspect.Core.Jobs.Process;

namespace Introspect.Core.Tests.Jobs.Process;

public sealed class CallLabelsTests
{
    [Theory]
    [InlineData("CreateHostAsync", "Create host")]
    [InlineData("GetHTTPStatusAsync", "Get HTTP status")]
    [InlineData("SilenceHostsOfSilentProxiesAsync", "Silence hosts of silent proxies")]
    [InlineData("Csv", "Csv")]
    [InlineData("Async", "Async")]
    [InlineData("send_report", "Send report")]
    [InlineData("ExportCSVFile", "Export CSV file")]
    public void MethodNames_ReadAsSteps(string name, string label) => Assert.Equal(label, CallLabels.Humanise(name));
}
