namespace Introspect.Core.Analysis;

/// <summary>The one order findings are reported in, so the same input always gives the same output.</summary>
public sealed class FindingOrder : IComparer<Finding>
{
    public static FindingOrder Instance { get; } = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byFile = string.CompareOrdinal(x.Location.FilePath, y.Location.FilePath);
        if (byFile != 0)
        {
            return byFile;
        }

        var byPosition = (x.Location.Line, x.Location.Column).CompareTo((y.Location.Line, y.Location.Column));
        if (byPosition != 0)
        {
            return byPosition;
        }

        var byRule = string.CompareOrdinal(x.RuleId, y.RuleId);
        return byRule != 0 ? byRule : string.CompareOrdinal(x.Message, y.Message);
    }
}
