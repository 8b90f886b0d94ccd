// expect: none
// case: fast path that reads .Result only when IsCompletedSuccessfully, awaits otherwise
using System.Threading.Tasks;

namespace Ops.Configuration;

public interface IFeatureFlagSource
{
    Task<bool> IsEnabledAsync(string flag);
}

public sealed class FeatureGate(IFeatureFlagSource source)
{
    public ValueTask<bool> IsEnabledAsync(string flag)
    {
        var pending = source.IsEnabledAsync(flag);
        if (pending.IsCompletedSuccessfully)
        {
            return new ValueTask<bool>(pending.Result);
        }

        return new ValueTask<bool>(pending);
    }
}
