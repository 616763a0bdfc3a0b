using MathPlc.Interop;
using MathPlc.Interop.Csv;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Hostile;

/// <summary>Issue 14: one test per cause at the shared code it was fixed in (output paths, exit codes, CSV formulas, messages, stdin).</summary>
public sealed class RootCauseTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact] // Cause 2: a rename would have put a regular file where the pipe was.
    public void OutputFile_never_replaces_a_named_pipe()
    {
        string pipe = _folder.PathOf("pipe");
        if (!HostileProbe.MakeFifo(pipe)) return; // no mkfifo on this system
        Assert.Throws<OutputPathException>(() => OutputFile.WriteText(pipe, "x"));
        Assert.Equal(0, new FileInfo(pipe).Length);
        Assert.Equal(["pipe"], _folder.FileNames());
    }

    [Fact] // Input paths: a named pipe no one writes to is refused before it is opened (opening it would wait for ever).
    public void An_input_that_is_a_named_pipe_is_bad_data_not_a_hang()
    {
        string pipe = _folder.PathOf("calendar.json");
        if (!HostileProbe.MakeFifo(pipe)) return; // no mkfifo on this system
        var error = Assert.Throws<DataFileException>(() => MathPlc.Interop.Json.CalendarJson.ReadFile(pipe));
        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((InputPath.NotAFileCode, pipe), (problem.Code, problem.File));
        Assert.Contains("a named pipe", problem.Message, StringComparison.Ordinal);
        var link = File.CreateSymbolicLink(_folder.PathOf("link.json"), pipe);
        Assert.Equal(InputPath.NotAFileCode, Assert.Single(Assert.Throws<DataFileException>(() => InputPath.OpenRead(link.FullName)).Diagnostics).Code);
    }

    [Fact] // Input paths, as root only (mknod), in the test's own folder — never the system's /dev: a device like /dev/zero never ends.
    public void An_input_that_is_a_character_device_is_bad_data()
    {
        string device = _folder.PathOf("zero");
        if (!HostileProbe.MakeCharacterDevice(device, minor: 5)) return; // not root
        var problem = Assert.Single(Assert.Throws<DataFileException>(() => InputPath.OpenRead(device)).Diagnostics);
        Assert.Equal(InputPath.NotAFileCode, problem.Code);
        Assert.Contains("a character device", problem.Message, StringComparison.Ordinal);
        var cli = CliRun.Run("calendar", "--calendar", device);
        Assert.Equal(3, cli.ExitCode);
        Assert.Contains("not-a-file", cli.Stderr, StringComparison.Ordinal);
    }

    [Fact] // Input paths: a folder is not a file, and a link to a regular file is read through.
    public void An_input_folder_is_bad_data_and_a_link_to_a_file_is_read()
    {
        Assert.Equal(InputPath.NotAFileCode, Assert.Single(Assert.Throws<DataFileException>(() => InputPath.OpenRead(_folder.Path)).Diagnostics).Code);
        string real = _folder.Write("real.csv", "student_id,target_id,assessed_on,score\ns1,t1,2026-09-14,3\n");
        var link = File.CreateSymbolicLink(_folder.PathOf("link.csv"), real);
        Assert.Single(EvidenceCsv.ReadFile(link.FullName).Value);
        Assert.Throws<FileNotFoundException>(() => InputPath.OpenRead(_folder.PathOf("missing.csv")));
    }

    [Fact] // Cause 2, as root only (mknod), in the test's own folder — never the system's /dev.
    public void OutputFile_never_replaces_a_device_node()
    {
        string device = _folder.PathOf("null");
        if (!HostileProbe.MakeCharacterDevice(device)) return; // not root
        var error = Assert.Throws<OutputPathException>(() => OutputFile.WriteText(device, "x"));
        Assert.Contains("device", error.Reason, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(device).Length);
    }

    [Fact] // Cause 2, the documented choice: a link is followed to the regular file it points to, and stays a link.
    public void OutputFile_writes_through_a_link_to_a_regular_file_and_refuses_other_links()
    {
        string real = _folder.Write("real.csv", "old");
        var link = File.CreateSymbolicLink(_folder.PathOf("link.csv"), real);
        OutputFile.WriteText(link.FullName, "new");
        Assert.Equal("new", File.ReadAllText(real));
        Assert.NotNull(new FileInfo(link.FullName).LinkTarget);

        var dangling = File.CreateSymbolicLink(_folder.PathOf("dangling.csv"), _folder.PathOf("nowhere.csv"));
        Assert.Throws<OutputPathException>(() => OutputFile.WriteText(dangling.FullName, "x"));
        Assert.False(File.Exists(_folder.PathOf("nowhere.csv")));
        var toFolder = File.CreateSymbolicLink(_folder.PathOf("folder-link"), Directory.CreateDirectory(_folder.PathOf("d")).FullName);
        Assert.Throws<OutputPathException>(() => OutputFile.WriteText(toFolder.FullName, "x"));
    }

    [Fact] // Causes 2 and 5: a missing folder, a path under a file and a folder are output path errors in plain words.
    public void OutputFile_explains_a_missing_folder_a_path_under_a_file_and_a_folder()
    {
        string file = _folder.Write("plain.txt", "x");
        Assert.Contains("does not exist", Assert.Throws<OutputPathException>(() => OutputFile.WriteText(_folder.PathOf("no/out.csv"), "x")).Reason, StringComparison.Ordinal);
        Assert.Contains("is a file", Assert.Throws<OutputPathException>(() => OutputFile.WriteText(Path.Combine(file, "out.csv"), "x")).Reason, StringComparison.Ordinal);
        Assert.Contains("folder", Assert.Throws<OutputPathException>(() => OutputFile.WriteText(_folder.Path, "x")).Reason, StringComparison.Ordinal);
    }

    [Theory] // Cause 5: output path problems are usage errors (2), with no .NET type or temporary file names.
    [InlineData("missing/out.csv", "does not exist")]
    [InlineData("plain.txt/out.csv", "is a file")]
    [InlineData("calendar.json", "is also given to --calendar")]
    public void An_output_path_problem_exits_2_in_plain_words(string output, string words)
    {
        _folder.Write("plain.txt", "x");
        string calendar = _folder.Write("calendar.json", FiveWeekCalendar.Json);
        var result = CliRun.Run("calendar", "--calendar", calendar, "--format", "csv", "--out", _folder.PathOf(output));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(words, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(FiveWeekCalendar.Json, File.ReadAllText(calendar));
    }

    [Fact] // Cause 4: tiers --groups X --out X lost the groups table.
    public void Tiers_refuses_the_same_file_for_the_groups_and_the_output()
    {
        string proficiency = _folder.Write("p.csv", "student_id,target_id,score,status\ns1,t1,2,scored\n");
        var result = CliRun.Run("tiers", "--in", proficiency, "--groups", _folder.PathOf("x.csv"), "--out", _folder.PathOf("x.csv"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.PathOf("x.csv")));
    }

    [Fact] // Cause 6: CSV output is neutralised by default; --csv-raw writes cells as they are.
    public void Csv_output_neutralises_formulas_unless_csv_raw()
    {
        string calendar = _folder.Write("calendar.json", """{ "firstDay": "2026-08-31", "lastDay": "2026-09-04", "nonInstructional": [ { "name": "=HYPERLINK(\"http://x\")", "date": "2026-09-01" } ] }""");
        Assert.Contains(",\"'=HYPERLINK(", CliRun.Run("calendar", "--calendar", calendar, "--format", "csv").Stdout, StringComparison.Ordinal);
        Assert.Contains(",\"=HYPERLINK(", CliRun.Run("calendar", "--calendar", calendar, "--format", "csv", "--csv-raw").Stdout, StringComparison.Ordinal);
    }

    [Fact] // Cause 6 for the cycle, which writes its CSVs into the --out folder: neutralised by default, raw with --csv-raw.
    public void Cycle_csv_files_neutralise_formulas_unless_csv_raw()
    {
        using var files = Cycle.CycleFiles.Sample();
        string code = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(files.Unit), "\"code\": \"([^\"]+)\"").Groups[1].Value;
        Cycle.CycleFiles.Edit(files.Unit, $"\"code\": \"{code}\"", "\"code\": \"=HYPERLINK(1)\"");
        string[] args = ["cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster, "--out"];
        var neutral = CliRun.Run([.. args, files.PathOf("neutral")]);
        var raw = CliRun.Run([.. args, files.PathOf("raw"), "--csv-raw"]);
        Assert.True(neutral.ExitCode == 0 && raw.ExitCode == 0, neutral.Stderr + raw.Stderr);
        foreach (string csv in (string[])["plan.csv", "proficiency.csv", "groups.csv"])
        {
            Assert.Contains(",'=HYPERLINK(1)", File.ReadAllText(Path.Combine(files.PathOf("neutral"), csv)), StringComparison.Ordinal);
            string rawText = File.ReadAllText(Path.Combine(files.PathOf("raw"), csv));
            Assert.Contains(",=HYPERLINK(1)", rawText, StringComparison.Ordinal);
            Assert.DoesNotContain("'=", rawText, StringComparison.Ordinal);
        }
    }

    [Fact] // Cause 1 for the other commands: a calendar name is escaped in Markdown.
    public void Markdown_escapes_a_calendar_name()
    {
        string calendar = _folder.Write("calendar.json", """{ "firstDay": "2026-08-31", "lastDay": "2026-09-04", "nonInstructional": [ { "name": "<img src=x onerror=alert(1)> | [x](javascript:y)", "date": "2026-09-01" } ] }""");
        string md = CliRun.Run("calendar", "--calendar", calendar, "--format", "md").Stdout;
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; \\| \\[x\\](javascript:y)", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", md, StringComparison.Ordinal);
    }

    [Fact] // Cause 7: --in - reads standard input, once.
    public void Standard_input_is_read_for_a_dash_and_only_once()
    {
        var result = CliRun.RunWithInput(System.Text.Encoding.UTF8.GetBytes(FiveWeekCalendar.Json), "calendar", "--calendar", "-", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("\"instructionalDays\": 21", result.Stdout, StringComparison.Ordinal);
        var bad = CliRun.RunWithInput(System.Text.Encoding.UTF8.GetBytes("{"), "calendar", "--calendar", "-");
        Assert.Equal(3, bad.ExitCode);
        Assert.StartsWith("<stdin>:", bad.Stderr, StringComparison.Ordinal);
        var twice = CliRun.RunWithInput(System.Text.Encoding.UTF8.GetBytes(FiveWeekCalendar.Json), "pacing", "--calendar", "-", "--units", "-");
        Assert.Equal(2, twice.ExitCode);
    }
}
