// expect: INTR127
// case: a static region table guarded by a separate non-volatile s_loaded flag that is read without the lock
using System.Collections.Generic;

namespace Ops.Inventory;

public static class Regions
{
    private static readonly object Gate = new();
    private static bool s_loaded;
    private static Dictionary<string, string> s_names = new();

    public static string DisplayName(string code)
    {
        if (!s_loaded)
        {
            lock (Gate)
            {
                if (!s_loaded)
                {
                    s_names = new Dictionary<string, string>
                    {
                        ["fra"] = "Frankfurt",
                        ["ams"] = "Amsterdam",
                    };
                    s_loaded = true;
                }
            }
        }

        return s_names.TryGetValue(code, out var name) ? name : code;
    }
}
