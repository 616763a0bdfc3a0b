using System.Diagnostics;
using System.Globalization;

namespace MathPlc.Cli.Cycle;

/// <summary>
/// With <c>MATHPLC_STOPWATCH=1</c> in the environment, the wall and processor time and the memory at the end of each
/// step of <c>mathplc cycle</c> on standard error: the breakdown benchmarks/README.md reports (issue 18). Silent otherwise.
/// </summary>
internal sealed class CycleStopwatch
{
    private readonly TextWriter _stderr;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private CycleStopwatch(TextWriter stderr) => _stderr = stderr;

    /// <summary>A stopwatch writing to <paramref name="stderr"/> when <c>MATHPLC_STOPWATCH=1</c>, else null.</summary>
    public static CycleStopwatch? On(TextWriter stderr) =>
        Environment.GetEnvironmentVariable("MATHPLC_STOPWATCH") == "1" ? new CycleStopwatch(stderr) : null;

    /// <summary>Says that <paramref name="step"/> is done, with the times and the peak working set so far.</summary>
    public void Lap(string step)
    {
        using var process = Process.GetCurrentProcess();
        _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mathplc cycle: {step} at {_clock.Elapsed.TotalMilliseconds:F0} ms, {process.TotalProcessorTime.TotalMilliseconds:F0} ms of processor time, peak {process.PeakWorkingSet64 / 1_000_000:N0} MB"));
    }
}
