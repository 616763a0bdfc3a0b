using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Teams.Json;
using NodaTime;

namespace MathPlc.Teams.Tests.Json;

/// <summary>
/// The goals, commitments and team-actions files on contracts (decision 0093): every problem of a file is listed with
/// its path, line and column, and what the writers write reads back equal.
/// </summary>
public class TeamsFilesTests
{
    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Every_problem_of_a_goals_file_is_listed_with_its_place()
    {
        var e = Assert.Throws<DataFileException>(() => SmartGoalJson.Read(Utf8("""
            [
              { "id": "g1", "type": "results", "deadline": "2027-02-30" },
              { "id": "g2", "type": "outcome", "horizon": "decade" },
              { "id": " ", "type": "process", "measurements": [ { "date": "2027-01-11" } ], "colour": "red" }
            ]
            """), "goals.json"));
        Assert.Equal(
        [
            ("bad-date", "$[0].deadline", 2, 48),
            ("unknown-type", "$[1].type", 3, 25),
            ("unknown-horizon", "$[1].horizon", 3, 47),
            ("unknown-property", "$[2].colour", 4, 91),
            ("empty-id", "$[2].id", 4, 11),
            ("missing-property", "$[2].measurements[0]", 4, 53),
        ], e.Diagnostics.Select(d => (d.Code, d.Field!, d.Line ?? 0, d.Column ?? 0)).ToArray());
        Assert.Equal("""
            "outcome" is not a goal type; use one of "results", "process".
            """, e.Diagnostics[1].Message);
        Assert.Equal("""the required property "value" is missing.""", e.Diagnostics[5].Message);
    }

    [Fact]
    public void An_assessment_of_a_commitment_the_file_does_not_list_is_named()
    {
        var e = Assert.Throws<DataFileException>(() => CommitmentsJson.Read(Utf8("""
            { "commitments": [ { "id": "c1", "title": "Time to collaborate" } ],
              "assessments": [ { "assessedOn": "2026-10-01", "entries": [ { "commitment": "c2", "level": "school", "status": "not-started" } ] } ] }
            """), "commitments.json"));
        Assert.Equal([("unknown-commitment", "$.assessments[0].entries[0].commitment"), ("unknown-level", "$.assessments[0].entries[0].level")],
            e.Diagnostics.Select(d => (d.Code, d.Field!)).ToArray());
    }

    [Fact]
    public void A_repeated_action_id_is_reported_where_it_repeats()
    {
        var e = Assert.Throws<DataFileException>(() => TeamActionsJson.Read(Utf8("""
            { "actions": [ { "id": "a", "phase": "before", "action": "Unwrap the unit" }, { "id": "a", "phase": "after", "action": "Analyse results" } ] }
            """), "actions.json"));
        Assert.Equal(("duplicate-id", "$.actions[1].id", "a"), (Assert.Single(e.Diagnostics).Code, e.Diagnostics[0].Field, e.Diagnostics[0].Value));
    }

    private static readonly Arbitrary<SmartGoalEntry[]> Goals =
        Gen.ArrayOf(
            from id in Gen.Elements("g1", "g-7 \"unit\" ☺", "ratios")
            from type in Gen.Elements(GoalType.Results, GoalType.Process)
            from baseline in Gen.Choose(0, 40)
            from gain in Gen.Choose(1, 50)
            from horizon in Gen.Elements<GoalHorizon?>(null, GoalHorizon.Unit, GoalHorizon.Year)
            from values in Gen.ArrayOf(Gen.Choose(0, 100), 3)
            select new SmartGoalEntry(id,
                new SmartGoal("raise proficiency", "grade 7", type, "percent proficient", baseline, new LocalDate(2027, 1, 4), baseline + gain,
                    new LocalDate(2027, 3, 29), 8.5, [new ActionStep("reteach fractions", "Ms. Díaz", new LocalDate(2027, 1, 15))], horizon, null, (0, 100)),
                [.. values.Select((v, i) => new GoalMeasurement(new LocalDate(2027, 1, 11).PlusWeeks(i), v / 2.0))]), 3).ToArbitrary();

    [Fact]
    public void Written_goals_read_back_equal() =>
        Prop.ForAll(Goals, goals =>
        {
            var written = new MemoryStream();
            SmartGoalJson.Write(written, goals);
            return SmartGoalJson.Read(new MemoryStream(written.ToArray()), "goals.json").SequenceEqual(goals);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_written_commitments_file_reads_back_equal()
    {
        var file = new CommitmentsFile(
            [new Commitment("c1", "Time to collaborate", new Dictionary<LeadershipLevel, string> { [LeadershipLevel.District] = "protect the time", [LeadershipLevel.Team] = "use it" })],
            [new LearningAction("l1", "Norms", ["we set norms"], ["revisit them"])],
            [new CommitmentSelfAssessment(new LocalDate(2026, 10, 1), [new CommitmentEntry("c1", LeadershipLevel.Team, CommitmentStatus.Developing, ["weekly"], ["twice weekly"], ["agendas"])])]);
        var written = new MemoryStream();
        CommitmentsJson.Write(written, file);
        Assert.Equal(file, CommitmentsJson.Read(new MemoryStream(written.ToArray()), "commitments.json"));
    }

    [Fact]
    public void Guards_name_the_parameter()
    {
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => SmartGoalJson.Read(null!, "f")).ParamName);
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => CommitmentsJson.Read(new MemoryStream(), null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => TeamActionsJson.Read(null!, "f")).ParamName);
        Assert.Equal("goals", Assert.Throws<ArgumentNullException>(() => SmartGoalJson.Write(new MemoryStream(), null!)).ParamName);
        Assert.Equal("file", Assert.Throws<ArgumentNullException>(() => CommitmentsJson.Write(new MemoryStream(), null!)).ParamName);
    }
}
