using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Grading.Tests;

public class GradingPolicyTests
{
    private static readonly StudentId Ana = new("S-ana");
    private static readonly TargetId Ratios = new("6.RP.A.3");
    private static readonly TeacherId Ortiz = new("T-ortiz");
    private static readonly LocalDate Start = new(2026, 9, 1);

    private static Evidence On(int day, double score, string? source = null, EvidenceKind kind = EvidenceKind.Summative) =>
        new(Ana, Ratios, Start.PlusDays(day), score, kind: kind, source: source);

    private static ProficiencyResult Score(GradingPolicy policy, ProficiencyScale scale, params Evidence[] evidence) =>
        Proficiency.Score(Ana, Ratios, evidence, new ProficiencyOptions(new Mean(), scale, Policy: policy));

    private static ProficiencyResult Score(GradingPolicy policy, params Evidence[] evidence) => Score(policy, ProficiencyScale.Marzano, evidence);

    private static TeacherOverride Judgement(double score, string why = "Oral reassessment showed full proficiency.") =>
        new(Ana, Ratios, score, Ortiz, new LocalDate(2026, 11, 14), why);

    private static readonly Arbitrary<double[]> MarzanoSeries = Gen.Choose(0, 8).Select(h => h / 2.0).ArrayOf().Where(a => a.Length > 0).ToArbitrary();

    [Fact]
    public void The_default_policy_counts_summative_achievement_only()
    {
        var result = Score(GradingPolicy.Default, On(0, 1), On(1, 4, kind: EvidenceKind.Formative), On(2, 0, kind: EvidenceKind.Behaviour), On(3, 3));
        Assert.Equal(2.0, result.Score);
        Assert.Equal(["formative-not-graded", "behaviour-reported-apart"], result.Excluded.Select(x => x.Reason.Code));
        Assert.Equal(["summative-only", "achievement-only"], result.Excluded.Select(x => x.Reason.Data["rule"]));
    }

    [Fact]
    public void A_pieces_window_keeps_the_most_recent_pieces()
    {
        var result = Score(new GradingPolicy { Recency = RecencyWindow.LastPieces(2) }, On(0, 1), On(1, 2), On(2, 3), On(3, 4));
        Assert.Equal(3.5, result.Score); // (3 + 4) / 2
        Assert.Equal([1.0, 2.0], result.Excluded.Select(x => x.Evidence.Score));
        Assert.All(result.Excluded, x => Assert.Equal(("outside-recent-pieces", "2"), (x.Reason.Code, x.Reason.Data["pieces"])));
    }

    [Fact]
    public void A_pieces_window_longer_than_the_series_keeps_everything() =>
        Assert.Empty(Score(new GradingPolicy { Recency = RecencyWindow.LastPieces(5) }, On(0, 1), On(1, 2)).Excluded);

    [Fact]
    public void A_days_window_counts_the_days_ending_on_the_as_of_date()
    {
        var asOf = Start.PlusDays(20);
        var policy = new GradingPolicy { Recency = RecencyWindow.LastDays(10, asOf) }; // 11 Sep … 21 Sep
        var result = Score(policy, On(10, 0), On(11, 2), On(20, 4), On(21, 1));
        Assert.Equal(3.0, result.Score); // (2 + 4) / 2
        Assert.Equal(["outside-recent-days", "after-as-of"], result.Excluded.Select(x => x.Reason.Code));
        Assert.Equal("2026-09-21", result.Excluded[1].Reason.Data["as-of"]);
    }

    [Fact] // mctownsley.net: "replace, don't average" — the newest attempt replaces the earlier one, even when lower.
    public void Replace_earlier_keeps_the_newest_attempt_at_each_assessment()
    {
        var policy = new GradingPolicy { Reassessment = ReassessmentRule.ReplaceEarlier };
        var result = Score(policy, On(0, 1, "Unit 3 CFA"), On(1, 2, "Quiz 1"), On(5, 3.5, "Unit 3 CFA"), On(6, 3, "Quiz 1"), On(7, 2.5, "Quiz 1"));
        Assert.Equal(3.0, result.Score); // (3.5 + 2.5) / 2
        Assert.Equal([1.0, 2.0, 3.0], result.Excluded.Select(x => x.Evidence.Score));
        var first = result.Excluded[0].Reason;
        Assert.Equal(("reassessment-replaced", "replace-earlier", "Unit 3 CFA", "3.5"),
            (first.Code, first.Data["rule"], first.Data["source"], first.Data["newest-score"]));
    }

