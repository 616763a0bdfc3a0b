using FsCheck;
using FsCheck.Fluent;
using MathPlc.Cli.Cycle;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Cycle;

// Decision 0250: a district's teams made on several threads and written in team order, at most a window ahead.
public sealed class MadeInOrderProperties
{
    private static readonly Arbitrary<(int Count, int Workers, int Window)> Shapes =
        (from count in Gen.Choose(0, 60)
         from workers in Gen.Choose(1, 4)
         from window in Gen.Choose(1, 8)
         select (count, workers, window)).ToArbitrary();

    [Fact]
    public void Every_item_is_used_once_in_index_order_and_never_more_than_a_window_ahead() =>
        Prop.ForAll(Shapes, s =>
        {
            var used = new List<(int Index, string Item)>();
            int held = 0, mostHeld = 0, furthest = -1;
            Finishes(() => MadeInOrder.Run(s.Count, s.Workers, s.Window, i =>
            {
                // Items being made or waiting for their turn, and the one in use: never more than the window and one.
                InterlockedMax(ref mostHeld, Interlocked.Increment(ref held));
                InterlockedMax(ref furthest, i);
                if (i % 3 == 0) Thread.Yield();
                return $"item {i}";
            }, (i, item) =>
            {
                used.Add((i, item));
                Interlocked.Decrement(ref held);
            }));
            Assert.Equal(Enumerable.Range(0, s.Count).Select(i => (i, $"item {i}")), used);
            Assert.InRange(mostHeld, 0, s.Window + 1);
            Assert.Equal(s.Count - 1, furthest);
        }).Check(maxTest: 200);

    [Fact]
    public void The_first_failure_in_index_order_is_thrown_after_every_item_before_it_is_used() =>
        Prop.ForAll(Shapes, Gen.Choose(0, 59).ArrayOf().ToArbitrary(), (s, failing) =>
        {
            var fails = failing.Where(f => f < s.Count).ToHashSet();
            var used = new List<int>();
            var run = () => MadeInOrder.Run(s.Count, s.Workers, s.Window, i =>
            {
                if (fails.Contains(i)) throw new InvalidOperationException($"team {i} failed");
                return new object();
            }, (i, _) => used.Add(i));
            if (fails.Count == 0)
            {
                run();
                Assert.Equal(s.Count, used.Count);
                return;
            }
            var error = Assert.Throws<InvalidOperationException>(run);
            Assert.Equal($"team {fails.Min()} failed", error.Message);
            Assert.Equal(Enumerable.Range(0, fails.Min()), used);
        }).Check(maxTest: 200);

    [Fact]
    public void A_failure_while_using_an_item_stops_the_workers_and_is_thrown()
    {
        int made = 0;
        var error = Assert.Throws<IOException>(() => MadeInOrder.Run(1000, workers: 2, window: 4, i =>
        {
            Interlocked.Increment(ref made);
            return new object();
        }, (i, _) =>
        {
            if (i == 10) throw new IOException("disk full");
        }));
        Assert.Equal("disk full", error.Message);
        // When item 10 failed, no more than a window (4) of items after it had been made, and no worker runs on.
        Assert.InRange(Volatile.Read(ref made), 11, 15);
    }

    // Runs a pipeline that must end: a lost item would leave it waiting for ever (a failure, not a hung test run).
    private static void Finishes(Action run) =>
        Assert.True(Task.Run(run).Wait(TimeSpan.FromMinutes(2)), "MadeInOrder.Run never returned: an item was lost or overwritten.");

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
