using MathPlc.Grading;

namespace MathPlc.Grading.Tests;

/// <summary>The batch form relies on <c>Compute</c> allocating nothing, on short series (stack scratch) and long ones (pooled).</summary>
public class AllocationTests
{
    [Fact]
    public void Compute_allocates_nothing_per_call()
    {
        var shortSeries = new double[] { 3, 1, 4, 1, 2.5, 4, 3, 2 };
        var longSeries = Enumerable.Range(0, 500).Select(i => (i * 7 % 9) / 2.0).ToArray();
        foreach (var method in Methods.All.Concat(Methods.Regression))
        {
            method.Compute(shortSeries);   // warm up: JIT, and the array pool's first rent
            method.Compute(longSeries);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
            {
                method.Compute(shortSeries);
                method.Compute(longSeries);
            }
            Assert.True(GC.GetAllocatedBytesForCurrentThread() - before == 0, $"{method} allocated.");
        }
    }
}
