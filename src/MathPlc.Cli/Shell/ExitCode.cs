namespace MathPlc.Cli.Shell;

/// <summary>
/// The process exit codes every <c>mathplc</c> command returns, fixed by the command-line contract
/// (<c>docs/cli.md</c>) so scripts can rely on them across versions.
/// </summary>
internal enum ExitCode
{
    /// <summary>The command did its work and wrote its output.</summary>
    Done = 0,

    /// <summary>Anything unexpected: a defect or an environment failure (disk full, permission denied).</summary>
    Unexpected = 1,

    /// <summary>The command line is wrong: an unknown option, a missing or malformed argument, an impossible combination.</summary>
    UsageError = 2,

    /// <summary>An input file is missing or holds bad data; the message names the file, line, column and what is wrong.</summary>
    BadData = 3,
}
