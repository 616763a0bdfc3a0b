using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Grading;

/// <summary>
/// Canvas's own spec values and published examples reproduced from the command line, on Canvas's default 0–5
/// outcome scale, on 0–6 and on a custom scale file, for every Canvas method. Sources: instructure/canvas-lms
/// <c>spec/services/outcomes/student_outcome_rollup_calculation_service_spec.rb</c> (scores 1–5: Decaying Average 65
/// → 4.47, legacy decaying/Weighted Average 65 → 4.13, n Number of Times n = 3 → 4 and n = 4 → no rollup, Average →
/// 3, Highest → 5; 1, 2, 4, 5, 3: Most Recent → 3); PowerSchool Learning's help (2, 3 at 65 % → 2.65);
/// reference/grading.md §2 and §3.3 (weighted 1, 3, 5 at 65 % → 3.95; n-mastery n = 2, mastery 3, 2, 3, 4 → 3.5);
/// issue 13 (1, 0.5, 4 at 70 % → Canvas 3.00).
/// </summary>
public sealed class CanvasSpecTests : IDisposable
{
    private static readonly string Evidence = Path.Combine(SharedData.RepositoryRoot, "tests", "data", "grading", "canvas-spec-evidence.csv");
    private static readonly string AccountScale = Path.Combine(SharedData.RepositoryRoot, "tests", "data", "grading", "canvas-account-mastery-scale.json");
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The rows (student, score, level, status) of a successful run.</summary>
    private static string[][] Run(string file, params string[] options)
    {
        var result = CliRun.Run(["proficiency", "--in", file, .. options]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return [.. result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..].Select(line => line.Split(',')).Select(f => new[] { f[0], f[3], f[4], f[5] })];
    }

    public static TheoryData<string[], string, string> SpecValues => new()
    {
        { ["--preset", "canvas-decaying-average"], "common", "4.47" },
        { ["--preset", "canvas-decaying-average", "--decay", "0.65"], "common", "4.47" },
        { ["--preset", "canvas-weighted-average"], "common", "4.13" },
        { ["--preset", "canvas-n-mastery", "--n", "3"], "common", "4" },
        { ["--preset", "canvas-n-mastery", "--n", "3", "--mastery-points", "3"], "common", "4" },
        { ["--preset", "canvas-n-mastery", "--n", "4"], "common", "" },
        { ["--preset", "canvas-average"], "common", "3" },
        { ["--preset", "canvas-highest"], "common", "5" },
        { ["--preset", "canvas-latest"], "latest", "3" },
    };

    [Theory]
    [MemberData(nameof(SpecValues))]
    public void Canvas_spec_values_on_the_default_0_to_5_scale(string[] options, string student, string expected)
    {
        var row = Run(Evidence, options).Single(r => r[0] == student);
        Assert.Equal(expected, row[1]);
        Assert.Equal(expected == "" ? "insufficient_evidence" : "scored", row[3]);
        if (expected != "") Assert.Equal(double.Parse(expected, System.Globalization.CultureInfo.InvariantCulture) >= 5 ? "Exceeds Expectations" : "Meets Expectations", row[2]);
    }

    [Theory]
    [MemberData(nameof(SpecValues))]
    public void Canvas_spec_values_on_a_0_to_6_scale_keep_mastery_at_3(string[] options, string student, string expected)
    {
        var row = Run(Evidence, [.. options, "--scale-max", "6"]).Single(r => r[0] == student);
        Assert.Equal(expected, row[1]);
        if (expected != "") Assert.Equal("Meets Expectations", row[2]);   // 3 ≤ score < 6
    }

