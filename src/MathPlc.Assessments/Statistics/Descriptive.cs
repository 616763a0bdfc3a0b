using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>Small descriptive statistics shared by the team and school analyses.</summary>
internal static class Descriptive
{
    /// <summary>The mean, summed on values scaled to at most 1 in size so that values near the largest double do not overflow.</summary>
    public static double Mean(double[] values)
    {
        double max = values.Max(Math.Abs), scale = max == 0 ? 1 : Math.ScaleB(1, Math.ILogB(max) + 1);
        return values.Average(v => v / scale) * scale;
    }

    /// <summary>The sample standard deviation (÷(n − 1)), centred two-pass; undefined below two values.</summary>
    public static StatisticValue StandardDeviation(double[] values, string what, int dropped = 0)
    {
        if (values.Length < 2)
            return StatisticValue.Undefined(new Reason("too-few-values", $"A standard deviation needs at least two {what}; there is {values.Length}.").With("values", values.Length), values.Length, dropped);
        // On values scaled to at most 1 in size, so that values near 1e300 do not overflow when squared (issue 14).
        double max = values.Max(Math.Abs), scale = max == 0 ? 1 : Math.ScaleB(1, Math.ILogB(max) + 1);
        double mean = values.Average(v => v / scale), sum = 0;
        foreach (var v in values) sum += (v / scale - mean) * (v / scale - mean);
        return StatisticValue.Defined(Math.Sqrt(sum / (values.Length - 1)) * scale, values.Length, dropped);
    }
}
