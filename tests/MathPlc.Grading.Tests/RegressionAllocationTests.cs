namespace MathPlc.Grading.Tests;

public class RegressionAllocationTests
{
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