    [Fact]
    public void Evidence_without_a_source_is_never_a_reassessment()
    {
        var result = Score(new GradingPolicy { Reassessment = ReassessmentRule.ReplaceEarlier }, On(0, 1), On(1, 3));
        Assert.Equal(2.0, result.Score);
        Assert.Empty(result.Excluded);
    }

    [Fact] // PrairieLearn discussion: max(first, 0.2·first + 0.8·second); first 2, retake 4 → max(2, 0.4 + 3.2) = 3.6.
    public void Higher_of_first_and_blend_follows_the_prairielearn_example()
    {
        var result = Score(new GradingPolicy { Reassessment = ReassessmentRule.HigherOfFirstAndBlend(0.8) }, On(0, 2, "CFA"), On(3, 4, "CFA"));
        Assert.Equal(3.6, result.Score!.Value, precision: 12);
        var blended = Assert.Single(result.Reasons);
        Assert.Equal(("reassessment-blended", "2", "4", "0.8"), (blended.Code, blended.Data["first"], blended.Data["newest"], blended.Data["alpha"]));
        Assert.Equal("reassessment-combined", Assert.Single(result.Excluded).Reason.Code);
    }

    [Fact] // A lower retake: first 3, retake 1 → max(3, 0.6 + 0.8) = 3: a retake never lowers the score (itmeson/algebra2).
    public void Higher_of_first_and_blend_never_lets_a_retake_lower_the_score() =>
        Assert.Equal(3.0, Score(new GradingPolicy { Reassessment = ReassessmentRule.HigherOfFirstAndBlend(0.8) }, On(0, 3, "CFA"), On(3, 1, "CFA")).Score);

    [Fact] // Three attempts: the middle one is set aside; first 1, newest 3, α = 0.5 → max(1, 0.5 + 1.5) = 2.
    public void The_blend_reads_the_first_and_the_newest_of_three_attempts()
    {
        var result = Score(new GradingPolicy { Reassessment = ReassessmentRule.HigherOfFirstAndBlend(0.5) }, On(0, 1, "CFA"), On(2, 4, "CFA"), On(4, 3, "CFA"));
        Assert.Equal(2.0, result.Score);
        Assert.Equal([1.0, 4.0], result.Excluded.Select(x => x.Evidence.Score));
        Assert.Equal(0.5, new GradingPolicy { Reassessment = ReassessmentRule.HigherOfFirstAndBlend(0.5) }.Reassessment.Alpha);
    }

    [Fact] // A days window runs before reassessments: an attempt outside it cannot replace or be replaced.
    public void A_days_window_runs_before_reassessments()
    {
        var policy = new GradingPolicy { Recency = RecencyWindow.LastDays(7, Start.PlusDays(10)), Reassessment = ReassessmentRule.ReplaceEarlier };
        var result = Score(policy, On(0, 4, "CFA"), On(5, 2, "CFA"), On(8, 3, "Quiz"));
        Assert.Equal(2.5, result.Score); // (2 + 3) / 2: the 4 of day 0 is outside the window, so the day-5 attempt stands
        Assert.Equal("outside-recent-days", Assert.Single(result.Excluded).Reason.Code);
    }

    [Fact]
    public void The_blend_is_never_below_the_first_attempt() =>
        Prop.ForAll(Gen.Choose(0, 8).Select(h => h / 2.0).ToArbitrary(), Gen.Choose(0, 8).Select(h => h / 2.0).ToArbitrary(), Gen.Choose(0, 10).Select(a => a / 10.0).ToArbitrary(),
            (first, newest, alpha) =>
            {
                var score = Score(new GradingPolicy { Reassessment = ReassessmentRule.HigherOfFirstAndBlend(alpha) }, On(0, first, "CFA"), On(1, newest, "CFA")).Score!.Value;
                return score >= first && score <= Math.Max(first, newest) + 1e-12;
            }).Check();

