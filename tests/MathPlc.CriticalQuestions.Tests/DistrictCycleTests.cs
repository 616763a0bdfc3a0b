using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Interventions;
using MathPlc.Tests;

namespace MathPlc.CriticalQuestions.Tests;

/// <summary>
/// Decision 0106: a district's cycle is one cycle per team on the team's own students; the district's counts are the
/// teams' sums; a district of one team is that team's cycle.
/// </summary>
public sealed class DistrictCycleTests
{
    // A generated district and a team for each student: teachers dealt to `teams` teams in turn (ordinal teacher order).
    private static readonly Gen<(UnitCycleInput Input, Dictionary<StudentId, string> Teams)> Districts =
        from seed in Gen.Choose(0, int.MaxValue)
        from students in Gen.Choose(4, 80)
        from sections in Gen.Choose(2, Math.Min(8, students))
        from teachers in Gen.Choose(2, sections)
        from teams in Gen.Choose(1, teachers)
        from screened in Gen.Choose(0, 100).ArrayOf()
        select District(seed, students, sections, teachers, teams, screened);

    private static (UnitCycleInput, Dictionary<StudentId, string>) District(int seed, int students, int sections, int teachers, int teams, int[] screened)
    {
        var input = SampleTeam.Generate((ulong)seed, new SampleTeamOptions(students, sections, teachers)).Input;
        var roster = input.Roster.Students;
        input = input with { Screening = [.. screened.Take(roster.Length).Select((p, i) => new ScreeningScore(roster[i].Student, p))] };
        var teacherIndex = input.Roster.Teachers.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        return (input, roster.ToDictionary(s => s.Student, s => $"team {teacherIndex[s.Teacher] % teams}"));
    }

    [Fact]
    public void The_district_counts_are_the_sums_of_the_team_counts() =>
        Prop.ForAll(Districts.ToArbitrary(), d =>
        {
            var district = DistrictCycle.Run(d.Input, d.Teams);
            var c = district.Counts;
            var teams = district.Teams.Select(t => t.Report.Counts).ToList();
            Assert.Equal(d.Input.Roster.Count, c.Students);
            Assert.Equal(teams.Sum(t => t.Students), c.Students);
            Assert.Equal(teams.Sum(t => t.Tier2), c.Tier2);
            Assert.Equal(teams.Sum(t => t.Tier3), c.Tier3);
            Assert.Equal(teams.Sum(t => t.WholeClass), c.WholeClass);
            Assert.Equal(teams.Sum(t => t.Extension), c.Extension);
            Assert.Equal(teams.Sum(t => t.Groups), c.Groups);
            Assert.Equal(teams.Sum(t => t.DoesNotFit), c.DoesNotFit);
            for (int i = 0; i < district.Targets.Length; i++)
            {
                Assert.Equal(district.Teams.Sum(t => t.Report.HowWillWeKnow.Targets[i].Proficient), district.Targets[i].Proficient);
                Assert.Equal(district.Teams.Sum(t => t.Report.HowWillWeKnow.Targets[i].NotYetProficient), district.Targets[i].NotYetProficient);
                Assert.Equal(d.Input.Roster.Count, district.Targets[i].Students);
            }
        }).Check(40);

    [Fact]
    public void Each_team_report_holds_only_its_own_students_and_adults() =>
        Prop.ForAll(Districts.ToArbitrary(), d =>
        {
            foreach (var team in DistrictCycle.Run(d.Input, d.Teams).Teams)
            {
                var mine = d.Teams.Where(kv => kv.Value == team.TeamId).Select(kv => kv.Key).ToHashSet();
                var plan = team.Report.HowWillWeRespond.Plan;
                Assert.All(plan.Responses, r => Assert.Contains(r.Student, mine));
                Assert.All(team.Report.HowWillWeKnow.Proficiency, r => Assert.Contains(r.StudentId, mine));
                Assert.All(team.Report.HowWillWeKnow.Evidence, e => Assert.Contains(e.Student, mine));
                Assert.Equal(mine.Count, team.Report.Counts.Students);
                var teachers = d.Input.Roster.Students.Where(s => mine.Contains(s.Student)).Select(s => s.Teacher).ToHashSet();
                Assert.All(plan.Capacity.Adults, a => Assert.Contains(a, teachers));
            }
        }).Check(40);

