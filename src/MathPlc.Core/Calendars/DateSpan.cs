using NodaTime;

namespace MathPlc.Core;

/// <summary>The checks shared by every named, inclusive span of school dates.</summary>
internal static class DateSpan
{
    /// <summary>Checks a span's name and dates and returns the trimmed name.</summary>
    public static string Check(string name, LocalDate start, LocalDate end, string what)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NotIsoCalendar(start, nameof(start));
        Guard.Against.NotIsoCalendar(end, nameof(end));
        if (end < start)
            throw new ArgumentOutOfRangeException(nameof(end), end,
                $"The {what} \"{name.Trim()}\" ends on {end:yyyy-MM-dd}, before it starts on {start:yyyy-MM-dd}.");
        return name.Trim();
    }
}