    [Fact] // Reeves 2004 / U-46: on a 100-point scale a 0 counts as 50; (50 + 80) / 2 = 65.
    public void A_floor_raises_each_low_score_on_a_100_point_scale_with_a_reason()
    {
        var result = Score(new GradingPolicy { ScoreFloor = GradingPolicy.CommonFloor }, ProficiencyScale.Percent, On(0, 0, "HW"), On(1, 80));
        Assert.Equal(65.0, result.Score);
        var raised = Assert.Single(result.Reasons);
        Assert.Equal(("score-floor-raised", "0", "50", "HW"), (raised.Code, raised.Data["original"], raised.Data["floor"], raised.Data["source"]));
        Assert.Equal([50.0, 80.0], result.Used.Select(u => u.Evidence.Score));
    }

    [Fact]
    public void A_floor_does_not_apply_to_a_four_point_scale_and_says_so()
    {
        var result = Score(new GradingPolicy { ScoreFloor = 50 }, On(0, 0), On(1, 2));
        Assert.Equal(1.0, result.Score);
        Assert.Equal("floor-not-applied", Assert.Single(result.Reasons).Code);
    }

    [Fact]
    public void The_floor_never_lowers_a_score() =>
        Prop.ForAll(Gen.Choose(0, 100).Select(i => (double)i).ArrayOf().Where(a => a.Length > 0).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (scores, floor) =>
        {
            var evidence = scores.Select((s, i) => On(i, s)).ToArray();
            var floored = Score(new GradingPolicy { ScoreFloor = floor }, ProficiencyScale.Percent, evidence);
            var plain = Score(GradingPolicy.Default, ProficiencyScale.Percent, evidence);
            Assert.True(floored.Score >= plain.Score - 1e-9);
            Assert.All(floored.Used.Zip(scores), p => Assert.Equal(Math.Max(p.Second, floor), p.First.Evidence.Score));
        }).Check();

    [Fact]
    public void An_override_sets_the_score_and_keeps_the_computed_one_in_its_reason()
    {
        var policy = new GradingPolicy { Overrides = [Judgement(3.5)] };
        var result = Score(policy, On(0, 1), On(1, 3));
        Assert.Equal((3.5, 3.5, "Target content"), (result.Score!.Value, result.UnroundedScore!.Value, result.Level!.Label));
        var why = Assert.Single(result.Reasons);
        Assert.Equal(("teacher-override", "T-ortiz", "2026-11-14", "2", "Scored"),
            (why.Code, why.Data["teacher"], why.Data["decided-on"], why.Data["computed-score"], why.Data["computed-status"]));
        Assert.Equal(2, result.Used.Length);
    }

    [Fact]
    public void An_override_gives_a_score_where_the_evidence_was_insufficient()
    {
        var result = Score(new GradingPolicy { Overrides = [Judgement(3)] });
        Assert.Equal((ProficiencyStatus.Scored, 3.0), (result.Status, result.Score!.Value));
        Assert.Equal(["no-evidence", "teacher-override"], result.Reasons.Select(r => r.Code));
        Assert.Equal("none", result.Reasons[1].Data["computed-score"]);
    }

    [Fact]
    public void An_override_for_another_student_changes_nothing()
    {
        var other = new TeacherOverride(new StudentId("S-ben"), Ratios, 4, Ortiz, Start, "Portfolio.");
        Assert.Equal(2.0, Score(new GradingPolicy { Overrides = [other] }, On(0, 1), On(1, 3)).Score);
    }

