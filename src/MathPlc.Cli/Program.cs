namespace MathPlc.Cli;

/// <summary>The process entry point of the <c>mathplc</c> tool.</summary>
internal static class Program
{
    /// <summary>Runs the command line against the console and returns its exit code.</summary>
    public static int Main(string[] args) => CommandLineApp.Run(args, Console.Out, Console.Error);
}
