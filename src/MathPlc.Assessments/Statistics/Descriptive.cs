using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>Small descriptive statistics shared by the team and school analyses.</summary>
internal static class Descriptive
{
    /// <summary>The sample standard deviation (÷(n − 1)), centred two-pass; undefined below two values.</summary>
    public static StatisticValue StandardDeviation(double[] values, string what, int dropped = 0)
    {
        if (values.Length < 2)
            return StatisticValue.Undefined(new Reason("too-few-values", $"A standard deviation needs at least two {what}; there is {values.Length}.").With("values", values.Length), values.Length, dropped);
        double mean = values.Average(), sum = 0;
        foreach (var v in values) sum += (v - mean) * (v - mean);
        return StatisticValue.Defined(Math.Sqrt(sum / (values.Length - 1)), values.Length, dropped);
    }
}