    [Fact]
    public void Overrides_always_win() =>
        Prop.ForAll(MarzanoSeries, Gen.Choose(0, 8).Select(h => h / 2.0).ToArbitrary(), (scores, judged) =>
        {
            var policy = new GradingPolicy { Overrides = [Judgement(judged)], Recency = RecencyWindow.LastPieces(3), Reassessment = ReassessmentRule.ReplaceEarlier };
            var result = Score(policy, [.. scores.Select((s, i) => On(i, s, i % 2 == 0 ? "CFA" : null))]);
            return result.Score == judged && result.Reasons[^1].Code == "teacher-override";
        }).Check();

    [Fact]
    public void Policies_with_the_same_overrides_are_equal()
    {
        var a = new GradingPolicy { Overrides = [Judgement(3)], ScoreFloor = 50, Recency = RecencyWindow.LastPieces(4) };
        var b = new GradingPolicy { Overrides = [Judgement(3)], ScoreFloor = 50, Recency = RecencyWindow.LastPieces(4) };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Reassessment = ReassessmentRule.HigherOfFirstAndBlend(0.5) });
    }

    [Fact]
    public void An_override_off_the_scale_is_refused_when_applied() =>
        Assert.Throws<ArgumentOutOfRangeException>("options", () => Score(new GradingPolicy { Overrides = [Judgement(5)] }, On(0, 1)));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void An_alpha_outside_zero_to_one_is_refused(double alpha) =>
        Assert.Throws<ArgumentOutOfRangeException>("alpha", () => ReassessmentRule.HigherOfFirstAndBlend(alpha));

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(double.PositiveInfinity)]
    public void A_floor_off_the_100_point_scale_is_refused(double floor) =>
        Assert.Throws<ArgumentOutOfRangeException>("ScoreFloor", () => new GradingPolicy { ScoreFloor = floor });

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_override_reason_is_refused(string why) =>
        Assert.Throws<ArgumentException>("why", () => Judgement(3, why));

    [Fact]
    public void A_null_override_reason_is_refused() => Assert.Throws<ArgumentNullException>("why", () => Judgement(3, null!));

    [Fact]
    public void An_override_score_that_is_not_finite_is_refused() => Assert.Throws<ArgumentOutOfRangeException>("score", () => Judgement(double.NaN));

    [Fact]
    public void An_override_with_a_default_id_is_refused()
    {
        Assert.Throws<ArgumentException>("studentId", () => new TeacherOverride(default, Ratios, 3, Ortiz, Start, "x"));
        Assert.Throws<ArgumentException>("targetId", () => new TeacherOverride(Ana, default, 3, Ortiz, Start, "x"));
        Assert.Throws<ArgumentException>("teacherId", () => new TeacherOverride(Ana, Ratios, 3, default, Start, "x"));
    }

    [Fact]
    public void An_override_on_a_non_iso_date_is_refused() =>
        Assert.Throws<ArgumentException>("decidedOn", () => new TeacherOverride(Ana, Ratios, 3, Ortiz, Start.WithCalendar(CalendarSystem.Julian), "x"));

    [Fact]
    public void Two_overrides_for_one_student_and_target_are_refused() =>
        Assert.Throws<ArgumentException>("Overrides", () => new GradingPolicy { Overrides = [Judgement(3), Judgement(4)] });

    [Fact]
    public void A_null_override_is_refused() =>
        Assert.Throws<ArgumentException>("Overrides", () => new GradingPolicy { Overrides = [null!] });

    [Fact]
    public void A_null_reassessment_rule_is_refused() =>
        Assert.Throws<ArgumentNullException>("Reassessment", () => new GradingPolicy { Reassessment = null! });

    [Fact]
    public void A_pieces_window_below_one_is_refused() => Assert.Throws<ArgumentOutOfRangeException>("count", () => RecencyWindow.LastPieces(0));

    [Fact]
    public void A_days_window_below_one_is_refused() => Assert.Throws<ArgumentOutOfRangeException>("days", () => RecencyWindow.LastDays(0, Start));

    [Fact]
    public void A_days_window_on_a_non_iso_date_is_refused() =>
        Assert.Throws<ArgumentException>("asOf", () => RecencyWindow.LastDays(5, Start.WithCalendar(CalendarSystem.Julian)));
}
