using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Interventions;
using MathPlc.Tests;

namespace MathPlc.CriticalQuestions.Tests;

/// <summary>
/// Decision 0230: <see cref="DistrictCycle.Split"/> files each row under its team in one pass, each team's array made
/// at its size. Each team's input holds exactly the district's rows of its students, in the district's order, as
/// filtering the district's rows by team gives them (the old form, kept here as the oracle).
/// </summary>
public sealed class DistrictSplitProperties
{
    private static readonly Gen<(int Seed, int Students, int Teams, int[] Picks)> Districts =
        from seed in Gen.Choose(0, int.MaxValue)
        from students in Gen.Choose(4, 60)
        from teams in Gen.Choose(2, 6)
        from picks in Gen.Choose(0, 1_000).ArrayOf()
        select (seed, students, teams, picks);

    [Fact]
    public void Each_team_gets_the_districts_rows_of_its_students_in_order() =>
        Prop.ForAll(Districts.ToArbitrary(), d =>
        {
            var input = SampleTeam.Generate((ulong)d.Seed, new SampleTeamOptions(d.Students, 4, 2)).Input;
            var roster = input.Roster.Students;
            var target = input.Unit.Targets[0].Id;
            // Scores shuffled so a student's rows do not always come together; screening, evidence and non-response for some students.
            var random = new Random(d.Seed);
            input = new UnitCycleInput(input.Team, input.Roster, input.Unit, input.Blueprint, input.ItemScores.OrderBy(_ => random.Next()),
                input.AssessedOn, input.Calendar, input.NextCycleStart)
            {
                Screening = [.. d.Picks.Select(p => roster[p % roster.Length].Student).Distinct().Select((s, i) => new ScreeningScore(s, i % 100))],
                AdditionalEvidence = [.. d.Picks.Select((p, i) => new Evidence(roster[p % roster.Length].Student, target, input.AssessedOn, 1 + i % 3))],
                NonResponse = [.. d.Picks.Take(5).Select(p => roster[p % roster.Length].Student).Distinct().Select(s => new NonResponse(s, input.AssessedOn, "no growth"))],
            };
            var teamOf = roster.Select((s, i) => (s.Student, Team: $"t{(i * 7 + d.Seed) % d.Teams}")).ToDictionary(x => x.Student, x => x.Team);
            var split = DistrictCycle.Split(input, teamOf);
            Assert.Equal(roster.Select(s => teamOf[s.Student]).Distinct(), split.Select(t => t.TeamId));
            foreach (var team in split)
            {
                bool Mine(StudentId s) => teamOf[s] == team.TeamId;
                Assert.Equal(roster.Where(s => Mine(s.Student)), team.Input.Roster.Students);
                Assert.Equal(input.ItemScores.Where(s => Mine(s.Student)), team.Input.ItemScores);
                Assert.Equal(input.Screening.Where(s => Mine(s.StudentId)), team.Input.Screening);
                Assert.Equal(input.AdditionalEvidence.Where(e => Mine(e.StudentId)), team.Input.AdditionalEvidence);
                Assert.Equal(input.NonResponse.Where(n => Mine(n.Student)), team.Input.NonResponse);
            }
        }).Check(60);

    [Fact]
    public void An_item_score_array_given_to_an_input_is_its_item_scores()
    {
        var input = SampleTeam.Default.Input;
        var again = new UnitCycleInput(input.Team, input.Roster, input.Unit, input.Blueprint, input.ItemScores, input.AssessedOn, input.Calendar, input.NextCycleStart);
        Assert.Equal(input.ItemScores, again.ItemScores);
        Assert.True(input.ItemScores.AsImmutableArray() == again.ItemScores.AsImmutableArray());   // the same array, not a copy (a district's million scores)
    }
}
