using System.Text;

namespace Introspect.Testing;

/// <summary>A small line diff (longest common subsequence) for readable snapshot failures.</summary>
public static class LineDiff
{
    private const int ContextLines = 2;
    private const int MaxLinesCompared = 4000;

    public static string Describe(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        if (left.Length > MaxLinesCompared || right.Length > MaxLinesCompared)
        {
            return FirstDifference(left, right);
        }

        var edits = Edits(left, right);
        var output = new StringBuilder();
        for (var index = 0; index < edits.Count; index++)
        {
            var nearChange = Enumerable.Range(index - ContextLines, (2 * ContextLines) + 1)
                .Any(near => near >= 0 && near < edits.Count && edits[near].Kind != ' ');
            if (nearChange)
            {
                output.Append(edits[index].Kind).Append(' ').AppendLine(edits[index].Line);
            }
        }

        return output.ToString();
    }

    private static List<(char Kind, string Line)> Edits(string[] left, string[] right)
    {
        var lengths = new int[left.Length + 1, right.Length + 1];
        for (var i = left.Length - 1; i >= 0; i--)
        {
            for (var j = right.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = left[i] == right[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var edits = new List<(char, string)>();
        int l = 0, r = 0;
        while (l < left.Length || r < right.Length)
        {
            if (l < left.Length && r < right.Length && left[l] == right[r])
            {
                edits.Add((' ', left[l++]));
                r++;
            }
            else if (r < right.Length && (l == left.Length || lengths[l, r + 1] >= lengths[l + 1, r]))
            {
                edits.Add(('+', right[r++]));
            }
            else
            {
                edits.Add(('-', left[l++]));
            }
        }

        return edits;
    }

    private static string FirstDifference(string[] left, string[] right)
    {
        var index = 0;
        while (index < left.Length && index < right.Length && left[index] == right[index])
        {
            index++;
        }

        return $"First difference at line {index + 1}:{Environment.NewLine}" +
            $"- {(index < left.Length ? left[index] : "(end of file)")}{Environment.NewLine}" +
            $"+ {(index < right.Length ? right[index] : "(end of file)")}";
    }
}
