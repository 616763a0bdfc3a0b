using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Hostile;

/// <summary>
/// Runs one hostile probe of a scenario in-process (<see cref="CliRun"/>) in a fresh temporary folder and checks what
/// issue 14 asks of every command: exit 0, 2 or 3 only; nothing on standard output and no output file unless exit 0;
/// plain messages (no .NET type names, temporary files or internal positions; values cut short); no input value
/// unescaped in HTML or Markdown; no live formula in CSV; no NaN or infinity in any output.
/// </summary>
internal static partial class HostileProbe
{
    /// <summary>What a probe expects of the exit code beyond "0, 2 or 3".</summary>
    public enum Expect
    {
        /// <summary>Any of 0, 2, 3.</summary>
        Any,

        /// <summary>0, with the same output as the scenario as written.</summary>
        SameAsBaseline,

        /// <summary>0.</summary>
        Done,

        /// <summary>2 (usage error).</summary>
        Usage,

        /// <summary>3 (bad data).</summary>
        BadData,
    }

    /// <summary>Builds the output path in the probe's folder (or returns null for standard output).</summary>
    public delegate string? OutSetup(TemporaryFolder folder);

    /// <summary>Runs the probe; returns null when every check holds, else what failed.</summary>
    public static string? Run(HostileScenario scenario, string name, IReadOnlyDictionary<string, byte[]> files, string? format, Expect expect,
        string? baseline = null, OutSetup? outSetup = null, string? stderrMustContain = null, Func<TemporaryFolder, string?>? after = null, string? stdinFile = null,
        Func<TemporaryFolder, bool>? inputSetup = null)
    {
        using var folder = new TemporaryFolder();
        foreach (var (file, bytes) in files) File.WriteAllBytes(folder.PathOf(file), bytes);
        if (inputSetup is not null && !inputSetup(folder)) return null; // the special input cannot be made here (no mkfifo, not root)
        string? output = outSetup?.Invoke(folder);
        if (outSetup is not null && output is null) return null; // the special file cannot be made here (no mkfifo, not root)
        bool outExisted = output is not null && (File.Exists(output) || Directory.Exists(output) || IsLink(output));
        var before = Snapshot(folder.Path);
        string PathOf(string file) => file == stdinFile ? "-" : folder.PathOf(file);
        string[] args = [scenario.Command, .. scenario.Args(PathOf), .. format is null ? [] : (string[])["--format", format], .. output is null ? [] : (string[])["--out", output]];
        var result = stdinFile is null ? CliRun.Run(args) : CliRun.RunWithInput(files[stdinFile], args);

        var problems = new List<string>();
        if (result.ExitCode is not (0 or 2 or 3)) problems.Add($"exit {result.ExitCode}");
        switch (expect)
        {
            case Expect.SameAsBaseline when result.ExitCode != 0 || (baseline is not null && result.Stdout != baseline):
                problems.Add(result.ExitCode != 0 ? $"exit {result.ExitCode}, expected 0" : "output differs from the UTF-8 file's"); break;
            case Expect.Done when result.ExitCode != 0: problems.Add($"exit {result.ExitCode}, expected 0"); break;
            case Expect.Usage when result.ExitCode != 2: problems.Add($"exit {result.ExitCode}, expected 2"); break;
            case Expect.BadData when result.ExitCode != 3: problems.Add($"exit {result.ExitCode}, expected 3"); break;
        }
        if (stderrMustContain is not null && !result.Stderr.Contains(stderrMustContain, StringComparison.Ordinal)) problems.Add($"stderr lacks {stderrMustContain}");
        CheckMessages(result.Stderr, problems);
        if (result.ExitCode != 0)
        {
            if (result.Stdout.Length > 0) problems.Add("standard output written on failure");
            var now = Snapshot(folder.Path);
            foreach (var added in now.Keys.Except(before.Keys)) problems.Add($"left {Path.GetFileName(added)} behind");
            foreach (var (path, stamp) in before)
                if (now.TryGetValue(path, out var later) && later != stamp) problems.Add($"changed {Path.GetFileName(path)}");
            if (output is not null && !outExisted && (File.Exists(output) || Directory.Exists(output))) problems.Add("output written on failure");
        }
        else
        {
            string text = result.Stdout;
            if (output is not null && !scenario.WritesFolder && File.Exists(output)) text = File.ReadAllText(output);
            CheckOutput(text, format ?? scenario.Formats.FirstOrDefault(), problems);
            if (output is not null && scenario.WritesFolder && Directory.Exists(output))
                foreach (var file in Directory.GetFiles(output))
                    CheckOutput(File.ReadAllText(file), Path.GetExtension(file).TrimStart('.'), problems);
            foreach (var extra in Directory.GetFiles(folder.Path, "*.csv").Where(f => !files.ContainsKey(Path.GetFileName(f))))
                CheckOutput(File.ReadAllText(extra), "csv", problems);
        }
        if (after?.Invoke(folder) is { } late) problems.Add(late);
        return problems.Count == 0 ? null : $"{scenario.Command} {name}{(format is null ? "" : " --format " + format)}: {string.Join("; ", problems)} | stderr: {Short(result.Stderr)}";
    }

