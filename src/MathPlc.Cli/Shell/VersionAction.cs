using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace MathPlc.Cli.Shell;

/// <summary>
/// <c>--version</c>: prints the tool's package version (e.g. <c>0.1.0</c>) on one line. It reads the version of
/// this assembly, not of whatever program hosts it, and leaves out the build metadata after <c>+</c>.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <summary>The version as printed.</summary>
    public static string Version { get; } = ReadVersion();

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return (int)ExitCode.Done;
    }

    private static string ReadVersion()
    {
        var assembly = typeof(VersionAction).Assembly;
        string version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                         ?? assembly.GetName().Version?.ToString()
                         ?? "0.0.0";
        int metadata = version.IndexOf('+', StringComparison.Ordinal);
        return metadata < 0 ? version : version[..metadata];
    }
}
