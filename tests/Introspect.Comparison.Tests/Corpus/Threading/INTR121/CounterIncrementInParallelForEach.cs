// expect: INTR121
// case: a purge job counting deleted files with deleted++ on a captured local inside Parallel.ForEach
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace Ops.Cleanup;

public sealed class TempFilePurge
{
    public int Purge(IEnumerable<string> files)
    {
        var deleted = 0;
        Parallel.ForEach(files, file =>
        {
            if (file.EndsWith(".tmp"))
            {
                File.Delete(file);
                deleted++;
            }
        });

        return deleted;
    }
}
