using System.Globalization;
using System.Text.Json;
using MathPlc.Grading;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests;

/// <summary>
/// <c>mathplc proficiency</c> on real files in a temporary folder; every expected score is worked out by hand from
/// <see cref="ProficiencyFiles"/> (or, for the Canvas arithmetic and the power law, with the formula of
/// reference/grading.md written out in a few lines of Python, independent of the code under test).
/// </summary>
public sealed class ProficiencyCommandTests : IDisposable
{
    private const string Header = "student_id,target_id,method,score,level,status,evidence_used,evidence_excluded";
    private readonly TemporaryFolder _folder = new();
    private readonly string _evidence;

    public ProficiencyCommandTests() => _evidence = _folder.Write("evidence.csv", ProficiencyFiles.Evidence);

    public void Dispose() => _folder.Dispose();

    private CliResult Proficiency(params string[] options) => Succeeds(CliRun.Run(["proficiency", "--in", _evidence, .. options]));

    private static CliResult Succeeds(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal("", result.Stderr);
        return result;
    }

    /// <summary>The data rows of a CSV output, each split into its eight fields.</summary>
    private static string[][] Rows(string csv)
    {
        string[] lines = csv.Split("\r\n");
        Assert.Equal(Header, lines[0]);
        Assert.Equal("", lines[^1]);
        return [.. lines[1..^1].Select(line => line.Split(','))];
    }

    /// <summary>The score column of each series in output order, as numbers (null when empty).</summary>
    private string?[] Scores(params string[] options) => [.. Rows(Proficiency(options).Stdout).Select(row => row[3] == "" ? null : row[3])];

    private static void AssertScores(double?[] expected, string?[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            if (expected[i] is not { } e) Assert.Null(actual[i]);
            else Assert.Equal(e, double.Parse(actual[i]!, CultureInfo.InvariantCulture), precision: 12);
        }
    }

    [Fact]
    public void Mean_writes_one_row_per_student_and_target_with_level_status_and_counts()
    {
        // S-1/6.EE.A.1: (1 + 3 + 4) / 3 = 2.666…, level 2 (floor); S-1/6.RP.A.3: (2 + 3) / 2 = 2.5; S-2: nothing counts; S-3: 10 / 4 = 2.5.
        string expected = string.Join("\r\n",
            Header,
            "S-1,6.EE.A.1,mean,2.6666666666666665,Simpler content,scored,3,1",
            "S-1,6.RP.A.3,mean,2.5,Simpler content,scored,2,0",
            "S-2,6.RP.A.3,mean,,,insufficient_evidence,0,2",
            "S-3,6.NS.B.2,mean,2.5,Simpler content,scored,4,0",
            "");
        Assert.Equal(expected, Proficiency("--method", "mean").Stdout);
    }

    [Fact] // PowerSchool Learning's example: 2 then 3 with w = 0.65 → 2.65; then 1, 3, 4 → 2.3 → 3.405; 4, 4, 1, 1 → 4, 2.05, 1.3675.
    public void Decaying_average_weighs_each_newer_score_by_decay() =>
        AssertScores([3.405, 2.65, null, 1.3675], Scores("--method", "decaying-average", "--decay", "0.65"));

    [Fact] // w = 0.75 (Schoology): 1, 3, 4 → 2.5 → 3.625; 2, 3 → 2.75; 4, 4, 1, 1 → 4, 1.75, 1.1875.
    public void Decay_sets_the_weight() =>
        AssertScores([3.625, 2.75, null, 1.1875], Scores("--method", "decaying-average", "--decay", "0.75"));

    [Fact] // 0.65 · latest + 0.35 · mean(earlier): 0.65·4 + 0.35·2 = 3.3; 0.65·3 + 0.35·2 = 2.65; 0.65·1 + 0.35·3 = 1.7.
    public void Weighted_latest_weighs_the_latest_against_the_mean_of_the_rest() =>
        AssertScores([3.3, 2.65, null, 1.7], Scores("--method", "weighted-latest"));