    [Fact]
    public void A_team_report_is_the_report_of_the_team_run_on_its_own()
    {
        var (input, teams) = District(7, 60, 6, 4, 2, [5, 50, 3]);
        var district = DistrictCycle.Run(input, teams);
        Assert.Equal(2, district.Teams.Length);
        foreach (var team in district.Teams)
        {
            var roster = new Roster(input.Roster.Students.Where(s => teams[s.Student] == team.TeamId));
            var alone = new UnitCycleInput($"{input.Team}, team {team.TeamId}", roster, input.Unit, input.Blueprint,
                input.ItemScores.Where(s => roster.Contains(s.Student)), input.AssessedOn, input.Calendar, input.NextCycleStart)
            {
                Screening = [.. input.Screening.Where(s => roster.Contains(s.StudentId))],
            };
            Assert.Equal(UnitCycle.Run(alone), team.Report);
        }
    }

    [Fact]
    public void A_district_of_one_team_is_that_teams_own_cycle()
    {
        var input = SampleTeam.Default.Input;
        var district = DistrictCycle.Run(input, input.Roster.Students.ToDictionary(s => s.Student, _ => "north"));
        var team = Assert.Single(district.Teams);
        Assert.Equal("north", team.TeamId);
        Assert.Equal(UnitCycle.Run(input), team.Report);
        Assert.Same(input, Assert.Single(DistrictCycle.Split(input, input.Roster.Students.ToDictionary(s => s.Student, _ => " north "))).Input);
    }

    [Fact]
    public void Teams_come_in_the_order_of_their_first_student_and_ids_are_trimmed()
    {
        var input = SmallTeam.Input();
        var teams = new Dictionary<StudentId, string>
        {
            [new("s1")] = " b ", [new("s2")] = "a", [new("s3")] = "b", [new("s4")] = "a", [new("s5")] = "b",
        };
        var split = DistrictCycle.Split(input, teams);
        Assert.Equal(["b", "a"], split.Select(t => t.TeamId));
        Assert.Equal(["s1", "s3", "s5"], split[0].Input.Roster.Students.Select(s => s.Student.Value));
        Assert.Equal("Grade 6 team, team b", split[0].Input.Team);
        Assert.All(split[1].Input.ItemScores, s => Assert.Contains(s.Student.Value, new[] { "s2", "s4" }));
    }

    [Fact]
    public void Teams_are_ranked_by_their_share_not_yet_proficient()
    {
        var (input, teams) = District(11, 80, 8, 4, 4, []);
        var ranked = DistrictCycle.Run(input, teams).RankedByNotYetShare();
        var shares = ranked.Select(t => t.NotYetShare ?? -1).ToList();
        Assert.Equal(shares.OrderByDescending(s => s), shares);
    }

    [Fact] // decision 0170: the outline of teams written one by one is the district report's outline, sums and all
    public void An_outline_of_teams_one_by_one_holds_the_district_reports_figures() =>
        Prop.ForAll(Districts.ToArbitrary(), d =>
        {
            var district = DistrictCycle.Run(d.Input, d.Teams);
            var outline = new DistrictCycleOutline(d.Input.Team, district.Teams.Select(t => new TeamCycleOutline(t)));
            Assert.Equal(district.Outline, outline);
            Assert.Equal(district.Counts, outline.Counts);
            Assert.Equal(district.Targets, outline.Targets);
            Assert.Equal(district.RankedByNotYetShare().Select(t => t.TeamId), outline.RankedByNotYetShare().Select(t => t.TeamId));
            foreach (var (team, o) in district.Teams.Zip(outline.Teams))
            {
                Assert.Equal(team.NotYetShare, o.NotYetShare);
                Assert.Equal(team.Report.HowWillWeRespond.Plan.Capacity.Adults.Length, o.Adults);
                Assert.Equal(team.Report.HowWillWeRespond.Plan.Capacity.Blocks.Length, o.Blocks);
                Assert.Equal(team.Report.Counts, o.Counts);
            }
        }).Check(20);

    [Fact]
    public void An_outline_refuses_what_a_district_report_refuses()
    {
        var report = UnitCycle.Run(SmallTeam.Input());
        var a = new TeamCycleOutline(new TeamCycleReport("a", report));
        var other = new TeamCycleOutline(new TeamCycleReport("b", UnitCycle.Run(SampleTeam.Default.Input)));
        Assert.Throws<ArgumentNullException>("team", () => new TeamCycleOutline(null!));
        Assert.Throws<ArgumentNullException>("teams", () => new DistrictCycleOutline("d", null!));
        Assert.Throws<ArgumentException>("district", () => new DistrictCycleOutline(" ", [a]));
        Assert.Throws<ArgumentException>("teams", () => new DistrictCycleOutline("d", []));
        Assert.Throws<ArgumentException>("teams", () => new DistrictCycleOutline("d", [a, a]));
        Assert.Throws<ArgumentException>("teams", () => new DistrictCycleOutline("d", [a, other]));
    }

