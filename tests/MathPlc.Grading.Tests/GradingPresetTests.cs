using MathPlc.Core;
using MathPlc.Grading;

namespace MathPlc.Grading.Tests;

public class GradingPresetTests
{
    // Canvas's own anchors: instructure/canvas-lms spec/services/outcomes/student_outcome_rollup_calculation_service_spec.rb.
    [Fact] // "calculates standard_decaying_average with newer scores weighted more": 1, 2, 3, 4, 5 with 65 → 4.47.
    public void Canvas_decaying_average_matches_canvas_spec() =>
        Assert.Equal(4.47, Scores.Reported(GradingPresets.Find("canvas-decaying-average"), 1, 2, 3, 4, 5));

    [Fact] // "calculates decaying average with more weight on recent scores" (legacy): 5·0.65 + 2.5·0.35 = 4.125 → 4.13 (Ruby rounds the tie up; banker's rounding would give 4.12).
    public void Canvas_weighted_average_matches_canvas_spec() =>
        Assert.Equal(4.13, Scores.Reported(GradingPresets.Find("canvas-weighted-average"), 1, 2, 3, 4, 5));

    [Fact] // "uses latest score when calculation method is 'latest'": [1, 2, 4, 5, 3] → 3.
    public void Canvas_latest_matches_canvas_spec() =>
        Assert.Equal(3, Scores.Reported(GradingPresets.Find("canvas-latest"), 1, 2, 4, 5, 3));

    [Theory] // "calculates average across multiple assignments": [1..5] → 3.0; "properly calculates average": [2, 4, 3] → 3.0.
    [InlineData(new double[] { 1, 2, 3, 4, 5 }, 3.0)]
    [InlineData(new double[] { 2, 4, 3 }, 3.0)]
    [InlineData(new double[] { 1, 2, 2 }, 1.67)] // 5/3 = 1.666… → 1.67 (reference/grading.md §3.3: round2(sum/len)).
    public void Canvas_average_matches_canvas(double[] scores, double expected) =>
        Assert.Equal(expected, Scores.Reported(GradingPresets.Find("canvas-average"), scores));

    [Fact] // "combines results from different assignments … using highest method": [2, 4, 3] → 4.
    public void Canvas_highest_matches_canvas_spec() =>
        Assert.Equal(4, Scores.Reported(GradingPresets.Find("canvas-highest"), 2, 4, 3));

    [Fact] // reference/grading.md §3.3 pseudocode: 1, 2, 3 with 65 → 1.65, then 1.65·0.35 + 3·0.65 = 2.5275 → Ruby 2.53.
    public void Canvas_decaying_average_rounds_a_decimal_tie_up() =>
        Assert.Equal(2.53, Scores.Reported(GradingPresets.Find("canvas-decaying-average"), 1, 2, 3));

    [Fact] // Canvas n_mastery (n 5, mastery 3): six results, five at or above 3 (3, 4, 3, 4, 4) → 18/5 = 3.6; the 2 is left out.
    public void Canvas_n_mastery_averages_every_score_at_mastery() =>
        Assert.Equal(3.6, Scores.Reported(GradingPresets.Find("canvas-n-mastery"), 3, 4, 2, 3, 4, 4));

    [Fact] // Canvas spec "returns no rollup when insufficient mastery attempts exist": [1..5] has only three scores ≥ 3.
    public void Canvas_n_mastery_gives_no_score_with_too_few_at_mastery() =>
        Assert.Equal(Shortfall.TooFewAtMastery, Scores.ShortfallOf(GradingPresets.Find("canvas-n-mastery").Method, 1, 2, 3, 4, 5));

    [Fact] // Schoology: 75 % decaying average (reference/grading.md §7); 2 then 3 → 0.25·2 + 0.75·3 = 2.75.
    public void Schoology_weights_the_newer_score_75_percent() =>
        Assert.Equal(2.75, Scores.Reported(GradingPresets.Find("schoology-decaying-average"), 2, 3), 12);

    [Fact] // PowerSchool Learning help: 2 then 3 with 65 % → 2.65.
    public void PowerSchool_learning_follows_its_published_example() =>
        Assert.Equal(2.65, Scores.Reported(GradingPresets.Find("powerschool-learning-decaying-average"), 2, 3), 12);

    [Fact] // MasteryConnect: 65 % recursive, as Canvas (reference/grading.md §7); 2, 3 → 2.65 as PowerSchool Learning's example.
    public void MasteryConnect_decaying_average_is_recursive_at_65_percent() =>
        Assert.Equal(2.65, Scores.Reported(GradingPresets.Find("masteryconnect-decaying-average"), 2, 3), 12);

    [Fact] // MasteryConnect mode: ties go to the higher level (reference/grading.md §6): 4, 4, 1, 1 → 4.
    public void MasteryConnect_mode_breaks_ties_high() =>
        Assert.Equal(4, Scores.Reported(GradingPresets.Find("masteryconnect-mode"), 4, 4, 1, 1));

    [Fact]
    public void Canvas_presets_round_like_ruby_jumprope_to_two_decimals_and_the_others_do_not_round()
    {
        foreach (var preset in GradingPresets.All)
            Assert.Equal(
                preset.Name.StartsWith("canvas-", StringComparison.Ordinal) ? ScoreRounding.Canvas
                : preset.Name == "jumprope-power-law" ? new ScoreRounding(2, RoundingMode.AwayFromZero) : null,
                preset.Rounding);
    }