    [Theory]
    [InlineData("median", 3.0, 2.5, 2.5)]
    [InlineData("highest", 4.0, 3.0, 4.0)]
    [InlineData("latest", 4.0, 3.0, 1.0)]
    public void Order_and_rank_methods_pick_the_right_score(string method, double a, double b, double d) =>
        AssertScores([a, b, null, d], Scores("--method", method));

    [Theory] // reference/grading.md §6: 4, 4, 1, 1 → highest 4, most recent 1, none: no score.
    [InlineData(null, 4.0, 3.0, 4.0)]
    [InlineData("highest", 4.0, 3.0, 4.0)]
    [InlineData("most-recent", 4.0, 3.0, 1.0)]
    [InlineData("none", null, null, null)]
    public void Mode_ties_follow_the_tie_rule(string? ties, double? a, double? b, double? d) =>
        AssertScores([a, b, null, d], Scores(["--method", "mode", .. ties is null ? Array.Empty<string>() : ["--mode-ties", ties]]));

    [Fact] // Canvas n_mastery (grading.md §3.3): n = 2, mastery 3: 1, 3, 4 keeps 3, 4 → 3.5; 2, 3 keeps only 3 → none; 4, 4, 1, 1 → 4.
    public void N_mastery_needs_n_scores_at_mastery() =>
        AssertScores([3.5, null, null, 4.0], Scores("--method", "n-mastery", "--n", "2", "--mastery-points", "3"));

    [Fact] // Canvas's default n = 5: no series has five scores.
    public void N_mastery_defaults_to_five() =>
        AssertScores([null, null, null, null], Scores("--method", "n-mastery"));

    [Theory]
    [InlineData("recent-mean", "--recent", "2", 3.5, 2.5, 1.0)]   // (3 + 4) / 2; (2 + 3) / 2; (1 + 1) / 2
    [InlineData("recent-median", "--recent", "3", 3.0, 2.5, 1.0)] // median 1, 3, 4; median 2, 3 (all there is); median 4, 1, 1
    [InlineData("top-mean", "--top", "2", 3.5, 2.5, 4.0)]         // (4 + 3) / 2; (3 + 2) / 2; (4 + 4) / 2
    public void Counting_methods_use_their_count(string method, string option, string count, double a, double b, double d) =>
        AssertScores([a, b, null, d], Scores("--method", method, option, count));

    [Fact] // Educate's "Average of 3 Highest": (4 + 3 + 1) / 3; (3 + 2) / 2 (fewer than three: what exists); (4 + 4 + 1) / 3.
    public void Top_mean_defaults_to_the_three_highest() =>
        AssertScores([8.0 / 3, 2.5, null, 3.0], Scores("--method", "top-mean"));

    [Fact] // Least squares on (i, score): 1, 3, 4 → slope 1.5 through (2, 8/3) → 4.1666… at i = 3, above the scale's 4;
           // 2, 3 → 3; 4, 4, 1, 1 → slope −1.2 through (2.5, 2.5) → 0.7 at i = 4.
    public void Linear_trend_is_clamped_to_the_scale_unless_told_not_to()
    {
        AssertScores([4.0, 3.0, null, 0.7], Scores("--method", "linear-trend"));
        AssertScores([4.0, 3.0, null, 0.7], Scores("--method", "linear-trend", "--clamp"));
        AssertScores([8.0 / 3 + 1.5, 3.0, null, 0.7], Scores("--method", "linear-trend", "--no-clamp"));
        Assert.Equal("Beyond the target", Rows(Proficiency("--method", "linear-trend", "--no-clamp").Stdout)[0][4]); // beyond the top: the top level
    }

