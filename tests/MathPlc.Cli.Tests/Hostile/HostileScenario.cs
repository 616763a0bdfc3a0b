namespace MathPlc.Cli.Tests.Hostile;

/// <summary>One input file of a scenario: its name, its text, and whether it is CSV or JSON (how an injected value is quoted).</summary>
internal sealed record HostileFile(string Name, string Text, bool IsJson = false, string? DuplicateSnippet = null);

/// <summary>A number in a file that the extreme values replace: <paramref name="Old"/> becomes <paramref name="Template"/> with {0}.</summary>
internal sealed record NumberSlot(string File, string Old, string Template);

/// <summary>A change to one file that must be refused as bad data or give a documented result (never exit 1), and the code expected on standard error.</summary>
internal sealed record FileEdit(string Label, string File, string Old, string New, string? Code = null);

/// <summary>
/// A valid run of one command (it must exit 0 as written), and where hostile values go: <see cref="IdToken"/> is a whole
/// CSV field or a JSON string's text in every file where it appears, replaced by injection strings; the
/// <see cref="Numbers"/> are replaced by extreme values; every file is also re-encoded and corrupted.
/// </summary>
/// <param name="Command">The command's name.</param>
/// <param name="Files">The input files.</param>
/// <param name="Args">The command line after the command's name, given the full path of each file by name.</param>
/// <param name="Formats">The <c>--format</c> values to try (empty: the command's default only).</param>
/// <param name="IdToken">The text that injection strings replace.</param>
/// <param name="Numbers">The numbers that extreme values replace.</param>
/// <param name="WritesFolder">Whether <c>--out</c> names a folder (<c>cycle</c>) rather than a file.</param>
internal sealed record HostileScenario(
    string Command,
    IReadOnlyList<HostileFile> Files,
    Func<Func<string, string>, string[]> Args,
    IReadOnlyList<string> Formats,
    string IdToken,
    IReadOnlyList<NumberSlot> Numbers,
    bool WritesFolder = false,
    IReadOnlyList<FileEdit>? Edits = null)
{
    /// <inheritdoc/>
    public override string ToString() => Command;
}
