namespace Introspect.Analyzers.Knowledge.Cron;

/// <summary>
/// Reads one field the way Cronos (Hangfire), Quartz and NCrontab do: <c>*</c>, values, names, ranges, steps and lists.
/// A definite rejection comes back as an error; syntax these parsers accept but that is not evaluated here (L, W, #,
/// reversed ranges, odd steps) comes back as an unknown field, so a rule never claims what was not checked.
/// </summary>
internal static class CronFieldReader
{
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static CronField? Read(string text, CronFieldKind kind, CronDialect dialect, out string? error)
    {
        error = null;
        var (min, max) = DialectRange(kind, dialect);
        if (text is "*" || (text is "?" && kind is CronFieldKind.DayOfMonth or CronFieldKind.DayOfWeek && dialect is CronDialect.Hangfire or CronDialect.Quartz))
        {
            return CronField.Known(kind, text, Normalise(Bits(min, max, 1), kind, dialect), isAny: true);
        }

        ulong bits = 0;
        foreach (var part in text.Split(','))
        {
            var result = ReadPart(part, kind, dialect, min, max, out error);
            if (error is not null)
            {
                return null;
            }

            if (result is not { } partBits)
            {
                return CronField.Unknown(kind, text);
            }

            bits |= partBits;
        }

        return CronField.Known(kind, text, Normalise(bits, kind, dialect));
    }

    /// <summary>The numbers the dialect accepts in the field: day of week is 0-7 in Cronos, 0-6 in NCrontab, 1-7 in Quartz.</summary>
    public static (int Min, int Max) DialectRange(CronFieldKind kind, CronDialect dialect) => kind switch
    {
        CronFieldKind.DayOfWeek => dialect switch
        {
            CronDialect.Hangfire => (0, 7),
            CronDialect.Quartz => (1, 7),
            _ => (0, 6),
        },
        _ => CronField.RangeOf(kind),
    };

    /// <summary>The bits of one list element; null when valid but not evaluated here.</summary>
    private static ulong? ReadPart(string part, CronFieldKind kind, CronDialect dialect, int min, int max, out string? error)
    {
        error = null;
        var name = CronField.NameOf(kind);
        if (part.Length == 0)
        {
            error = $"the {name} field has an empty list element";
            return null;
        }

        if (HasSpecialCharacter(part))
        {
            if (dialect is CronDialect.Hangfire or CronDialect.Quartz && kind is CronFieldKind.DayOfMonth or CronFieldKind.DayOfWeek)
            {
                return null;
            }

            error = $"'{part}' in the {name} field uses L, W or #, which {Describe(dialect)} does not accept there";
            return null;
        }

        var slash = part.Split('/');
        if (slash.Length > 2)
        {
            error = $"'{part}' in the {name} field has more than one '/'";
            return null;
        }

        var step = 1;
        if (slash.Length == 2)
        {
            if (Number(slash[1]) is not { } parsedStep)
            {
                error = $"the step '{slash[1]}' in the {name} field is not a number";
                return null;
            }

            if (parsedStep == 0)
            {
                if (dialect == CronDialect.NCrontab)
                {
                    return null;
                }

                error = $"the step 0 in the {name} field never advances";
                return null;
            }

            if (parsedStep > max)
            {
                return null;
            }

            step = parsedStep;
        }

        var body = slash[0];
        int low, high;
        if (body == "*")
        {
            (low, high) = (min, max);
        }
        else if (body == "?")
        {
            if (dialect is CronDialect.Hangfire && kind is not (CronFieldKind.DayOfMonth or CronFieldKind.DayOfWeek))
            {
                return null;
            }

            error = $"'?' is not accepted in the {name} field by {Describe(dialect)}";
            return null;
        }
        else
        {
            var dash = body.Split('-');
            if (dash.Length > 2 || dash.Any(piece => piece.Length == 0))
            {
                error = $"'{part}' in the {name} field is not a value or a range";
                return null;
            }

            if (Value(dash[0], kind, dialect, min, max, out error) is not { } from)
            {
                return null;
            }

            var to = from;
            if (dash.Length == 2)
            {
                if (Value(dash[1], kind, dialect, min, max, out error) is not { } parsedTo)
                {
                    return null;
                }

                to = parsedTo;
            }
            else if (slash.Length == 2)
            {
                // "5/10": from 5 to the end of the range, every 10.
                to = max;
            }

            if (from > to)
            {
                return null;
            }

            (low, high) = (from, to);
        }

        return Bits(low, high, step);
    }

    private static int? Value(string text, CronFieldKind kind, CronDialect dialect, int min, int max, out string? error)
    {
        error = null;
        var name = CronField.NameOf(kind);
        if (Number(text) is { } number)
        {
            if (number < min || number > max)
            {
                error = $"{number} is outside the {name} range {min}-{max} of {Describe(dialect)}";
                return null;
            }

            return number;
        }

        var names = kind switch
        {
            CronFieldKind.Month => MonthNames,
            CronFieldKind.DayOfWeek => DayNames,
            _ => null,
        };
        var index = names is null ? -1 : Array.FindIndex(names, candidate => string.Equals(candidate, text, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            error = $"'{text}' is not a {name} value of {Describe(dialect)}";
            return null;
        }

        return kind == CronFieldKind.Month ? index + 1 : dialect == CronDialect.Quartz ? index + 1 : index;
    }

    /// <summary>Digits only (at most 9, so no overflow); signs, spaces and other digits are not numbers here.</summary>
    public static int? Number(string text)
    {
        if (text.Length is 0 or > 9)
        {
            return null;
        }

        var value = 0;
        foreach (var character in text)
        {
            if (character is < '0' or > '9')
            {
                return null;
            }

            value = (value * 10) + (character - '0');
        }

        return value;
    }

    private static bool HasSpecialCharacter(string part)
    {
        foreach (var character in part)
        {
            if (character is 'L' or 'l' or 'W' or 'w' or '#')
            {
                // Names such as JUL, WED and SAT hold L or W too; only a name-free part counts.
                return !ContainsName(part);
            }
        }

        return false;
    }

    private static bool ContainsName(string part)
    {
        foreach (var piece in part.Split('-', '/', ','))
        {
            if (Array.Exists(MonthNames, name => string.Equals(name, piece, StringComparison.OrdinalIgnoreCase))
                || Array.Exists(DayNames, name => string.Equals(name, piece, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong Bits(int low, int high, int step)
    {
        ulong bits = 0;
        for (var value = low; value <= high && value < 64; value += step)
        {
            bits |= 1UL << value;
        }

        return bits;
    }

    /// <summary>Day of week to 0 = Sunday .. 6 = Saturday: Quartz counts from 1, Cronos also accepts 7 for Sunday.</summary>
    private static ulong Normalise(ulong bits, CronFieldKind kind, CronDialect dialect)
    {
        if (kind != CronFieldKind.DayOfWeek)
        {
            return bits;
        }

        return dialect switch
        {
            CronDialect.Quartz => bits >> 1,
            CronDialect.Hangfire => (bits & 0x7F) | ((bits >> 7) & 1),
            _ => bits,
        };
    }

    public static string Describe(CronDialect dialect) => dialect switch
    {
        CronDialect.Hangfire => "Hangfire (Cronos 0.11)",
        CronDialect.Quartz => "Quartz",
        CronDialect.NCrontab => "Azure Functions (NCrontab)",
        _ => "Coravel",
    };
}
