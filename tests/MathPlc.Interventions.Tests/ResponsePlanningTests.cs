using MathPlc.Core;
using NodaTime;
using static MathPlc.Interventions.Tests.ResponseScenario;

namespace MathPlc.Interventions.Tests;

/// <summary>
/// The response model of RTI at Work on teams small enough to work by hand: Tier 1 first, Tier 2 by target one at a
/// time, Tier 3 only from screening or non-response, referrals, extension on every target, capacity, dates.
/// </summary>
public sealed class ResponsePlanningTests
{
    [Fact] // Reference §13 (the 80 % criterion): 3 of 8 not yet (37.5 %) is at or above the 25 % line — every class is retaught the target.
    public void A_target_most_of_the_team_missed_is_retaught_to_every_class_not_grouped()
    {
        var plan = ResponsePlanning.Plan(Team("s1 A ms-a 2", "s2 A ms-a 4", "s3 A ms-a 3", "s4 A ms-a 3", "s5 B mr-b 1", "s6 B mr-b 2", "s7 B mr-b 4", "s8 B mr-b 3"));
        Assert.Empty(plan.Groups);
        var target = Assert.Single(plan.Targets);
        Assert.True(target.WholeTeam);
        Assert.Equal(["A", "B"], target.WholeClassSections.Select(s => s.Value).ToArray());
        Assert.StartsWith("Reteach 6.RP.A.1 to every class: 3 of 8 not yet (37.5%)", target.Reason.Message, StringComparison.Ordinal);
        var s1 = plan.Of("s1", 0);
        Assert.Equal((ResponseKind.WholeClass, "whole-class-6.RP.A.1-A", "ms-a"), (s1.Response, s1.GroupId, s1.Adult?.Value));
        Assert.Equal((Start, new LocalDate(2026, 11, 2)), (s1.StartsOn, s1.ReassessOn));
        Assert.Equal("whole-team", s1.Reason.Code);
        Assert.Equal(ResponseKind.Extension, plan.Of("s2", 0).Response);
    }

    [Fact] // SkillGrouper's per-section Tier 1 reteach: class A at 2 of 6 (33.3 %) is retaught; class C at 1 of 8 (12.5 %) is grouped.
    public void Below_the_line_team_wide_a_class_at_or_above_it_is_retaught_and_the_others_grouped()
    {
        string[] rows =
        [
            "a1 A ms-a 2", "a2 A ms-a 1", "a3 A ms-a 3", "a4 A ms-a 3", "a5 A ms-a 4", "a6 A ms-a 3",
            "b1 B mr-b 3", "b2 B mr-b 3", "b3 B mr-b 4", "b4 B mr-b 3", "b5 B mr-b 3", "b6 B mr-b 3",
            "c1 C ms-c 2", "c2 C ms-c 3", "c3 C ms-c 3", "c4 C ms-c 3", "c5 C ms-c 4", "c6 C ms-c 3", "c7 C ms-c 3", "c8 C ms-c 3",
        ];
        var plan = ResponsePlanning.Plan(Team(rows));
        var target = plan.Targets.Single();
        Assert.False(target.WholeTeam);
        Assert.Equal(["A"], target.WholeClassSections.Select(s => s.Value).ToArray());
        Assert.Equal("whole-class", plan.Of("a1", 0).Reason.Code);
        Assert.Contains("2 of 6 students in A (33.3%)", plan.Of("a1", 0).Reason.Message, StringComparison.Ordinal);
        var c1 = plan.Of("c1", 0);
        Assert.Equal((ResponseKind.Tier2, "tier2-6.RP.A.1-1", "ms-c"), (c1.Response, c1.GroupId, c1.Adult?.Value));
        Assert.Equal("below-line", plan.Classes.Single(c => c.Section.Value == "C").Reason.Code);
    }

