namespace MathPlc.Cli.Cycle;

/// <summary>
/// Progress of <c>mathplc cycle</c> on standard error, only when standard error is the console and a terminal: a script
/// or a test that captures standard error sees nothing but errors (<c>docs/cli.md</c>: long work shows progress on a terminal,
/// and stays silent when it is not one).
/// </summary>
internal sealed class CycleProgress(TextWriter stderr)
{
    private readonly bool _show = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>Says which step starts.</summary>
    public void Step(string what)
    {
        if (_show) stderr.WriteLine($"mathplc cycle: {what}…");
    }
}