    [Theory] // JumpRope, "The power of the Power Law" (support.jumpro.pe), quick-reference table.
    [InlineData(new double[] { 1, 2, 3, 4 }, 4.00)]
    [InlineData(new double[] { 1, 3, 2, 4 }, 3.66)]
    [InlineData(new double[] { 2, 4, 1, 3 }, 2.16)]
    [InlineData(new double[] { 4, 3, 2, 1 }, 1.28)]
    public void JumpRope_power_law_matches_its_published_table(double[] scores, double expected) =>
        Assert.Equal(expected, Scores.Reported(GradingPresets.Find("jumprope-power-law"), scores));

    [Fact] // PowerSchool Learning's help shows an improving student estimated above every score; JumpRope documents no clamp: 1, 4, 4, 4 → 5.16.
    public void JumpRope_power_law_is_not_clamped_and_reports_under_its_name()
    {
        var student = new StudentId("s1");
        var target = new TargetId("7.RP.A.2");
        var evidence = new[] { 1.0, 4, 4, 4 }.Select((s, i) => new Evidence(student, target, new NodaTime.LocalDate(2026, 9, 1).PlusDays(7 * i), s));
        var result = Proficiency.Score(student, target, evidence, GradingPresets.Find("jumprope-power-law").ToOptions(ProficiencyScale.Marzano));
        Assert.Equal(5.16, result.Score);
        Assert.Equal("jumprope-power-law", result.Method);
    }

    [Fact]
    public void Every_preset_has_a_unique_name_a_source_and_a_description()
    {
        Assert.Equal(GradingPresets.All.Length, GradingPresets.All.Select(p => p.Name).Distinct().Count());
        Assert.Equal(
            ["canvas-decaying-average", "canvas-weighted-average", "canvas-n-mastery", "canvas-highest", "canvas-latest", "canvas-average",
             "schoology-decaying-average", "powerschool-learning-decaying-average", "masteryconnect-decaying-average", "masteryconnect-mode",
             "jumprope-power-law"],
            GradingPresets.All.Select(p => p.Name));
    }

    [Fact]
    public void Canvas_decaying_presets_use_canvas_percent_arithmetic()
    {
        Assert.Equal(65, ((DecayingAverage)GradingPresets.Find("canvas-decaying-average").Method).NewerPercent);
        Assert.Equal(65, ((WeightedLatest)GradingPresets.Find("canvas-weighted-average").Method).LatestPercent);
        Assert.Equal(new NMastery(5, 3), GradingPresets.Find("canvas-n-mastery").Method);
    }

    [Fact]
    public void Find_ignores_case() => Assert.Same(GradingPresets.All[0], GradingPresets.Find("Canvas-Decaying-Average"));

    [Fact]
    public void Find_names_the_unknown_preset_and_lists_the_presets()
    {
        var e = Assert.Throws<ArgumentException>("name", () => GradingPresets.Find("canvas-decay"));
        Assert.Contains("\"canvas-decay\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("canvas-decaying-average, canvas-weighted-average", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryFind_says_whether_a_preset_exists()
    {
        Assert.True(GradingPresets.TryFind("schoology-decaying-average", out var found));
        Assert.Equal(new DecayingAverage(0.75), found.Method);
        Assert.False(GradingPresets.TryFind("moodle-mode", out var missing));
        Assert.Null(missing);
        Assert.False(GradingPresets.TryFind(null!, out _));
    }

    [Fact]
    public void Find_refuses_null() => Assert.Throws<ArgumentNullException>("name", () => GradingPresets.Find(null!));

    [Fact]
    public void ToOptions_carries_the_method_rounding_name_and_policy()
    {
        var preset = GradingPresets.Find("canvas-average");
        var policy = new GradingPolicy { IncludeFormative = true };
        var options = preset.ToOptions(ProficiencyScale.Marzano, policy);
        Assert.Equal(new ProficiencyOptions(new Mean(), ProficiencyScale.Marzano, ScoreRounding.Canvas, policy, Name: "canvas-average"), options);
        Assert.Equal("canvas-average", options.ReportedName);
    }

    [Fact]
    public void ToOptions_refuses_a_null_scale() =>
        Assert.Throws<ArgumentNullException>("Scale", () => GradingPresets.All[0].ToOptions(null!));

    [Theory]
    [InlineData("", "Name")]
    [InlineData(" ", "Name")]
    public void A_preset_needs_a_name(string name, string param) =>
        Assert.Throws<ArgumentException>(param, () => new GradingPreset(name, new Mean(), null, "source", "description"));

    [Fact]
    public void A_preset_needs_a_method_a_source_and_a_description()
    {
        Assert.Throws<ArgumentNullException>("Method", () => new GradingPreset("p", null!, null, "source", "description"));
        Assert.Throws<ArgumentException>("Source", () => new GradingPreset("p", new Mean(), null, " ", "description"));
        Assert.Throws<ArgumentNullException>("Description", () => new GradingPreset("p", new Mean(), null, "source", null!));
    }
}
