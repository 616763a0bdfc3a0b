using System.Runtime.ExceptionServices;

namespace MathPlc.Cli.Cycle;

/// <summary>
/// Items made on several threads and used one by one in their order on the calling thread, at most a window of items
/// ahead of their use (decision 0250): a district's teams are made on every core while the teams before them are
/// copied into the files, and no more than a window of teams (made or being made) and the one being copied is ever in
/// memory.
/// </summary>
internal static class MadeInOrder
{
    /// <summary>
    /// Makes items 0 to <paramref name="count"/> − 1 on <paramref name="workers"/> threads and hands each to
    /// <paramref name="use"/> on the calling thread in index order. A failure is thrown when its turn comes: the first in
    /// index order, as a run one after the other would throw it; every thread has stopped by the time this returns or throws.
    /// </summary>
    public static void Run<T>(int count, int workers, int window, Func<int, T> make, Action<int, T> use) where T : class
    {
        var state = new Pipeline<T>(count, window, make);
        var threads = new Thread[Math.Max(1, Math.Min(workers, count))];
        for (int w = 0; w < threads.Length; w++)
        {
            threads[w] = new Thread(state.Work) { IsBackground = true, Name = $"MathPlc team {w + 1}" };
            threads[w].Start();
        }
        try
        {
            for (int i = 0; i < count; i++) use(i, state.Take(i));
        }
        finally
        {
            state.Stop();
            foreach (var thread in threads) thread.Join();
        }
    }

    private sealed class Pipeline<T>(int count, int window, Func<int, T> make) where T : class
    {
        private readonly object _gate = new();
        private readonly T?[] _made = new T?[window];
        private readonly Exception?[] _failed = new Exception?[window];
        private readonly bool[] _done = new bool[window];
        private int _next, _used;
        private bool _stopped;

        // A worker: takes the next item while it is within the window of the items used, makes it, hands it over.
        public void Work()
        {
            while (true)
            {
                int i;
                lock (_gate)
                {
                    while (!_stopped && _next < count && _next >= _used + window) Monitor.Wait(_gate);
                    if (_stopped || _next >= count) return;
                    i = _next++;
                }
                T? item = null;
                Exception? failure = null;
                try
                {
                    item = make(i);
                }
                catch (Exception e)
                {
                    failure = e;
                }
                lock (_gate)
                {
                    _made[i % window] = item;
                    _failed[i % window] = failure;
                    _done[i % window] = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        // Item i once made (its failure thrown), its place in the window freed for the item `window` further on.
        public T Take(int i)
        {
            T? item;
            Exception? failure;
            lock (_gate)
            {
                while (!_done[i % window]) Monitor.Wait(_gate);
                item = _made[i % window];
                failure = _failed[i % window];
                _made[i % window] = null;
                _failed[i % window] = null;
                _done[i % window] = false;
                _used = i + 1;
                Monitor.PulseAll(_gate);
            }
            if (failure is not null) ExceptionDispatchInfo.Throw(failure);
            return item!;
        }

        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
