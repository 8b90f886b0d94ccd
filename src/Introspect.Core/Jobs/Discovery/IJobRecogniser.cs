namespace Introspect.Core.Jobs.Discovery;

/// <summary>Finds the jobs of one framework in one project. A new framework is a new folder with one of these, and a line in <see cref="JobRecognisers"/>.</summary>
internal interface IJobRecogniser
{
    IEnumerable<DiscoveredJob> Recognise(DiscoveryContext context);
}