    /// <summary>What every message must not show (issue 14, cause 7), and that quoted values are short.</summary>
    private static void CheckMessages(string stderr, List<string> problems)
    {
        foreach (string leak in (string[])["System.", "(Parameter '", "LineNumber:", "BytePositionInLine", ".tmp", "could not be converted to MathPlc", "Exception", "   at "])
            if (stderr.Contains(leak, StringComparison.Ordinal)) problems.Add($"stderr shows {leak}");
        foreach (var line in stderr.Split('\n'))
            if (line.Length > 1000) problems.Add($"a stderr line of {line.Length} characters (values must be cut at 80)");
    }

    /// <summary>The checks on a successful output in <paramref name="format"/>.</summary>
    public static void CheckOutput(string text, string? format, List<string> problems)
    {
        foreach (string bad in (string[])["NaN", "Infinity", "∞"])
            if (text.Contains(bad, StringComparison.Ordinal)) problems.Add($"output shows {bad}");
        switch (format)
        {
            case "html" or "md":
                if (text.Contains("<img src=x", StringComparison.OrdinalIgnoreCase)) problems.Add($"{format}: unescaped <img> from input");
                // A Markdown link is live only in Markdown; in HTML, "[x](javascript:…)" is inert text, and a live link is an attribute.
                if ((format == "md" ? UnescapedLink() : LiveHtmlLink()).IsMatch(text)) problems.Add($"{format}: a javascript: link from input");
                break;
            case "csv":
                foreach (var cell in CsvCells(text))
                    if (cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal) && !double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
                    {
                        problems.Add($"csv: live formula {Short(cell)}");
                        break;
                    }
                break;
            case "json":
                try
                {
                    using var _ = JsonDocument.Parse(text);
                }
                catch (JsonException e)
                {
                    problems.Add($"json: not well-formed ({e.Message})");
                }
                break;
        }
    }

    /// <summary>The cells of an RFC 4180 text, quotes removed.</summary>
    public static IEnumerable<string> CsvCells(string text)
    {
        var cell = new StringBuilder();
        bool quoted = false, inQuotes = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') inQuotes = false;
                else cell.Append(c);
                continue;
            }
            if (c == '"' && cell.Length == 0) { inQuotes = quoted = true; continue; }
            if (c is ',' or '\n' or '\r')
            {
                if (cell.Length > 0 || quoted) yield return cell.ToString();
                cell.Clear();
                quoted = false;
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                continue;
            }
            cell.Append(c);
        }
        if (cell.Length > 0) yield return cell.ToString();
    }

    private static Dictionary<string, (long, DateTime)> Snapshot(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(p => p, p => File.Exists(p) ? (new FileInfo(p).Length, File.GetLastWriteTimeUtc(p)) : (-1L, DateTime.MinValue));

    /// <summary>Whether <paramref name="path"/> is a symbolic link (to anything or nothing).</summary>
    public static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static string Short(string text) => text.Length <= 300 ? text.Trim() : text[..300] + "…";

    [GeneratedRegex(@"(?<!\\)\]\(javascript:")]
    private static partial Regex UnescapedLink();

    [GeneratedRegex(@"(href|src|action|formaction|xlink:href)\s*=\s*[""']?\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex LiveHtmlLink();

    /// <summary>Makes a named pipe; false where the C library has no <c>mkfifo</c>.</summary>
    public static bool MakeFifo(string path)
    {
        try
        {
            return NativeMethods.mkfifo(path, 0x1B6) == 0; // 0666
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Makes a character device node like <c>/dev/null</c> (1, 3) or, with <paramref name="minor"/> 5, <c>/dev/zero</c>, in the test's own folder; false unless root.</summary>
    public static bool MakeCharacterDevice(string path, ulong minor = 3)
    {
        if (OperatingSystem.IsWindows() || Environment.UserName != "root") return false;
        try
        {
            return NativeMethods.mknod(path, 0x2000 | 0x1B6, (1UL << 8) | minor) == 0; // S_IFCHR | 0666, makedev(1, minor)
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static class NativeMethods
    {
#pragma warning disable CA2101, SYSLIB1054 // test-only calls into the C library with ASCII temporary paths
        [DllImport("libc", SetLastError = true)]
        public static extern int mkfifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

        [DllImport("libc", SetLastError = true)]
        public static extern int mknod([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode, ulong device);
#pragma warning restore CA2101, SYSLIB1054
    }

}
