using NodaTime;
using NodaTime.Text;

namespace MathPlc.Cli.Text;

/// <summary>Dates as the command line reads and writes them: ISO <c>yyyy-MM-dd</c>, whatever the machine's culture.</summary>
internal static class IsoDate
{
    /// <summary>The date as <c>yyyy-MM-dd</c>.</summary>
    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Reads a <c>yyyy-MM-dd</c> date; false when <paramref name="text"/> is not one (e.g. <c>2026-02-30</c>).</summary>
    public static bool TryParse(string text, out LocalDate date)
    {
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        date = result.Success ? result.Value : default;
        return result.Success;
    }
}
