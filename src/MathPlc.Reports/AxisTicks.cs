namespace MathPlc.Reports;

/// <summary>
/// "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten, covering a range in about the number of ticks asked
/// for (Heckbert, "Nice numbers for graph labels", <i>Graphics Gems</i>, 1990).
/// </summary>
internal static class AxisTicks
{
    /// <summary>The ticks from a nice value at or below <paramref name="low"/> to one at or above <paramref name="high"/>.</summary>
    public static ImmutableArray<double> Nice(double low, double high, int count = 6)
    {
        if (high <= low) high = low + 1;
        double step = NiceNumber((high - low) / Math.Max(1, count - 1));
        double first = Math.Floor(low / step) * step;
        double last = Math.Ceiling(high / step) * step;
        var ticks = ImmutableArray.CreateBuilder<double>();
        for (int i = 0; first + (i * step) <= last + (step / 2); i++)
            ticks.Add(Math.Round(first + (i * step), 10));
        return ticks.ToImmutable();
    }

    private static double NiceNumber(double range)
    {
        double exponent = Math.Floor(Math.Log10(range));
        double fraction = range / Math.Pow(10, exponent);
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * Math.Pow(10, exponent);
    }
}