    [Fact]
    public void A_student_without_a_team_is_refused()
    {
        var input = SmallTeam.Input();
        var teams = new Dictionary<StudentId, string> { [new("s1")] = "a", [new("s2")] = "a", [new("s3")] = "b", [new("s4")] = "b" };
        var e = Assert.Throws<ArgumentException>("teamOf", () => DistrictCycle.Split(input, teams));
        Assert.Contains("s5", e.Message, StringComparison.Ordinal);
        teams[new("s5")] = "  ";
        Assert.Throws<ArgumentException>("teamOf", () => DistrictCycle.Split(input, teams));
    }

    [Fact]
    public void A_team_for_a_student_not_on_the_roster_is_refused()
    {
        var input = SmallTeam.Input();
        var teams = input.Roster.Students.ToDictionary(s => s.Student, _ => "a");
        teams[new("ghost")] = "b";
        var e = Assert.Throws<ArgumentException>("teamOf", () => DistrictCycle.Split(input, teams));
        Assert.Contains("ghost", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_for_a_student_not_on_the_roster_is_refused_when_splitting()
    {
        var input = SmallTeam.Input() with { };
        input = new UnitCycleInput(input.Team, input.Roster, input.Unit, input.Blueprint,
            [.. input.ItemScores, new Assessments.ItemScore(new StudentId("ghost"), new ItemId("i1"), 1)], input.AssessedOn, input.Calendar, input.NextCycleStart);
        var teams = input.Roster.Students.ToDictionary(s => s.Student, s => s.Section.Value);
        var e = Assert.Throws<ArgumentException>("district", () => DistrictCycle.Split(input, teams));
        Assert.Contains("ghost", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_teams_problem_is_reported_as_the_cycle_reports_it()
    {
        var input = SmallTeam.Input();
        var split = DistrictCycle.Split(input, input.Roster.Students.ToDictionary(s => s.Student, s => s.Section.Value));
        var broken = split.Select(t => new TeamCycleInput(t.TeamId, t.Input with { TierRules = new TierRules(3.0, essentialTargets: [new TargetId("elsewhere")]) })).ToList();
        var alone = Assert.ThrowsAny<ArgumentException>(() => UnitCycle.Run(broken[0].Input));
        var e = Assert.ThrowsAny<ArgumentException>(() => DistrictCycle.Run("district", broken));
        Assert.Equal(alone.GetType(), e.GetType());
        Assert.Equal(alone.Message, e.Message);
    }

    [Fact]
    public void Guards_name_their_parameter()
    {
        var input = SmallTeam.Input();
        var report = UnitCycle.Run(input);
        Assert.Throws<ArgumentNullException>("district", () => DistrictCycle.Split(null!, new Dictionary<StudentId, string>()));
        Assert.Throws<ArgumentNullException>("teamOf", () => DistrictCycle.Split(input, null!));
        Assert.Throws<ArgumentException>("teams", () => DistrictCycle.Run("d", []));
        Assert.Throws<ArgumentException>("teams", () => DistrictCycle.Run("d", [new TeamCycleInput("a", input), new TeamCycleInput("a ", input)]));
        Assert.Throws<ArgumentException>("district", () => DistrictCycle.Run(" ", [new TeamCycleInput("a", input)]));
        Assert.Throws<ArgumentException>("TeamId", () => new TeamCycleInput(" ", input));
        Assert.Throws<ArgumentNullException>("Input", () => new TeamCycleInput("a", null!));
        Assert.Throws<ArgumentException>("TeamId", () => new TeamCycleReport("", report));
        Assert.Throws<ArgumentNullException>("Report", () => new TeamCycleReport("a", null!));
        Assert.Throws<ArgumentException>("teams", () => new DistrictCycleReport("d", []));
        Assert.Throws<ArgumentException>("district", () => new DistrictCycleReport("", [new TeamCycleReport("a", report)]));
        Assert.Throws<ArgumentException>("teams", () => new DistrictCycleReport("d", [new TeamCycleReport("a", report), new TeamCycleReport("a", report)]));
        var other = UnitCycle.Run(SampleTeam.Default.Input);
        Assert.Throws<ArgumentException>("teams", () => new DistrictCycleReport("d", [new TeamCycleReport("a", report), new TeamCycleReport("b", other)]));
    }
}
