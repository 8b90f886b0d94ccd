// expect: none
// case: .Result of a validation outcome that is not a task
using System.Collections.Generic;

namespace Ops.Deployments;

public enum CheckResult
{
    Passed,
    Failed,
}

public sealed record PreflightOutcome(string Check, CheckResult Result);

public sealed class PreflightGate
{
    public bool CanDeploy(IEnumerable<PreflightOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            if (outcome.Result == CheckResult.Failed)
            {
                return false;
            }
        }

        return true;
    }
}