    [Fact] // One target at a time, prerequisites first; one adult, Monday–Thursday: each group gets a block, then the blocks left over.
    public void A_student_missing_two_targets_is_grouped_on_the_prerequisite_and_the_other_waits_for_the_next_cycle()
    {
        var plan = ResponsePlanning.Plan(Team("s1 A ms-a 2 2", "s2 A ms-a 3 2", "s3 A ms-a 3 3", "s4 A ms-a 4 3", "s5 A ms-a 3 4",
            "s6 A ms-a 3 3", "s7 A ms-a 3 3", "s8 A ms-a 4 3", "s9 A ms-a 3 3", "s10 A ms-a 3 4"));
        Assert.Equal(["tier2-6.RP.A.1-1", "tier2-6.RP.A.2-1"], plan.Groups.Select(g => g.Id).ToArray());
        Assert.Equal([["s1"], ["s2"]], plan.Groups.Select(g => g.Students.Select(s => s.Value).ToArray()).ToArray());
        Assert.Equal([[IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday], [IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday]],
            plan.Groups.Select(g => g.Blocks.Select(b => b.Day).ToArray()).ToArray());
        Assert.Equal([new LocalDate(2026, 10, 19), new(2026, 10, 21), new(2026, 10, 26), new(2026, 10, 28)], plan.Groups[0].Sessions.ToArray());
        var next = plan.Of("s1", 1);
        Assert.Equal((ResponseKind.Tier2, null, new LocalDate(2026, 11, 2)), (next.Response, next.GroupId, next.StartsOn));
        Assert.Equal("next-cycle", next.Reason.Code);
        Assert.Equal(4, plan.SlotsUsed);
    }

    [Fact] // One adult, one block: the second target's group does not fit; its student gets the Tier 1 alternative, and the plan says so.
    public void More_demand_than_capacity_gives_the_tier1_alternative_instead_of_more_groups()
    {
        string[] rows = ["s1 A ms-a 2 3", "s2 A ms-a 3 2", .. Enumerable.Range(3, 8).Select(i => $"s{i} A ms-a 3 3")];
        var plan = ResponsePlanning.Plan(Team(Capacity("ms-a", IsoDayOfWeek.Tuesday), rows));
        Assert.True(plan.Groups[0].Fits);
        Assert.False(plan.Groups[1].Fits);
        Assert.Equal("over-capacity", plan.Groups[1].Reason.Code);
        var s2 = plan.Of("s2", 1);
        Assert.Equal((ResponseKind.WholeClass, "over-capacity", "ms-a"), (s2.Response, s2.Reason.Code, s2.Adult?.Value));
        Assert.Contains("Tier 1 alternative", s2.Reason.Message, StringComparison.Ordinal);
        Assert.Equal(1, plan.Targets[1].DoesNotFit);
        Assert.Equal((1, 1), (plan.SlotsUsed, plan.Capacity.Slots));
    }

