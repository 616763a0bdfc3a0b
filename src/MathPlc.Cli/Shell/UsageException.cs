namespace MathPlc.Cli.Shell;

/// <summary>
/// A usage error found after the command line parsed: values that are each well formed but do not fit
/// together or with the data (<c>--to</c> before <c>--from</c>, <c>--nth</c> past the last instructional day).
/// </summary>
/// <remarks>The command runner turns it into <see cref="ExitCode.UsageError"/> with the message on standard error.</remarks>
internal sealed class UsageException(string message) : Exception(message);
