// expect: none
// case: a static list of reserved host names created on first use with ??= new List (a cheap allocation, safe to repeat)
using System.Collections.Generic;

namespace Ops.Inventory;

public static class ReservedNames
{
    private static List<string>? s_reserved;

    public static IReadOnlyList<string> All => s_reserved ??= new List<string> { "localhost", "gateway", "monitor" };
}
