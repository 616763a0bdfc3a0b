using System.Globalization;

namespace MathPlc.Cli.Shell;

/// <summary>
/// Progress of long work on standard error, one line rewritten in place (<c>mathplc proficiency: reading… 12,000,000
/// rows</c>), only when standard error is the console and a terminal (docs/cli.md: long work shows progress there
/// and stays silent otherwise). Nothing is shown in the first second, and at most four updates a second after that;
/// the line is cleared when the work ends. Safe to call from several threads.
/// </summary>
/// <remarks>
/// A command asks <see cref="For"/> for one and gets null when progress must not show (standard error redirected to a
/// file or pipe, or a test's captured writer), so the calls cost nothing then: <c>progress?.Phase("…")</c>.
/// </remarks>
internal sealed class TerminalProgress : IProgress<long>, IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1), Every = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _stderr;
    private readonly string _command;
    private readonly Func<TimeSpan> _clock;
    private readonly Lock _lock = new();
    private string _phase = "working";
    private long _count = -1;
    private TimeSpan _shown = TimeSpan.FromDays(-1);
    private int _width;

    internal TerminalProgress(TextWriter stderr, string command, Func<TimeSpan> clock)
    {
        _stderr = stderr;
        _command = command;
        _clock = clock;
    }

    /// <summary>Progress for <paramref name="command"/> on <paramref name="stderr"/>, or null unless it is the console's standard error and a terminal.</summary>
    /// <param name="stderr">The command's standard error writer.</param>
    /// <param name="command">The command's words, e.g. <c>mathplc proficiency</c>.</param>
    public static TerminalProgress? For(TextWriter stderr, string command)
    {
        if (!ReferenceEquals(stderr, Console.Error) || Console.IsErrorRedirected) return null;
        var started = System.Diagnostics.Stopwatch.StartNew();
        return new TerminalProgress(stderr, command, () => started.Elapsed);
    }

    /// <summary>Starts a phase (e.g. <c>reading</c>, <c>writing</c>); the count is cleared.</summary>
    /// <param name="phase">The phase, in a few plain words.</param>
    public void Phase(string phase)
    {
        lock (_lock)
        {
            _phase = phase;
            _count = -1;
            Show();
        }
    }

    /// <summary>How many rows the phase has done so far.</summary>
    /// <param name="value">The rows done.</param>
    public void Report(long value)
    {
        lock (_lock)
        {
            _count = value;
            Show();
        }
    }

    /// <summary>Clears the line, if anything was shown.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_width == 0) return;
            _stderr.Write('\r' + new string(' ', _width) + '\r');
            _stderr.Flush();
            _width = 0;
        }
    }

    private void Show()
    {
        var now = _clock();
        if (now < Quiet || now - _shown < Every) return;
        _shown = now;
        string line = _count < 0
            ? $"{_command}: {_phase}…"
            : string.Create(CultureInfo.InvariantCulture, $"{_command}: {_phase}… {_count:N0} rows");
        _stderr.Write('\r' + line.PadRight(_width));
        _stderr.Flush();
        _width = Math.Max(_width, line.Length);
    }
}
