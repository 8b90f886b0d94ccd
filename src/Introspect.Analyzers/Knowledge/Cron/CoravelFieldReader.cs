namespace Introspect.Analyzers.Knowledge.Cron;

/// <summary>
/// Reads one field the way Coravel 6 checks it at every tick. Coravel has no range checks: a value outside the field
/// (minute 75, hour 24, day of week 7) is accepted and simply never matches. <c>*/n</c> means "divisible by n", with 0
/// counted as the size of the field (60 minutes, 24 hours, 7 days), so <c>*/7</c> minutes fires at 7, 14 .. 56 and
/// not at 0. Only digits, <c>*</c>, <c>*/n</c>, <c>a-b</c>, <c>a-b/n</c> and lists without ranges are accepted.
/// </summary>
internal static class CoravelFieldReader
{
    public static CronField? Read(string text, CronFieldKind kind, out string? error)
    {
        error = null;
        var name = CronField.NameOf(kind);
        var (min, max) = CronField.RangeOf(kind);
        var size = max - min + 1;
        if (text == "*")
        {
            return CronField.Known(kind, text, Bits(min, max, value => true), isAny: true);
        }

        if (text.IndexOf("*/", StringComparison.Ordinal) >= 0)
        {
            // Coravel drops the first two characters and reads the rest as the divisor.
            var divisorText = text.Substring(2);
            if (CronFieldReader.Number(divisorText) is not { } divisor)
            {
                return Malformed(kind, text, divisorText, out error);
            }

            if (divisor == 0)
            {
                error = $"'{text}' in the {name} field divides by zero; Coravel throws";
                return null;
            }

            return CronField.Known(kind, text, Bits(min, max, value => (value == 0 ? size : value) % divisor == 0));
        }

        var hasDash = text.IndexOf('-') >= 0;
        var hasComma = text.IndexOf(',') >= 0;
        if (hasDash && hasComma)
        {
            error = $"'{text}' in the {name} field mixes a range and a list, which Coravel rejects";
            return null;
        }

        if (hasDash)
        {
            var slash = text.Split('/');
            var range = slash[0].Split('-');
            if (slash.Length > 2 || range.Length != 2)
            {
                return CronField.Unknown(kind, text);
            }

            if (CronFieldReader.Number(range[0]) is not { } from || CronFieldReader.Number(range[1]) is not { } to)
            {
                return Malformed(kind, text, range[CronFieldReader.Number(range[0]) is null ? 0 : 1], out error);
            }

            var step = 1;
            if (slash.Length == 2)
            {
                if (CronFieldReader.Number(slash[1]) is not { } parsedStep)
                {
                    return Malformed(kind, text, slash[1], out error);
                }

                if (parsedStep == 0)
                {
                    error = $"'{text}' in the {name} field steps by 0: Coravel's scheduler loops forever on it";
                    return null;
                }

                step = parsedStep;
            }

            return CronField.Known(kind, text, Bits(min, max, value => value >= from && value <= to && (value - from) % step == 0));
        }

        ulong bits = 0;
        foreach (var piece in text.Split(','))
        {
            if (CronFieldReader.Number(piece) is not { } value)
            {
                return Malformed(kind, text, piece, out error);
            }

            bits |= value >= min && value <= max ? 1UL << value : 0;
        }

        return CronField.Known(kind, text, bits);
    }

    /// <summary>Coravel parses with int.TryParse: letters fail, but a sign or spaces pass, which is left unjudged.</summary>
    private static CronField? Malformed(CronFieldKind kind, string text, string piece, out string? error)
    {
        foreach (var character in piece)
        {
            if (character is '+' or '-' or ' ' or '\t')
            {
                error = null;
                return CronField.Unknown(kind, text);
            }
        }

        error = $"'{text}' in the {CronField.NameOf(kind)} field is not a number, '*', '*/n', a range or a list; Coravel throws";
        return null;
    }

    private static ulong Bits(int min, int max, Func<int, bool> matches)
    {
        ulong bits = 0;
        for (var value = min; value <= max; value++)
        {
            bits |= matches(value) ? 1UL << value : 0;
        }

        return bits;
    }
}