    [Fact] // Power law (grading.md §4.1) on 1, 3, 4 read at i = 3: 4.3858808589714… (worked in Python), clamped to 4; on 2, 3: 3 exactly.
    public void Power_law_is_clamped_to_the_scale_unless_told_not_to()
    {
        AssertScores([4.0, 3.0, null, 1.015382907654005], Scores("--method", "power-law"));
        AssertScores([4.385880858971447, 3.0, null, 1.015382907654005], Scores("--method", "power-law", "--no-clamp"));
    }

    [Theory] // Fit errors worked in Python: on 1, 3, 4 the line (SAD 0.667, SSE 0.167) beats the power law (0.849, 0.318) and the
             // mean (3.333, 4.667); on 4, 4, 1, 1 the line (2.4, 1.8) beats the power law (3.15, 4.18) and the mean (6, 9); 2, 3 fit exactly.
    [InlineData("sum-of-absolute-errors")]
    [InlineData("sum-of-squared-errors")]
    public void Best_fit_reports_the_best_fitting_estimate(string measure)
    {
        AssertScores([4.0, 3.0, null, 0.7], Scores("--method", "best-fit", "--fit-error", measure));
        AssertScores([8.0 / 3 + 1.5, 3.0, null, 0.7], Scores("--method", "best-fit", "--fit-error", measure, "--no-clamp"));
    }

    [Fact]
    public void A_zero_reaches_the_power_law_only_by_the_zero_policy()
    {
        string file = _folder.Write("zero.csv", "student_id,target_id,assessed_on,score\nS-1,T,2026-09-01,0\nS-1,T,2026-09-08,2\n");
        var reject = Rows(Succeeds(CliRun.Run("proficiency", "--in", file, "--method", "power-law", "--zero-policy", "reject")).Stdout);
        Assert.Equal(["S-1", "T", "power-law", "", "", "insufficient_evidence", "2", "0"], reject[0]);
        var exclude = Rows(Succeeds(CliRun.Run("proficiency", "--in", file, "--method", "power-law", "--zero-policy", "exclude")).Stdout);
        Assert.Equal("2", exclude[0][3]); // one positive score left: that score
    }

    [Fact] // canvas-decaying-average: Canvas's factors 0.01·35 and 0.01·65, then Ruby's round(2): 3.405… → 3.41, 2.65, 1.3675… → 1.37.
    public void A_canvas_preset_rounds_to_the_cent_as_canvas_does()
    {
        // Levels from Canvas's default outcome scale (0–5; 3 Meets Expectations), the preset's vendor scale (issue 13).
        string expected = string.Join("\r\n",
            Header,
            "S-1,6.EE.A.1,canvas-decaying-average,3.41,Meets Expectations,scored,3,1",
            "S-1,6.RP.A.3,canvas-decaying-average,2.65,Does Not Meet Expectations,scored,2,0",
            "S-2,6.RP.A.3,canvas-decaying-average,,,insufficient_evidence,0,2",
            "S-3,6.NS.B.2,canvas-decaying-average,1.37,Does Not Meet Expectations,scored,4,0",
            "");
        Assert.Equal(expected, Proficiency("--preset", "canvas-decaying-average").Stdout);
    }

    [Fact] // Canvas "Average": 8/3 → 2.67; 2.5; 2.5.
    public void Canvas_average_rounds_the_mean_to_two_decimals() =>
        Assert.Equal(new string?[] { "2.67", "2.5", null, "2.5" }, Scores("--preset", "canvas-average"));

    [Theory]
    [InlineData(new string[0], "1", "2.13")]
    [InlineData(new[] { "--rounding", "away-from-zero" }, "1", "2.13")]
    [InlineData(new[] { "--rounding", "to-even" }, "1", "2.12")]
    [InlineData(new[] { "--rounding", "ruby" }, "1.01", "2.13")]
    public void Round_keeps_d_decimals_by_the_rounding_rule(string[] rule, string first, string second)
    {
        string file = _folder.Write("ties.csv", ProficiencyFiles.Ties);
        var rows = Rows(Succeeds(CliRun.Run(["proficiency", "--in", file, "--method", "mean", "--round", "2", .. rule])).Stdout);
        Assert.Equal([first, second], rows.Select(r => r[3]));
    }

