using FsCheck.Fluent;
using MathPlc.Tests;

namespace MathPlc.Grading.Tests.Batch;

/// <summary>
/// The power law's kernel was tuned for the batch throughput target (issue 3) with tables for ln i and for the
/// logarithms of half points. These tests hold it to the arithmetic it had before, bit for bit: the reference below
/// is the untuned fit (Math.Log on every score, the index sums recomputed for every series).
/// </summary>
public class KernelTuningTests
{
    private static double ReferencePowerLaw(double[] s)
    {
        if (s.All(x => x == s[0])) return s[0];
        var ln = s.Select(x => Math.Log(Math.Max(x, PowerLaw.ScoreFloor))).ToArray();
        double sumX = 0, sumY = 0;
        for (int i = 0; i < s.Length; i++)
        {
            sumX += Math.Log(i + 1);
            sumY += ln[i];
        }
        double meanX = sumX / s.Length, meanY = sumY / s.Length, sxx = 0, sxy = 0;
        for (int i = 0; i < s.Length; i++)
        {
            double dx = Math.Log(i + 1) - meanX;
            sxx += dx * dx;
            sxy += dx * (ln[i] - meanY);
        }
        return Math.Exp(meanY + sxy / sxx * (Math.Log(s.Length) - meanX));
    }

    [Fact]
    public void The_tuned_power_law_gives_the_untuned_result_to_the_last_bit() =>
        Prop.ForAll(BatchData.Score.ArrayOf().Where(a => a.Length is > 0 and <= 80).ToArbitrary(), s =>
            Assert.Equal(ReferencePowerLaw(s), new PowerLaw().Compute(s).Score)).Check(maxTest: 1000);

    [Fact]
    public void A_logarithm_from_the_half_point_table_is_the_computed_one()
    {
        for (int k = 1; k <= 300; k++)
            Assert.Equal(Math.Log(k / 2.0), Regression.LnOfScore(k / 2.0));
        foreach (double x in new[] { 0.3, 1.25, 2.0000000000000004, 3.7, 127.75, 1e-300, 1e300 })
            Assert.Equal(Math.Log(x), Regression.LnOfScore(x));
    }
}
