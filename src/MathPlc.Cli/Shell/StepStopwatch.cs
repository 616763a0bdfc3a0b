using System.Diagnostics;
using System.Globalization;

namespace MathPlc.Cli.Shell;

/// <summary>
/// With <c>MATHPLC_STOPWATCH=1</c> in the environment, the wall and processor time and the peak memory at the end of
/// each step of a long command (<c>cycle</c>, <c>tiers</c>, <c>progress</c>) on standard error: the breakdowns
/// benchmarks/README.md reports (issue 18). Silent otherwise.
/// </summary>
internal sealed class StepStopwatch
{
    private readonly TextWriter _stderr;
    private readonly string _command;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private StepStopwatch(TextWriter stderr, string command) => (_stderr, _command) = (stderr, command);

    /// <summary>A stopwatch for <paramref name="command"/> writing to <paramref name="stderr"/> when <c>MATHPLC_STOPWATCH=1</c>, else null.</summary>
    public static StepStopwatch? On(TextWriter stderr, string command) =>
        Environment.GetEnvironmentVariable("MATHPLC_STOPWATCH") == "1" ? new StepStopwatch(stderr, command) : null;

    /// <summary>Says that <paramref name="step"/> is done, with the times and the peak working set so far.</summary>
    public void Lap(string step)
    {
        using var process = Process.GetCurrentProcess();
        _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mathplc {_command}: {step} at {_clock.Elapsed.TotalMilliseconds:F0} ms, {process.TotalProcessorTime.TotalMilliseconds:F0} ms of processor time, peak {process.PeakWorkingSet64 / 1_000_000:N0} MB"));
    }
}
