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
            // A method that allocates per call allocates in every round; the shared array pool may be trimmed by a GC
            // now and then, making one round re-rent once, so the cleanest of five rounds must allocate nothing.
            long cleanest = long.MaxValue;
            for (int round = 0; round < 5 && cleanest > 0; round++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < 100; i++)
                {
                    method.Compute(shortSeries);
                    method.Compute(longSeries);
                }
                cleanest = Math.Min(cleanest, GC.GetAllocatedBytesForCurrentThread() - before);
            }
            Assert.True(cleanest == 0, $"{method} allocated {cleanest} bytes in 200 calls, in each of five rounds.");
        }
    }
}
