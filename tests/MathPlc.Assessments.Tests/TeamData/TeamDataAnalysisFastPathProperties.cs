using FsCheck;
using FsCheck.Fluent;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Tests;

namespace MathPlc.Assessments.Tests.TeamData;

/// <summary>
/// Issue 18: <see cref="TeamDataAnalysis.Analyze"/> groups by index arrays; its report equals the old LINQ form's
/// (<see cref="OldTeamDataAnalysis"/>) on generated teams — outcomes in any order, students without outcomes, empty
/// sections, one student, no outcomes at all, attribute names written in two cases, students without a value, small
/// groups hidden — and it refuses what the old form refuses, with the same message.
/// </summary>
public sealed class TeamDataAnalysisFastPathProperties
{
    private static readonly Gen<(Roster Roster, List<TargetOutcome> Outcomes, int Minimum)> Teams =
        from students in Gen.Choose(1, 60)
        from sections in Gen.Choose(1, 7)
        from teachers in Gen.Choose(1, 4)
        from sectionOf in Gen.Choose(0, 6).ArrayOf(students)
        from ell in Gen.Choose(0, 9).ArrayOf(students)
        from race in Gen.Choose(0, 4).ArrayOf(students)
        from shout in Gen.Choose(0, 5).ArrayOf(students)
        from targets in Gen.Choose(1, 3)
        from scores in Gen.Choose(-1, 4).ArrayOf(students * 3)
        from order in Gen.Choose(0, 1000).ArrayOf(students * 3)
        from minimum in Gen.Choose(1, 12)
        select Build(students, sections, teachers, sectionOf, ell, race, shout, targets, scores, order, minimum);

    // A score of -1: no outcome (absent); 0: an outcome without a score; a student whose every score is -1 has none.
    private static (Roster, List<TargetOutcome>, int) Build(int n, int sections, int teachers, int[] sectionOf, int[] ell, int[] race, int[] shout,
        int k, int[] scores, int[] order, int minimum)
    {
        var roster = new Roster(Enumerable.Range(0, n).Select(i =>
        {
            int section = sectionOf[i] % sections;
            var attributes = new List<KeyValuePair<string, string>> { new(shout[i] == 0 ? "ELL" : "ell", ell[i] == 0 ? "yes" : "no") };
            if (race[i] > 0) attributes.Add(new("race", $"r{race[i]}"));
            return new RosterStudent(new StudentId($"s{(i * 7) % n:D3}-{i}"), new SectionId($"c{section}"), new TeacherId($"t{section % teachers}"), attributes);
        }));
        var outcomes = new List<(int Order, TargetOutcome Outcome)>();
        for (int i = 0; i < n; i++)
            for (int t = 0; t < k; t++)
            {
                int s = scores[i * 3 + t];
                if (s < 0) continue;
                outcomes.Add((order[i * 3 + t], new TargetOutcome(roster.Students[i].Student, new TargetId($"T{(t + order[0]) % k}"), s >= 2, s == 0 ? null : s)));
            }
        return (roster, [.. outcomes.OrderBy(o => o.Order).Select(o => o.Outcome)], minimum);
    }

    [Fact]
    public void The_report_is_the_old_forms_report() =>
        Prop.ForAll(Teams.ToArbitrary(), team =>
        {
            var (roster, outcomes, minimum) = team;
            var options = new TeamDataOptions(minimum);
            return TeamDataAnalysis.Analyze(outcomes, roster, options) == OldTeamDataAnalysis.Analyze(outcomes, roster, options);
        }).Check(400);

    [Fact]
    public void No_outcomes_and_one_student_give_the_old_forms_report()
    {
        var one = new Roster([new RosterStudent(new StudentId("s1"), new SectionId("c1"), new TeacherId("t1"), [new("ell", "yes")])]);
        Assert.Equal(OldTeamDataAnalysis.Analyze([], one), TeamDataAnalysis.Analyze([], one));
        var outcome = new TargetOutcome(new StudentId("s1"), new TargetId("T1"), true, 3);
        Assert.Equal(OldTeamDataAnalysis.Analyze([outcome], one), TeamDataAnalysis.Analyze([outcome], one));
    }

    [Fact]
    public void Refusals_are_the_old_forms()
    {
        var roster = new Roster([new RosterStudent(new StudentId("s1"), new SectionId("c1"), new TeacherId("t1"), [])]);
        var stranger = new TargetOutcome(new StudentId("s9"), new TargetId("T1"), true, 3);
        var once = new TargetOutcome(new StudentId("s1"), new TargetId("T1"), true, 3);
        foreach (var outcomes in new[] { new[] { stranger }, [once, once], [once, stranger] })
        {
            var expected = Assert.Throws<ArgumentException>(() => OldTeamDataAnalysis.Analyze(outcomes, roster));
            var actual = Assert.Throws<ArgumentException>(() => TeamDataAnalysis.Analyze(outcomes, roster));
            Assert.Equal((expected.Message, expected.ParamName), (actual.Message, actual.ParamName));
        }
    }
}
