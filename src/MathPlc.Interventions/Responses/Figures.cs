using System.Globalization;

namespace MathPlc.Interventions;

/// <summary>
/// How MathPlc writes numbers for teachers, in one place, so a figure in a reason, a discussion prompt and a report
/// table is the same text: a share as a percent with one decimal (<c>52.7%</c>), a statistic with two decimals
/// (<c>-0.08</c>), half away from zero, invariant culture, never <c>-0</c>.
/// </summary>
public static class Figures
{
    /// <summary>A share (0.527) as a percent with at most one decimal: <c>52.7%</c>.</summary>
    public static string Percent(double share) => Trim(Math.Round(share * 100, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture)) + "%";

    /// <summary>A number with at most two decimals: <c>-0.08</c>, <c>3</c>, <c>2.5</c>.</summary>
    public static string Decimal(double value) => Trim(Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture));

    /// <summary>A difference of two shares in percentage points with at most one decimal and a sign: <c>+27.5 points</c>.</summary>
    public static string Points(double difference)
    {
        string text = Trim(Math.Round(difference * 100, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture));
        return (text.StartsWith('-') || text == "0" ? text : "+" + text) + " points";
    }

    /// <summary>A whole number, invariant culture.</summary>
    public static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date as ISO text, <c>2026-10-19</c>.</summary>
    public static string Date(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static string Trim(string text) => text == "-0" ? "0" : text;
}