    [Fact] // Reference §1.2 and §11: Tier 3 only from the intensive screening band or documented non-response; one assessment never.
    public void Tier3_comes_only_from_screening_or_non_response_and_works_on_foundations()
    {
        string[] rows = ["s1 A ms-a 1 1 1", "s2 A ms-a 1 1 1", "s3 A ms-a 3 2 3", "s4 A ms-a 3 3 2",
            .. Enumerable.Range(5, 16).Select(i => $"s{i} A ms-a 3 3 3")];
        var without = ResponsePlanning.Plan(Team(rows));
        Assert.Empty(without.Tier3);
        Assert.DoesNotContain(without.Responses, r => r.Response == ResponseKind.Tier3);
        Assert.Equal(["s1", "s2"], without.Referrals.Select(r => r.Student.Value).ToArray());

        // Three adults: each Tier 3 group takes one adult in every block, the third leads the Tier 2 groups.
        var input = Team(Capacity("ms-a,mr-x,mr-y", IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday), rows) with
        {
            Screening = [new ScreeningScore(new StudentId("s1"), 6), new ScreeningScore(new StudentId("s3"), 15)],
            NonResponse = [new NonResponse(new StudentId("s4"), new LocalDate(2026, 10, 9), "Four points below the goal line after an instructional change.")],
        };
        var plan = ResponsePlanning.Plan(input);
        Assert.Equal([("s1", Tier3Source.Screening), ("s4", Tier3Source.NonResponse)], plan.Tier3.Select(t => (t.Student.Value, t.Source)).ToArray());
        var s1 = plan.Of("s1", 0);
        Assert.Equal(ResponseKind.Tier3, s1.Response);
        Assert.Contains("6th percentile", s1.Reason.Message, StringComparison.Ordinal);
        Assert.Contains("simpler 1", plan.Groups.First(g => g.Kind == ResponseKind.Tier3).Focus, StringComparison.Ordinal);
        Assert.Equal(ResponseKind.Tier2, plan.Of("s3", 1).Response); // the targeted band (15th) is not Tier 3
        Assert.Equal(ResponseKind.Tier3, plan.Of("s4", 2).Response);
        Assert.Equal(ResponseKind.Extension, plan.Of("s4", 0).Response);
        Assert.Equal(["s2"], plan.Referrals.Select(r => r.Student.Value).ToArray());
        // Tier 3 meets in every block its adult has free, until the review 30 instructional days after the start.
        var tier3 = plan.Groups.Where(g => g.Kind == ResponseKind.Tier3).ToList();
        Assert.All(tier3, g => Assert.Equal(4, g.Blocks.Length));
        Assert.Equal(new LocalDate(2026, 12, 3), plan.Tier3ReviewOn);
    }

    [Fact] // A referred student keeps a Tier 2 group on the first target below; the other targets not yet met read "referral".
    public void A_student_missing_every_target_is_referred_and_keeps_a_group_on_the_first()
    {
        var plan = ResponsePlanning.Plan(Team(["s1 A ms-a 2 2 1", .. Enumerable.Range(2, 11).Select(i => $"s{i} A ms-a 3 3 3")]));
        var referral = Assert.Single(plan.Referrals);
        Assert.Equal(["6.RP.A.1", "6.RP.A.2", "6.RP.A.3"], referral.NotYetCodes.ToArray());
        Assert.Equal([ResponseKind.Tier2, ResponseKind.Referral, ResponseKind.Referral], Enumerable.Range(0, 3).Select(t => plan.Of("s1", t).Response).ToArray());
        Assert.Contains("screening and diagnostic data", plan.Of("s1", 2).Reason.Message, StringComparison.Ordinal);
        // A unit of two targets refers no one (the minimum is three targets).
        Assert.Empty(ResponsePlanning.Plan(Team(["s1 A ms-a 2 2", .. Enumerable.Range(2, 11).Select(i => $"s{i} A ms-a 3 3")])).Referrals);
    }

    [Fact] // Question 4 per target: a proficient student extends on that target's 4.0 description with their teacher.
    public void Every_proficient_student_extends_on_each_target_they_are_proficient_on()
    {
        var plan = ResponsePlanning.Plan(Team("s1 A ms-a 4 1", "s2 A ms-a 3 4"));
        var s1 = plan.Of("s1", 0);
        Assert.Equal((ResponseKind.Extension, "extension-6.RP.A.1-A", "ms-a"), (s1.Response, s1.GroupId, s1.Adult?.Value));
        Assert.Contains("more complex 1", s1.Reason.Message, StringComparison.Ordinal);
        Assert.Equal(2, plan.Targets[0].Extension);
    }