    [Fact]
    public void Without_round_scores_keep_round_trip_precision()
    {
        string file = _folder.Write("ties.csv", ProficiencyFiles.Ties);
        Assert.Equal(["1.005", "2.125"], Rows(Succeeds(CliRun.Run("proficiency", "--in", file, "--method", "mean")).Stdout).Select(r => r[3]));
    }

    [Fact] // S-1/6.RP.A.3 has two scores: too few for three.
    public void Min_evidence_makes_short_series_insufficient_not_zero()
    {
        var rows = Rows(Proficiency("--method", "mean", "--min-evidence", "3").Stdout);
        Assert.Equal(["S-1", "6.RP.A.3", "mean", "", "", "insufficient_evidence", "2", "0"], rows[1]);
        Assert.Equal("2.6666666666666665", rows[0][3]);
        Assert.Equal("2.5", rows[3][3]);
    }

    [Fact] // On the four-level 1–4 scale: 2.5 is Developing, 2.666… Developing.
    public void The_scale_range_picks_the_scale_and_its_levels()
    {
        var rows = Rows(Proficiency("--method", "mean", "--scale-min", "1", "--scale-max", "4").Stdout);
        Assert.Equal(["Developing", "Developing", "", "Developing"], rows.Select(r => r[4]));

        string percent = _folder.Write("percent.csv", "student_id,target_id,assessed_on,score\nS-1,T,2026-09-01,70\nS-1,T,2026-09-08,95\n");
        var row = Rows(Succeeds(CliRun.Run("proficiency", "--in", percent, "--method", "mean", "--scale-max", "100")).Stdout)[0];
        Assert.Equal(("82.5", "Proficient"), (row[3], row[4]));
    }