    [Fact]
    public void Canvas_methods_on_Canvas_account_mastery_scale_from_a_scale_file()
    {
        // Scores 1, 2, 3, 4 oldest first on Canvas's default account scale (0–4, mastery 3), by hand with Canvas's formulas:
        // decaying 65: 1 → 1·0.35 + 2·0.65 = 1.65 → 1.65·0.35 + 3·0.65 = 2.5275 → 2.5275·0.35 + 4·0.65 = 3.484625 → 3.48 (Mastery);
        // weighted 65: 4·0.65 + 2·0.35 = 3.3 (Mastery); n = 2 at 3: mean(3, 4) = 3.5; average 2.5 (Near Mastery); highest 4; latest 4.
        string file = _folder.Write("four.csv", "student_id,target_id,assessed_on,score\ns,o,2026-09-01,1\ns,o,2026-09-02,2\ns,o,2026-09-03,3\ns,o,2026-09-04,4\n");
        (string Preset, string[] Settings, string Score, string Level)[] cases =
        [
            ("canvas-decaying-average", [], "3.48", "Mastery"),
            ("canvas-weighted-average", [], "3.3", "Mastery"),
            ("canvas-n-mastery", ["--n", "2"], "3.5", "Mastery"),
            ("canvas-average", [], "2.5", "Near Mastery"),
            ("canvas-highest", [], "4", "Exceeds Mastery"),
            ("canvas-latest", [], "4", "Exceeds Mastery"),
        ];
        foreach (var (preset, settings, score, level) in cases)
        {
            var row = Run(file, ["--preset", preset, .. settings, "--scale", AccountScale]).Single();
            Assert.Equal([score, level], row[1..3]);
        }
    }

    [Fact]
    public void Published_examples_and_the_whole_percent_case_of_issue_13()
    {
        string file = _folder.Write("examples.csv", """
            student_id,target_id,assessed_on,score
            psl,o,2026-09-01,2
            psl,o,2026-09-02,3
            weighted,o,2026-09-01,1
            weighted,o,2026-09-02,3
            weighted,o,2026-09-03,5
            nm,o,2026-09-01,2
            nm,o,2026-09-02,3
            nm,o,2026-09-03,4
            issue,o,2026-09-01,1
            issue,o,2026-09-02,0.5
            issue,o,2026-09-03,4

            """);
        Assert.Equal("2.65", Run(file, "--preset", "canvas-decaying-average").Single(r => r[0] == "psl")[1]);
        Assert.Equal("3.95", Run(file, "--preset", "canvas-weighted-average").Single(r => r[0] == "weighted")[1]);
        Assert.Equal("3.5", Run(file, "--preset", "canvas-n-mastery", "--n", "2", "--mastery-points", "3").Single(r => r[0] == "nm")[1]);
        var issue = Run(file, "--preset", "canvas-decaying-average", "--decay", "0.7").Single(r => r[0] == "issue");
        Assert.Equal(["3", "Meets Expectations"], issue[1..3]);   // Canvas 3.00; the fraction form gives 2.99, below mastery
    }

    public static TheoryData<string[], string> DisallowedSettings => new()
    {
        { ["--preset", "canvas-decaying-average", "--decay", "0.3"], "from 50 % to 99 %" },
        { ["--preset", "canvas-decaying-average", "--decay", "1"], "from 50 % to 99 %" },
        { ["--preset", "canvas-decaying-average", "--decay", "0.805"], "whole percents" },
        { ["--preset", "canvas-weighted-average", "--decay", "0.005"], "from 1 % to 99 %" },
        { ["--preset", "canvas-n-mastery", "--n", "11"], "from 1 to 10" },
        { ["--preset", "canvas-n-mastery", "--mastery-points", "7"], "not on the scale" },
        { ["--preset", "canvas-highest", "--decay", "0.7"], "fixes this calculation" },
        { ["--preset", "canvas-decaying-average", "--n", "3"], "only decay" },
        { ["--preset", "canvas-decaying-average", "--round", "3"], "fixes the rounding" },
        { ["--preset", "schoology-decaying-average", "--decay", "0.8"], "fixes this calculation" },
        { ["--preset", "canvas-latest", "--scale-max", "7"], "" },
    };

    [Theory]
    [MemberData(nameof(DisallowedSettings))]
    public void A_setting_the_vendor_does_not_allow_is_a_usage_error_naming_the_allowed_range(string[] options, string expected)
    {
        var result = CliRun.Run(["proficiency", "--in", Evidence, .. options]);
        if (expected == "")
        {
            Assert.Equal(0, result.ExitCode);   // a range of the user's own: linear 0–7 with Canvas's mastery 3
            return;
        }
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }
}