    [Fact] // No score is not zero and not "core": absent (no score at all) or a target's items blank, each with its reason.
    public void Students_without_a_score_are_not_assessed_with_the_reason()
    {
        var plan = ResponsePlanning.Plan(Team("s1 A ms-a - -", "s2 A ms-a 3 -", "s3 A ms-a 3 3"));
        Assert.All(plan.Responses.Where(r => r.Status == TargetStatus.NoScore), r => Assert.Equal(ResponseKind.None, r.Response));
        Assert.Equal("not-assessed-absent", plan.Of("s1", 0).Reason.Code);
        Assert.Equal("not-assessed", plan.Of("s2", 1).Reason.Code);
        Assert.Equal([(true, 2), (false, 1)], plan.NotAssessed.Select(n => (n.Absent, n.TargetCodes.Length)).ToArray());
        Assert.Equal((2, 0), (plan.Targets[0].Proficient, plan.Targets[0].NotYet));
    }

    [Fact] // Reassessment ten instructional days after Monday 16 November: the Thanksgiving break (25–27) moves it to Thursday 3 December.
    public void The_reassessment_and_the_sessions_follow_the_school_calendar()
    {
        var input = Team(["s1 A ms-a 2", .. Enumerable.Range(2, 9).Select(i => $"s{i} A ms-a 3")]);
        input = new ResponseInput(input.Roster, input.Targets, input.Scores, Calendar, new LocalDate(2026, 11, 16), input.Capacity);
        var plan = ResponsePlanning.Plan(input);
        Assert.Equal(new LocalDate(2026, 12, 3), plan.ReassessOn);
        Assert.Equal([new LocalDate(2026, 11, 16), new(2026, 11, 17), new(2026, 11, 18), new(2026, 11, 19), new(2026, 11, 23), new(2026, 11, 24),
            new(2026, 11, 30), new(2026, 12, 1), new(2026, 12, 2)], plan.Groups.Single().Sessions.ToArray());
        // A start on a Saturday moves to the Monday.
        var weekend = ResponsePlanning.Plan(new ResponseInput(input.Roster, input.Targets, input.Scores, Calendar, new LocalDate(2026, 10, 17), input.Capacity));
        Assert.Equal(Start, weekend.Start);
    }

    [Fact]
    public void The_same_input_gives_the_same_plan()
    {
        var input = Team("s1 A ms-a 2 3", "s2 B mr-b 1 4", "s3 B mr-b 4 4");
        Assert.Equal(ResponsePlanning.Plan(input), ResponsePlanning.Plan(input));
    }

