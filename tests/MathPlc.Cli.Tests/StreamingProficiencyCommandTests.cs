using System.Diagnostics;
using System.Globalization;
using System.Text;
using MathPlc.Cli.Grading;
using MathPlc.Cli.Shell;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests;

/// <summary>
/// <c>mathplc proficiency --memory-limit</c> (issue 18, decision 0101) from the command line: a limit small enough to
/// spill every row gives the same output as the default, a size that is not one is a usage error, temporary files that
/// cannot be written are an error with no output; and the progress line (<see cref="TerminalProgress"/>) never reaches
/// a captured standard error.
/// </summary>
public sealed class StreamingProficiencyCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Evidence(int rows)
    {
        var text = new StringBuilder("student_id,target_id,assessed_on,score\n");
        var random = new Random(18);
        for (int i = 0; i < rows; i++)
            text.Append(CultureInfo.InvariantCulture, $"S-{random.Next(rows / 10 + 1)},T{random.Next(4)},2026-09-{random.Next(1, 29):D2},{random.Next(9) / 2.0}\n");
        return _folder.Write("evidence.csv", text.ToString());
    }

    [Theory]
    [InlineData("1")]      // one byte: every row spilled, into as many partitions as the rows call for
    [InlineData("1K")]
    [InlineData("4KiB")]
    public void A_memory_limit_that_spills_every_row_writes_the_same_output(string limit)
    {
        string evidence = Evidence(3000);
        var unlimited = CliRun.Run("proficiency", "--in", evidence, "--method", "median");
        var spilled = CliRun.Run("proficiency", "--in", evidence, "--method", "median", "--memory-limit", limit);
        Assert.Equal(0, unlimited.ExitCode);
        Assert.Equal(0, spilled.ExitCode);
        Assert.Equal("", spilled.Stderr);
        Assert.StartsWith("student_id,target_id,method,score,level,status,evidence_used,evidence_excluded\r\n", spilled.Stdout, StringComparison.Ordinal);
        Assert.Equal(unlimited.Stdout, spilled.Stdout);
    }

    [Fact]
    public void A_spilled_run_writes_its_out_file_and_leaves_no_temporary_file()
    {
        string evidence = Evidence(2000);
        string output = _folder.PathOf("out.csv");
        var result = CliRun.Run("proficiency", "--in", evidence, "--method", "mean", "--memory-limit", "1", "--out", output);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(CliRun.Run("proficiency", "--in", evidence, "--method", "mean").Stdout, File.ReadAllText(output));
        Assert.Equal(["evidence.csv", "out.csv"], _folder.FileNames());
        Assert.Empty(Directory.GetFiles(Path.GetTempPath(), "mathplc-spill-*"));   // unlinked as soon as they were open
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("12X")]
    [InlineData("1.5G")]
    [InlineData("G")]
    [InlineData("99999999999G")]
    public void A_memory_limit_that_is_not_a_size_is_a_usage_error(string limit)
    {
        var result = CliRun.Run("proficiency", "--in", Evidence(10), "--method", "mean", "--memory-limit", limit);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--memory-limit {limit} is not a size", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Theory]
    [InlineData("1048576", 1L << 20)]
    [InlineData("512M", 512L << 20)]
    [InlineData("512mb", 512L << 20)]
    [InlineData("2G", 2L << 30)]
    [InlineData("3GiB", 3L << 30)]
    [InlineData("64k", 64L << 10)]
    [InlineData("7B", 7L)]
    public void Sizes_are_bytes_or_binary_multiples(string text, long bytes)
    {
        Assert.True(MemoryLimit.TryParse(text, out long parsed));
        Assert.Equal(bytes, parsed);
    }

    [Fact]
    public void Temporary_files_that_cannot_be_written_are_an_error_naming_the_folder_with_no_output()
    {
        string evidence = Evidence(500);
        string output = _folder.PathOf("out.csv");
        string missing = Path.Combine(_folder.Path, "no-such-folder");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { ToolProcess.ToolPath, "proficiency", "--in", evidence, "--method", "mean", "--memory-limit", "1", "--out", output },
            Environment = { ["TMPDIR"] = missing },
        };
        using var process = Process.Start(start)!;
        string stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)));
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("mathplc proficiency: unexpected error: temporary files in " + missing[..20], stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Progress_is_never_shown_on_a_captured_standard_error()
    {
        Assert.Null(TerminalProgress.For(new StringWriter(), "mathplc proficiency"));
        var result = CliRun.Run("proficiency", "--in", Evidence(5000), "--method", "mean", "--memory-limit", "1K");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Progress_waits_a_second_shows_the_phase_and_rows_at_most_four_times_a_second_and_clears_its_line()
    {
        var clock = TimeSpan.Zero;
        var stderr = new StringWriter();
        var progress = new TerminalProgress(stderr, "mathplc proficiency", () => clock);
        progress.Phase("reading");
        progress.Report(1_000_000);
        Assert.Equal("", stderr.ToString());   // under a second: nothing

        clock = TimeSpan.FromSeconds(1.2);
        progress.Report(2_000_000);
        Assert.Equal("\rmathplc proficiency: reading… 2,000,000 rows", stderr.ToString());
        clock = TimeSpan.FromSeconds(1.3);
        progress.Report(3_000_000);   // 0.1 s later: not shown
        Assert.Equal("\rmathplc proficiency: reading… 2,000,000 rows", stderr.ToString());

        clock = TimeSpan.FromSeconds(1.5);
        progress.Phase("writing");   // shorter: padded over the longer line
        string line = "\rmathplc proficiency: writing…";
        Assert.EndsWith(line + new string(' ', "mathplc proficiency: reading… 2,000,000 rows".Length - line.Length + 1), stderr.ToString(), StringComparison.Ordinal);

        progress.Dispose();
        Assert.EndsWith("\r" + new string(' ', "mathplc proficiency: reading… 2,000,000 rows".Length) + "\r", stderr.ToString(), StringComparison.Ordinal);
    }
}
