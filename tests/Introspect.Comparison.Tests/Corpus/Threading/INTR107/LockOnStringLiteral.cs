// expect: INTR107
// case: lock on an interned string literal to serialise nightly exports
using System.IO;

namespace Ops.Billing;

public sealed class NightlyExportWriter
{
    public void Append(string exportPath, string line)
    {
        lock ("nightly-export")
        {
            File.AppendAllText(exportPath, line);
        }
    }
}
