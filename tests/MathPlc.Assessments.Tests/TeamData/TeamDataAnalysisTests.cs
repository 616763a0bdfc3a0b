using MathPlc.Assessments;
using MathPlc.Core;

namespace MathPlc.Assessments.Tests.TeamData;

public class TeamDataAnalysisTests
{
    private static readonly TargetId Rp1 = new("6.RP.1");

    /// <summary>
    /// Two teachers: Ms. A (section p1, 20 students, 16 proficient) and Mr. B (sections p2 with 20 students, 8
    /// proficient, and p3 with 4 students, 2 proficient). Every fourth student is an English learner.
    /// </summary>
    private static (Roster Roster, List<TargetOutcome> Outcomes) Team()
    {
        var students = new List<RosterStudent>();
        var outcomes = new List<TargetOutcome>();
        void Add(string section, string teacher, int count, int proficient)
        {
            for (int i = 0; i < count; i++)
            {
                var id = new StudentId($"{section}-{i:00}");
                students.Add(new RosterStudent(id, new SectionId(section), new TeacherId(teacher),
                    [new("ell", i % 4 == 0 ? "yes" : "no")]));
                outcomes.Add(new TargetOutcome(id, Rp1, i < proficient, i < proficient ? 3 + i % 2 : 1 + i % 2));
            }
        }
        Add("p1", "A", 20, 16);
        Add("p2", "B", 20, 8);
        Add("p3", "B", 4, 2);
        return (new Roster(students), outcomes);
    }

    [Fact]
    public void Rates_come_with_counts_and_wilson_intervals()
    {
        var (roster, outcomes) = Team();
        var report = TeamDataAnalysis.Analyze(outcomes, roster);
        var team = report.Rates.Single(r => r.Kind == Breakdown.Team);
        Assert.Equal(44, team.Students);
        Assert.Equal(26, team.Proficient);
        Assert.Equal(26 / 44.0, team.Rate.Value!.Value, 12);
        Assert.Equal(Proportions.Wilson(26, 44).Lower, team.Lower);
        var teacherB = report.Rates.Single(r => r.Kind == Breakdown.Teacher && r.Group == "B");
        Assert.Equal(10 / 24.0, teacherB.Rate.Value!.Value, 12);
    }

    [Fact]
    public void A_group_below_the_minimum_size_is_not_shown()
    {
        var (roster, outcomes) = Team();
        var p3 = TeamDataAnalysis.Analyze(outcomes, roster).Rates.Single(r => r.Group == "p3");
        Assert.Equal(4, p3.Students);
        Assert.Null(p3.Proficient);
        Assert.Null(p3.Lower);
        Assert.Equal("group-too-small", p3.Rate.Reasons[0].Code);
    }

    [Fact]
    public void Whose_students_learned_best_states_its_uncertainty()
    {
        var (roster, outcomes) = Team();
        var best = TeamDataAnalysis.Analyze(outcomes, roster).Teachers[0];
        Assert.Equal("A", best.Group);
        Assert.Equal(0.8 - 10 / 24.0, best.Difference.Value!.Value, 12);
        var (lower, upper) = Proportions.NewcombeDifference(16, 20, 10, 24);
        Assert.Equal((lower, upper), (best.Lower!.Value, best.Upper!.Value));
        Assert.Equal(lower > 0 ? ComparisonConclusion.ClearlyHigher : ComparisonConclusion.NotDistinguishable, best.Conclusion);
    }

    [Fact]
    public void A_small_difference_is_not_distinguishable()
    {
        var (roster, outcomes) = Team();
        var gap = TeamDataAnalysis.Analyze(outcomes, roster).Gaps.Single(g => g.Group == "ell=yes");
        // 11 English learners (5+5+1), proficient: p1 i=0,4,8,12 (4), p2 i=0,4 (2), p3 i=0 (1) = 7 of 11 vs 19 of 33.
        Assert.Equal(7 / 11.0 - 19 / 33.0, gap.Difference.Value!.Value, 12);
        Assert.Equal(ComparisonConclusion.NotDistinguishable, gap.Conclusion);
        Assert.Equal("not-distinguishable", gap.Reason.Code);
    }

    [Fact] // p3 (4 students) is hidden; Mr. B's total and p2 would give it away (24 − 20), so p2 is withheld too (NCES 2011-603).
    public void Spread_across_sections_uses_only_shown_sections_and_a_complement_is_withheld()
    {
        var (roster, outcomes) = Team();
        var report = TeamDataAnalysis.Analyze(outcomes, roster);
        var spread = Assert.Single(report.Spreads);
        Assert.Equal(1, spread.SectionsShown);
        Assert.Equal(2, spread.SectionsNotShown);
        Assert.Equal(0, spread.Range.Value!.Value, 12);
        Assert.Single(spread.WithinSections);
        var p2 = report.Rates.Single(r => r.Group == "p2");
        Assert.Null(p2.Proficient);
        Assert.Equal("suppressed-complement", p2.Rate.Reasons.Single().Code);
        Assert.Equal(10, report.Rates.Single(r => r.Group == "B").Proficient); // the teacher's total stays: p2 + p3 cannot be split
    }

    [Fact]
    public void A_student_not_on_the_roster_is_refused()
    {
        var (roster, outcomes) = Team();
        outcomes.Add(new TargetOutcome(new StudentId("stranger"), Rp1, true));
        Assert.Throws<ArgumentException>("outcomes", () => TeamDataAnalysis.Analyze(outcomes, roster));
    }

    [Fact]
    public void Two_results_for_one_student_and_target_are_refused()
    {
        var (roster, outcomes) = Team();
        outcomes.Add(outcomes[0]);
        Assert.Throws<ArgumentException>("outcomes", () => TeamDataAnalysis.Analyze(outcomes, roster));
    }

    [Fact]
    public void A_minimum_group_size_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("minimumGroupSize", () => new TeamDataOptions(0));
}
