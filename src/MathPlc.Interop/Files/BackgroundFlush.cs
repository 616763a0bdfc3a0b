namespace MathPlc.Interop;

/// <summary>
/// Puts closed temporary files on disk (<c>fsync</c>) on a background thread while the writer goes on with the others
/// (decision 0250): a district's thousand team pages are closed one by one during a run of several seconds, and each
/// flush waits on the disk, not on a processor. What it has not reached when the writer returns is flushed then, several
/// at a time.
/// </summary>
internal sealed class BackgroundFlush
{
    private readonly Action<string> _flushToDisk;
    private readonly Queue<(int Index, string Path)> _queue = new();
    private readonly object _gate = new();
    private readonly Exception?[] _failures;
    private readonly bool[] _flushed;
    private Thread? _thread;
    private bool _stopping;

    /// <param name="count">How many files the write has.</param>
    /// <param name="flushToDisk">Puts one closed file on disk.</param>
    public BackgroundFlush(int count, Action<string> flushToDisk)
    {
        _flushToDisk = flushToDisk;
        _failures = new Exception?[count];
        _flushed = new bool[count];
    }

    /// <summary>Queues closed file <paramref name="index"/> at <paramref name="path"/>; the thread starts with the first one.</summary>
    public void Add(int index, string path)
    {
        lock (_gate)
        {
            if (_stopping) return;
            _queue.Enqueue((index, path));
            if (_thread is null)
            {
                _thread = new Thread(Run) { IsBackground = true, Name = "MathPlc flush to disk" };
                _thread.Start();
            }
            Monitor.Pulse(_gate);
        }
    }

    /// <summary>
    /// Stops: files still queued are left (the caller flushes them several at a time, or abandons the write), and once the
    /// file being flushed is done, says which files are flushed and their failures.
    /// </summary>
    public (bool[] Flushed, Exception?[] Failures) Stop()
    {
        Thread? thread;
        lock (_gate)
        {
            _stopping = true;
            _queue.Clear();
            Monitor.Pulse(_gate);
            thread = _thread;
        }
        thread?.Join();
        return (_flushed, _failures);
    }

    private void Run()
    {
        while (true)
        {
            (int Index, string Path) next;
            lock (_gate)
            {
                while (_queue.Count == 0 && !_stopping) Monitor.Wait(_gate);
                if (_queue.Count == 0) return;
                next = _queue.Dequeue();
            }
            try
            {
                _flushToDisk(next.Path);
            }
            catch (Exception e)
            {
                _failures[next.Index] = e;
            }
            _flushed[next.Index] = true;
        }
    }
}
