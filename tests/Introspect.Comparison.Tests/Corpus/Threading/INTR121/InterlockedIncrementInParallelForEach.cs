// expect: none
// case: the purge job counting deleted files with Interlocked.Increment inside Parallel.ForEach
using System.Collections.Generic;
using System.IO;
using System.Threading;
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
                Interlocked.Increment(ref deleted);
            }
        });

        return deleted;
    }
}
