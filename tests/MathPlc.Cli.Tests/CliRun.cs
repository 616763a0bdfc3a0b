using System.Globalization;
using MathPlc.Cli;

namespace MathPlc.Cli.Tests;

/// <summary>What one run of the command line produced.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the real <c>mathplc</c> command line in this process, capturing standard output and standard error.</summary>
internal static class CliRun
{
    /// <summary>Runs <paramref name="args"/> under the German culture (comma decimals, other date order) to prove the output ignores it.</summary>
    public static CliResult Run(params string[] args) => RunIn("de-DE", args);

    /// <summary>Runs <paramref name="args"/> (under de-DE) with <paramref name="stdin"/> as standard input, read by an input given as <c>-</c>.</summary>
    public static CliResult RunWithInput(byte[] stdin, params string[] args) => RunIn("de-DE", args, () => new MemoryStream(stdin, writable: false));

    /// <summary>Runs <paramref name="args"/> (under de-DE) with <paramref name="stdin"/> as standard input that cannot seek, as a pipe's cannot.</summary>
    public static CliResult RunWithPipedInput(byte[] stdin, params string[] args) => RunIn("de-DE", args, () => new PipedBytes(stdin));

    /// <summary>Runs <paramref name="args"/> with <paramref name="culture"/> as the current culture and UI culture of the thread.</summary>
    public static CliResult RunIn(string culture, params string[] args) => RunIn(culture, args, null);

    private static CliResult RunIn(string culture, string[] args, Func<Stream>? stdin)
    {
        var (savedCulture, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var stdout = new StringWriter(CultureInfo.InvariantCulture);
        var stderr = new StringWriter(CultureInfo.InvariantCulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            int exitCode = CommandLineApp.Run(args, stdout, stderr, stdin ?? (() => Stream.Null));
            return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (savedCulture, savedUi);
        }
    }
}

/// <summary>Bytes that read like a pipe's: no seeking.</summary>
internal sealed class PipedBytes(byte[] bytes) : MemoryStream(bytes, writable: false)
{
    public override bool CanSeek => false;
}
