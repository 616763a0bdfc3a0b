using MathPlc.Tests;

namespace MathPlc.Cli.Tests;

/// <summary>
/// <c>mathplc proficiency</c> refusing: a wrong command line is exit 2, bad evidence exit 3 naming file, line and
/// column; nothing on standard output and no output file either way. Its help lists every method and preset.
/// </summary>
public sealed class ProficiencyErrorTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private void AssertRefused(int exitCode, string[] args, params string[] reasons)
    {
        string output = _folder.PathOf("out.csv");
        var result = CliRun.Run([.. args, "--out", output]);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal("", result.Stdout);
        foreach (string reason in reasons) Assert.Contains(reason, result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.DoesNotContain(_folder.FileNames(), name => name.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Theory] // Issue 14 (replacing issue 3's exit 3): an unknown method or preset name is a usage error, exit code 2, naming the value.
    [InlineData("--method \"avg\" is not a calculation method; use one of mean, median, mode,", "--method", "avg")]
    [InlineData("--preset \"canvas\" is not a preset; use one of canvas-decaying-average, canvas-weighted-average,", "--preset", "canvas")]
    public void An_unknown_method_or_preset_name_exits_2_naming_the_value(string reason, params string[] options) =>
        AssertRefused(2, ["proficiency", "--in", _folder.Write("evidence.csv", "student_id,target_id,assessed_on,score\nS-1,6.RP.A.3,2026-09-14,3\n"), .. options], reason);

    [Theory]
    [InlineData("--method mean and --preset canvas-average cannot be used together", "--method", "mean", "--preset", "canvas-average")]
    [InlineData("Give --method NAME or --preset NAME")]
    [InlineData("--decay 0,65 is not a number; write it with a point for decimals", "--method", "decaying-average", "--decay", "0,65")]
    [InlineData("--method decaying-average --decay 1.5: newerWeight", "--method", "decaying-average", "--decay", "1.5")]
    [InlineData("--method decaying-average --decay 0: newerWeight", "--method", "decaying-average", "--decay", "0")]
    [InlineData("--decay 0.5 does not apply to --method mean; it is for decaying-average and weighted-latest", "--method", "mean", "--decay", "0.5")]
    [InlineData("--top 2 does not apply to --method recent-mean; it is for top-mean", "--method", "recent-mean", "--recent", "2", "--top", "2")]
    [InlineData("--no-clamp does not apply to --method mean", "--method", "mean", "--no-clamp")]
    [InlineData("--clamp and --no-clamp cannot be used together", "--method", "power-law", "--clamp", "--no-clamp")]
    [InlineData("--method recent-mean needs --recent N", "--method", "recent-mean")]
    [InlineData("--n 0 is not a whole number of 1 or more", "--method", "n-mastery", "--n", "0")]
    [InlineData("--recent 2.5 is not a whole number of 1 or more", "--method", "recent-mean", "--recent", "2.5")]
    [InlineData("--preset canvas-decaying-average --decay 0.3: canvas-decaying-average takes a weight from 50 % to 99 % in whole percents", "--preset", "canvas-decaying-average", "--decay", "0.3")]
    [InlineData("--round 3, --rounding to-even cannot be used with --preset canvas-average", "--preset", "canvas-average", "--round", "3", "--rounding", "to-even")]
    [InlineData("--round 11: digits", "--method", "mean", "--round", "11")]
    [InlineData("--round -1 is not a whole number of 0 or more", "--method", "mean", "--round", "-1")]
    [InlineData("--rounding ruby needs --round D", "--method", "mean", "--rounding", "ruby")]
    [InlineData("--rounding bankers is not one of away-from-zero, to-even, ruby", "--method", "mean", "--round", "2", "--rounding", "bankers")]
    [InlineData("--mode-ties lowest is not one of highest, most-recent, none", "--method", "mode", "--mode-ties", "lowest")]
    [InlineData("--zero-policy drop is not one of floor-at, exclude, reject", "--method", "power-law", "--zero-policy", "drop")]
    [InlineData("--fit-error sum-of-squared-errors does not apply to --method power-law; it is for best-fit", "--method", "power-law", "--fit-error", "sum-of-squared-errors")]
    [InlineData("--min-evidence 0 is not a whole number of 1 or more", "--method", "mean", "--min-evidence", "0")]
    [InlineData("--scale-min 0 --scale-max 5: give --mastery M, the lowest proficient score, for a scale the command does not know (0 to 4 (Marzano 0–4), 1 to 4 (Four-level 1–4), 0 to 100 (Percent 0–100) are known)", "--method", "mean", "--scale-max", "5")]
    [InlineData("--format md is not one of csv, json", "--method", "mean", "--format", "md")]
    [InlineData("'--bogus'", "--method", "mean", "--bogus")]
    public void A_wrong_command_line_exits_2_before_the_file_is_read(string reason, params string[] options)
    {
        // The evidence file is not even CSV, or does not exist: a usage error comes first.
        foreach (string evidence in new[] { _folder.Write("evidence.csv", "not,a\n\"valid"), _folder.PathOf("missing.csv") })
            AssertRefused(2, ["proficiency", "--in", evidence, .. options], reason, "Run 'mathplc proficiency --help' for usage.");
    }

    [Fact]
    public void The_evidence_file_is_required() =>
        AssertRefused(2, ["proficiency", "--method", "mean"], "--in' is required");

    [Fact]
    public void Every_bad_row_is_exit_3_naming_file_line_column_and_value()
    {
        string evidence = _folder.Write("evidence.csv", """
            student_id,target_id,assessed_on,score
            S-1,6.RP.A.3,2026-09-01,3
            S-1,6.RP.A.3,2026-02-30,2
            S-2,,2026-09-01,three

            """);

        AssertRefused(3, ["proficiency", "--in", evidence, "--method", "mean"],
            $"{evidence}:3:3: bad-date: assessed_on \"2026-02-30\": ",
            $"{evidence}:4:2: empty-id: target_id \"\": ",
            $"{evidence}:4:4: not-a-number: score \"three\": ");
    }

    [Theory]
    [InlineData("5", new string[0], "Marzano 0–4, which runs from 0 to 4")]
    [InlineData("-1", new string[0], "Marzano 0–4, which runs from 0 to 4")]
    [InlineData("0", new[] { "--scale-min", "1" }, "Four-level 1–4, which runs from 1 to 4")]
    public void A_score_off_the_scale_is_exit_3_at_its_place(string score, string[] scale, string why)
    {
        string evidence = _folder.Write("evidence.csv", $"student_id,target_id,assessed_on,score\nS-1,6.RP.A.3,2026-09-01,3\nS-1,6.RP.A.3,2026-09-08,{score}\n");

        AssertRefused(3, ["proficiency", "--in", evidence, "--method", "mean", .. scale],
            $"{evidence}:3:4: off-scale: score \"{score}\": The score is not on the scale {why}.");
    }

    [Fact]
    public void A_missing_evidence_file_is_exit_3_naming_it() =>
        AssertRefused(3, ["proficiency", "--in", _folder.PathOf("nowhere.csv"), "--method", "mean"], $"{_folder.PathOf("nowhere.csv")}: file-not-found");

    [Fact]
    public void A_missing_column_is_exit_3_on_line_1() =>
        AssertRefused(3, ["proficiency", "--in", _folder.Write("evidence.csv", "student_id,target_id,score\nS-1,T,3\n"), "--method", "mean"],
            ":1: missing-column: assessed_on: The required column assessed_on is missing.");

    [Fact]
    public void A_failed_run_leaves_an_earlier_output_file_as_it_was()
    {
        string output = _folder.Write("proficiency.csv", "last week's results");
        string evidence = _folder.Write("evidence.csv", "student_id,target_id,assessed_on,score\nS-1,T,2026-09-01,9\n");

        var result = CliRun.Run("proficiency", "--in", evidence, "--method", "mean", "--out", output);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("last week's results", File.ReadAllText(output));
    }

    [Fact]
    public void Help_lists_every_method_and_every_preset_with_examples()
    {
        var result = CliRun.Run("proficiency", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        string help = result.Stdout.ReplaceLineEndings("\n");
        string[] methods = ["mean", "median", "mode", "highest", "latest", "decaying-average", "weighted-latest", "n-mastery",
            "power-law", "linear-trend", "recent-mean", "recent-median", "top-mean", "best-fit"]; // docs/cli.md
        string methodSection = help.Split("Methods:\n")[1].Split("\n\n")[0];
        Assert.Equal(methods, methodSection.Split('\n').Select(line => line.Trim().Split(' ')[0]));
        string presetSection = help.Split("Presets:\n")[1].Split("\n\n")[0];
        foreach (string preset in new[] { "canvas-decaying-average", "canvas-weighted-average", "canvas-n-mastery", "canvas-highest", "canvas-latest", "canvas-average",
                     "schoology-decaying-average", "powerschool-learning-decaying-average", "masteryconnect-decaying-average" }) // issue 3
            Assert.Contains($"\n  {preset} ", "\n" + presetSection, StringComparison.Ordinal);
        foreach (string option in new[] { "--in", "--method", "--preset", "--decay", "--n", "--mastery-points", "--recent", "--top", "--scale-min", "--scale-max",
                     "--round", "--rounding", "--mode-ties", "--min-evidence", "--clamp", "--no-clamp", "--zero-policy", "--format", "--out",
                     "away-from-zero|to-even|ruby", "highest|most-recent|none", "floor-at|exclude|reject", "Marzano" })
            Assert.Contains(option, help, StringComparison.Ordinal);
        var examples = help.Split("Examples:\n")[1].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(examples.Length >= 3);
        Assert.All(examples, line => Assert.StartsWith("  mathplc proficiency --in evidence.csv ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Root_help_lists_the_proficiency_command_with_an_example() =>
        Assert.Contains("  mathplc proficiency --in evidence.csv", CliRun.Run("--help").Stdout, StringComparison.Ordinal);
}