    [Fact]
    public void Json_writes_every_result_with_its_evidence_weights_and_reasons()
    {
        using var json = JsonDocument.Parse(Proficiency("--method", "decaying-average", "--format", "json").Stdout);
        var results = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(ProficiencyFiles.Series.Select(s => (s.Student, s.Target)),
            results.Select(r => (r.GetProperty("studentId").GetString()!, r.GetProperty("targetId").GetString()!)));

        var b = results[1]; // S-1/6.RP.A.3: 2 then 3, weights 0.35 and 0.65
        Assert.Equal(["studentId", "targetId", "method", "status", "score", "unroundedScore", "level", "used", "excluded", "reasons", "description"],
            b.EnumerateObject().Select(p => p.Name));
        Assert.Equal("scored", b.GetProperty("status").GetString());
        Assert.Equal(2.65, b.GetProperty("score").GetDouble(), precision: 12);
        Assert.Equal("Simpler content", b.GetProperty("level").GetProperty("label").GetString());
        Assert.Equal([("2026-09-01", 0.35), ("2026-09-08", 0.65)], b.GetProperty("used").EnumerateArray()
            .Select(u => (u.GetProperty("evidence").GetProperty("assessedOn").GetString()!, Math.Round(u.GetProperty("weight").GetDouble(), 12))));

        Assert.Equal("formative-not-graded", results[0].GetProperty("excluded")[0].GetProperty("reason").GetProperty("code").GetString());

        var c = results[2]; // S-2: nothing counts; no score, never zero
        Assert.Equal("insufficientEvidence", c.GetProperty("status").GetString());
        Assert.False(c.TryGetProperty("score", out _));
        Assert.False(c.TryGetProperty("level", out _));
        Assert.Equal(2, c.GetProperty("excluded").GetArrayLength());
        Assert.Equal("no-evidence", c.GetProperty("reasons")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Json_reads_back_through_interops_contract()
    {
        var results = MathPlc.Interop.Json.MathPlcJson.Deserialize<ImmutableArray<MathPlc.Grading.ProficiencyResult>>(
            Proficiency("--preset", "canvas-decaying-average", "--format", "json").Stdout);
        Assert.Equal(ProficiencyFiles.Series.Select(s => (s.Student, s.Target, s.Used, s.Excluded)),
            results.Select(r => (r.StudentId.Value, r.TargetId.Value, r.Used.Length, r.Excluded.Length)));
        Assert.Equal(new double?[] { 3.41, 2.65, null, 1.37 }, results.Select(r => r.Score));
    }

    [Fact]
    public void Json_keeps_the_unrounded_score_beside_the_rounded_one()
    {
        using var json = JsonDocument.Parse(Proficiency("--preset", "canvas-average", "--format", "json").Stdout);
        var a = json.RootElement[0];
        Assert.Equal(2.67, a.GetProperty("score").GetDouble());
        Assert.Equal(8.0 / 3, a.GetProperty("unroundedScore").GetDouble());
        Assert.Equal("canvas-average", a.GetProperty("method").GetString());
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Out_writes_to_the_file_what_stdout_would_have_shown(string format)
    {
        string shown = Proficiency("--method", "mean", "--format", format).Stdout;
        string output = _folder.Write("proficiency." + format, "an older file, replaced whole");

        var result = Proficiency("--method", "mean", "--format", format, "--out", output);

        Assert.Equal("", result.Stdout);
        Assert.Equal(shown, File.ReadAllText(output));
        Assert.Equal(["evidence.csv", "proficiency." + format], _folder.FileNames());
    }

    [Fact]
    public void Output_does_not_depend_on_the_machine_culture()
    {
        foreach (string[] options in new[] { new[] { "--method", "decaying-average", "--decay", "0.65" }, ["--preset", "canvas-average", "--format", "json"], ["--method", "mean", "--round", "3"] })
        {
            var invariant = CliRun.RunIn("", ["proficiency", "--in", _evidence, .. options]);
            Assert.Equal(0, invariant.ExitCode);
            foreach (string culture in new[] { "de-DE", "ar-SA", "fr-FR" })
                Assert.Equal(invariant, CliRun.RunIn(culture, ["proficiency", "--in", _evidence, .. options]));
        }
        Assert.Contains(",2.5,", Proficiency("--method", "mean").Stdout, StringComparison.Ordinal); // de-DE would write 2,5
    }

    [Fact]
    public void Method_and_preset_names_ignore_case_and_the_row_carries_the_name_as_listed() =>
        Assert.Equal("canvas-average", Rows(Proficiency("--preset", "Canvas-Average").Stdout)[0][2]);

    public static TheoryData<string> MethodNames() => [.. CalculationMethods.Names];

    [Theory]
    [MemberData(nameof(MethodNames))]
    public void Every_method_in_the_table_is_accepted_by_method(string name)
    {
        string[] required = [.. CalculationMethods.Find(name).Parameters.Where(p => p.IsRequired).SelectMany(p => new[] { p.Option, "2" })];
        Assert.Equal(name, Rows(Proficiency(["--method", name, .. required]).Stdout)[0][2]);
    }

    [Fact]
    public void A_required_parameter_of_the_table_left_out_is_a_usage_error_naming_its_option()
    {
        foreach (var method in CalculationMethods.All.Where(m => m.Parameters.Any(p => p.IsRequired)))
        {
            var result = CliRun.Run("proficiency", "--in", _evidence, "--method", method.Name);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"--method {method.Name} needs {method.Parameters.First(p => p.IsRequired).Option} N", result.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_lists_every_method_of_the_table_with_its_summary()
    {
        string help = CliRun.Run("proficiency", "--help").Stdout;
        foreach (var method in CalculationMethods.All)
            Assert.Contains($"{method.Name,-17} {method.Summary}", help, StringComparison.Ordinal);
    }
}
