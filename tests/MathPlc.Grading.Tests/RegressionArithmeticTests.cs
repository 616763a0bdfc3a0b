namespace MathPlc.Grading.Tests;

public class RegressionArithmeticTests
{
    [Fact] // The half-point table is only a shortcut: it must give Math.Log's own doubles, on and off the table.
    public void The_score_logarithm_table_gives_exactly_math_log()
    {
        for (int k = -4; k <= 420; k++)
            Assert.Equal(Math.Log(k / 2.0), Regression.LnOfScore(k / 2.0));
        foreach (double s in new[] { 0.1, 0.25, 1.75, 2.6, 3.3333, 99.99, 100.25, 1e-300, 1e300 })
            Assert.Equal(Math.Log(s), Regression.LnOfScore(s));
    }

    public static TheoryData<CalculationMethod> Methods() =>
    [
        new PowerLaw(),
        new PowerLaw(PowerLawZeroPolicy.Exclude, 0, 4),
        new LinearTrend(0, 4),
        new BestFit(),
        new BestFit(FitErrorMeasure.SumOfSquaredErrors, PowerLawZeroPolicy.Exclude, 0, 4),
    ];

    [Theory] // The batch form runs Compute once per series: it must not allocate, short series (stack) or long (pooled array).
    [MemberData(nameof(Methods))]
    public void Compute_allocates_nothing(CalculationMethod method)
    {
        double[] shortSeries = [1, 0, 2, 3, 2.5, 4, 3.5, 4];
        double[] longSeries = [.. Enumerable.Range(1, 1000).Select(i => i % 9 / 2.0)];
        method.Compute(shortSeries);
        method.Compute(longSeries);   // warms the pool
        long before = GC.GetAllocatedBytesForCurrentThread();
        double sum = 0;
        for (int i = 0; i < 100; i++) sum += method.Compute(shortSeries).Score + method.Compute(longSeries).Score;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(double.IsFinite(sum));
        Assert.Equal(0, allocated);
    }
}
