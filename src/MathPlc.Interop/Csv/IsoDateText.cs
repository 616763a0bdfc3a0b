using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace MathPlc.Interop.Csv;

/// <summary>
/// School dates as CSV files write them: ISO <c>yyyy-MM-dd</c> (<see cref="LocalDatePattern.Iso"/>), read
/// straight from UTF-8 bytes without allocating for the usual ten-character form.
/// </summary>
internal static class IsoDateText
{
    /// <summary>Reads a date; on failure, says in plain words what is wrong.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out LocalDate date, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        if (utf8.Length == 10 && utf8[4] == (byte)'-' && utf8[7] == (byte)'-'
            && TryDigits(utf8[..4], out int year) && TryDigits(utf8.Slice(5, 2), out int month) && TryDigits(utf8.Slice(8, 2), out int day))
            return TryCreate(year, month, day, out date, out problem);

        var parsed = LocalDatePattern.Iso.Parse(Encoding.UTF8.GetString(utf8));
        date = parsed.Success ? parsed.Value : default;
        problem = parsed.Success ? null
            : utf8.IsEmpty ? "The date is empty; write it as yyyy-MM-dd, e.g. 2026-09-14."
            : "This is not a date written as yyyy-MM-dd, e.g. 2026-09-14.";
        return parsed.Success;
    }

    /// <summary>Writes a date as <c>yyyy-MM-dd</c>.</summary>
    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static bool TryCreate(int year, int month, int day, out LocalDate date, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        date = default;
        if (month is < 1 or > 12)
        {
            problem = $"The month {month} is out of range (01 to 12).";
            return false;
        }
        int days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            problem = $"There is no day {day} in {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year}, which has {days} days.";
            return false;
        }
        date = new LocalDate(year, month, day);
        problem = null;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> utf8, out int value)
    {
        value = 0;
        foreach (byte b in utf8)
        {
            if (b is < (byte)'0' or > (byte)'9') return false;
            value = value * 10 + (b - '0');
        }
        return true;
    }
}