    [Fact]
    public void The_planner_refuses_what_does_not_fit_together()
    {
        var ok = Team("s1 A ms-a 2", "s2 A ms-a 3");
        ArgumentException Refused(ResponseInput input) => Assert.ThrowsAny<ArgumentException>(() => ResponsePlanning.Plan(input));
        Assert.Contains("saturday", Refused(new ResponseInput(ok.Roster, ok.Targets, ok.Scores, Calendar, Start, Capacity("ms-a", IsoDayOfWeek.Saturday))).Message, StringComparison.Ordinal);
        Assert.Contains("s9", Refused(ok with { Screening = [new ScreeningScore(new StudentId("s9"), 5)] }).Message, StringComparison.Ordinal);
        Assert.Contains("s9", Refused(ok with { NonResponse = [new NonResponse(new StudentId("s9"), Start, "why")] }).Message, StringComparison.Ordinal);
        Assert.Contains("two screening", Refused(ok with { Screening = [new ScreeningScore(new StudentId("s1"), 5), new ScreeningScore(new StudentId("s1"), 6)] }).Message, StringComparison.Ordinal);
        Assert.Contains("outside the calendar", Refused(new ResponseInput(ok.Roster, ok.Targets, ok.Scores, Calendar, new LocalDate(2027, 7, 1), ok.Capacity)).Message, StringComparison.Ordinal);
        Assert.Contains("two scores", Refused(new ResponseInput(ok.Roster, ok.Targets, [.. ok.Scores, ok.Scores[0]], Calendar, Start, ok.Capacity)).Message, StringComparison.Ordinal);
        Assert.Contains("not on the roster", Refused(new ResponseInput(ok.Roster, ok.Targets, [new TargetScore(new StudentId("x"), ok.Targets[0].Id, 3)], Calendar, Start, ok.Capacity)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("input", () => ResponsePlanning.Plan(null!));
    }

    [Fact]
    public void Rules_capacity_and_their_parts_refuse_values_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>("wholeClassAtLeast", () => new ResponseRules(wholeClassAtLeast: 0));
        Assert.Throws<ArgumentOutOfRangeException>("wholeClassAtLeast", () => new ResponseRules(wholeClassAtLeast: 1.01));
        Assert.Throws<ArgumentOutOfRangeException>("reassessAfterDays", () => new ResponseRules(reassessAfterDays: 0));
        Assert.Throws<ArgumentOutOfRangeException>("reassessAfterDays", () => new ResponseRules(reassessAfterDays: 61));
        Assert.Throws<ArgumentOutOfRangeException>("referralShare", () => new ResponseRules(referralShare: 0));
        Assert.Throws<ArgumentOutOfRangeException>("referralMinimumTargets", () => new ResponseRules(referralMinimumTargets: 0));
        Assert.Throws<ArgumentOutOfRangeException>("tier3ReviewAfterDays", () => new ResponseRules(tier3ReviewAfterDays: 4));
        Assert.Throws<ArgumentException>("adults", () => Capacity("ms-a,ms-a", IsoDayOfWeek.Monday));
        Assert.Throws<ArgumentException>("blocks", () => new ResponseCapacity([new TeacherId("a")], [new InterventionBlock(IsoDayOfWeek.Monday, 30), new InterventionBlock(IsoDayOfWeek.Monday, 20)]));
        Assert.Throws<ArgumentException>("adults", () => new ResponseCapacity([], ResponseCapacity.DefaultBlocks));
        Assert.Throws<ArgumentException>("blocks", () => new ResponseCapacity([new TeacherId("a")], []));
        Assert.Throws<ArgumentOutOfRangeException>("minutes", () => new InterventionBlock(IsoDayOfWeek.Monday, 0));
        Assert.Throws<ArgumentOutOfRangeException>("day", () => new InterventionBlock(IsoDayOfWeek.None, 30));
        Assert.Throws<ArgumentException>("reason", () => new NonResponse(new StudentId("s1"), Start, " "));
        Assert.Throws<ArgumentException>("code", () => new ResponseTarget(new TargetId("t"), " ", 3));
        Assert.Throws<ArgumentOutOfRangeException>("cut", () => new ResponseTarget(new TargetId("t"), "c", double.NaN));
        Assert.Equal((int?)3, ResponseRules.Default.ReferralCount(3));
        Assert.Equal((int?)5, ResponseRules.Default.ReferralCount(5));
        Assert.Null(ResponseRules.Default.ReferralCount(2));
        Assert.Equal((int?)3, new ResponseRules(referralShare: 0.6).ReferralCount(5));
        Assert.Null(new ResponseRules(referralShare: null).ReferralCount(5));
        Assert.Equal(["whole-class", "tier2", "tier3", "referral", "extension", "none"], Enum.GetValues<ResponseKind>().Select(k => k.Name()).ToArray());
        Assert.Equal(["proficient", "not-yet", "no-score"], Enum.GetValues<TargetStatus>().Select(k => k.Name()).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>("kind", () => ((ResponseKind)9).Name());
    }

    [Fact] // One formatter for every figure teachers read.
    public void Figures_are_written_one_way()
    {
        Assert.Equal("52.7%", Figures.Percent(68.0 / 129));
        Assert.Equal("24%", Figures.Percent(31.0 / 129));
        Assert.Equal("-0.08", Figures.Decimal(-0.075));
        Assert.Equal("0", Figures.Decimal(-0.001));
        Assert.Equal("+22.4 points", Figures.Points(0.2236));
        Assert.Equal("-12.7 points", Figures.Points(-0.127));
    }
}
