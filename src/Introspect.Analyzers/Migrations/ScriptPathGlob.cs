namespace Introspect.Analyzers.Migrations;

/// <summary>
/// Matches a script path against the globs of <c>introspect.migrations.scripts</c> (separated by ';'): <c>**</c> any
/// folders, <c>*</c> any part of a name, <c>?</c> one character, case-insensitive, '/' and '\' alike. A glob that does
/// not start at the root matches the end of the path, so <c>Scripts/*.sql</c> matches <c>/repo/Db/Scripts/0001.sql</c>.
/// </summary>
internal static class ScriptPathGlob
{
    public static bool Matches(string globs, string path)
    {
        var normalisedPath = path.Replace('\\', '/');
        foreach (var raw in globs.Split(';'))
        {
            var glob = raw.Trim().Replace('\\', '/');
            if (glob.Length == 0)
            {
                continue;
            }

            if (Match(glob, 0, normalisedPath, 0))
            {
                return true;
            }

            if (glob[0] != '/')
            {
                for (var slash = normalisedPath.IndexOf('/'); slash >= 0; slash = normalisedPath.IndexOf('/', slash + 1))
                {
                    if (Match(glob, 0, normalisedPath, slash + 1))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool Match(string glob, int globIndex, string path, int pathIndex)
    {
        while (globIndex < glob.Length)
        {
            var character = glob[globIndex];
            if (character == '*')
            {
                var anyFolders = globIndex + 1 < glob.Length && glob[globIndex + 1] == '*';
                var rest = globIndex + (anyFolders ? 2 : 1);
                if (anyFolders && rest < glob.Length && glob[rest] == '/')
                {
                    // "**/" also matches no folder at all.
                    if (Match(glob, rest + 1, path, pathIndex))
                    {
                        return true;
                    }
                }

                for (var end = pathIndex; end <= path.Length; end++)
                {
                    if (Match(glob, rest, path, end))
                    {
                        return true;
                    }

                    if (end < path.Length && path[end] == '/' && !anyFolders)
                    {
                        return false;
                    }
                }

                return false;
            }

            if (pathIndex >= path.Length
                || character != '?' && char.ToUpperInvariant(character) != char.ToUpperInvariant(path[pathIndex])
                || character == '?' && path[pathIndex] == '/')
            {
                return false;
            }

            globIndex++;
            pathIndex++;
        }

        return pathIndex == path.Length;
    }
}
