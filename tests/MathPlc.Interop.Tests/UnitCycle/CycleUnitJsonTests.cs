using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interop.UnitCycle;
using MathPlc.Interventions;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Interop.Tests.UnitCycle;

/// <summary>
/// The unit file read through its contract and mapper (decision 0165): every problem listed with its path, line and
/// column; the writer's bytes those of the file committed before the change; write then read gives the same value.
/// </summary>
public sealed class CycleUnitJsonTests
{
    // A small valid file; each test breaks it in its own way. Line numbers below count from this text.
    private const string Valid = """
        {
          "team": "T",
          "unit": { "name": "U", "teachingDays": 5, "targets": [ { "id": "t1", "statement": "s" } ] },
          "assessment": {
            "name": "A",
            "assessedOn": "2026-10-01",
            "items": [ { "id": "Q1", "points": 1, "targets": ["t1"], "dok": 1, "demand": "memorization", "format": "selectedResponse" } ]
          },
          "calendar": { "firstDay": "2026-08-17", "lastDay": "2027-06-04" },
          "nextCycleStart": "2026-10-05"
        }
        """;

    private static CycleUnitFile Read(string json) => CycleUnitJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "unit.json");

    private static DataFileException Refused(string json) => Assert.Throws<DataFileException>(() => Read(json));

    private static string Written(CycleUnitFile unit)
    {
        using var stream = new MemoryStream();
        CycleUnitJson.Write(stream, unit);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void The_small_file_is_valid() => Assert.Equal("T", Read(Valid).Team);

    [Fact]
    public void Three_independent_faults_are_three_diagnostics_each_with_its_path_and_line()
    {
        string json = Valid
            .Replace("\"team\": \"T\",", "\"team\": \"T\", \"colour\": \"blue\",", StringComparison.Ordinal)
            .Replace("\"assessedOn\": \"2026-10-01\"", "\"assessedOn\": \"2026-10-32\"", StringComparison.Ordinal)
            .Replace("\"lastDay\": \"2027-06-04\"", "\"lastDay\": \"2027-13-04\"", StringComparison.Ordinal);

        var e = Refused(json);

        Assert.Equal(
            [("bad-date", "$.assessment.assessedOn", 6), ("bad-date", "$.calendar.lastDay", 9), ("unknown-property", "$.colour", 2)],
            e.Diagnostics.Select(d => (d.Code, d.Field!, d.Line!.Value)).Order().ToArray());
        Assert.All(e.Diagnostics, d => Assert.Equal("unit.json", d.File));
        Assert.All(e.Diagnostics, d => Assert.NotNull(d.Column));
    }

    [Fact]
    public void Every_problem_of_the_grading_options_is_listed_not_only_the_first()
    {
        // Before decision 0165 the grading object was read through MathPlcJson, which stopped at its first problem.
        string json = Valid.Replace("\"nextCycleStart\"",
            "\"grading\": { \"method\": { \"name\": \"mean\" }, \"levelRule\": \"sideways\", \"extra\": 1 },\n  \"nextCycleStart\"", StringComparison.Ordinal);

        var e = Refused(json);

        Assert.Equal(
            [("missing-property", "$.grading"), ("unknown-level-rule", "$.grading.levelRule"), ("unknown-property", "$.grading.extra")],
            e.Diagnostics.Select(d => (d.Code, d.Field!)).Order().ToArray());
        Assert.All(e.Diagnostics, d => Assert.Equal(10, d.Line));
    }

    [Fact]
    public void A_problem_of_the_unit_plan_is_named_under_the_unit_with_its_line()
    {
        var d = Assert.Single(Refused(Valid.Replace("\"teachingDays\": 5", "\"teachingDays\": 5.5", StringComparison.Ordinal)).Diagnostics);
        Assert.Equal(("bad-number", "$.unit.teachingDays", 3), (d.Code, d.Field, d.Line));
    }

    [Fact]
    public void A_problem_of_the_tier_rules_is_named_under_tier_rules_with_its_line()
    {
        string json = Valid.Replace("\"nextCycleStart\"", "\"tierRules\": { \"proficientCut\": 3, \"cutt\": 1 },\n  \"nextCycleStart\"", StringComparison.Ordinal);
        var d = Assert.Single(Refused(json).Diagnostics);
        Assert.Equal(("unknown-property", "$.tierRules.cutt", 10), (d.Code, d.Field, d.Line));
    }

    [Fact]
    public void A_value_of_the_wrong_json_type_stops_the_read_with_its_line_and_column()
    {
        var d = Assert.Single(Refused(Valid.Replace("\"points\": 1", "\"points\": \"one\"", StringComparison.Ordinal)).Diagnostics);
        Assert.Equal(("wrong-type", "$.assessment.items[0].points", 7), (d.Code, d.Field, d.Line));
        Assert.NotNull(d.Column);
    }

    [Fact]
    public void Missing_members_are_named_together_at_their_object()
    {
        var d = Assert.Single(Refused(Valid.Replace("\"nextCycleStart\": \"2026-10-05\"", "", StringComparison.Ordinal)).Diagnostics);
        Assert.Equal(("missing-property", "$"), (d.Code, d.Field));
        Assert.Contains("\"nextCycleStart\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted()
    {
        string json = Valid.Replace("\"team\": \"T\",", "// the team\n  \"team\": \"T\", /* named */", StringComparison.Ordinal)
            .Replace("\"nextCycleStart\": \"2026-10-05\"", "\"nextCycleStart\": \"2026-10-05\",", StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2026, 10, 5), Read(json).NextCycleStart);
    }

    [Fact]
    public void A_property_given_twice_is_refused_by_the_input_gate()
    {
        var d = Assert.Single(Refused(Valid.Replace("\"team\": \"T\",", "\"team\": \"T\", \"team\": \"U\",", StringComparison.Ordinal)).Diagnostics);
        Assert.Equal(("duplicate-property", 2), (d.Code, d.Line));
    }

    [Fact]
    public void Invalid_utf8_is_refused_by_the_input_gate()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Valid.Replace("\"T\"", "\"T#\"", StringComparison.Ordinal))];
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xFF;
        var e = Assert.Throws<DataFileException>(() => CycleUnitJson.Read(new MemoryStream(bytes), "unit.json"));
        Assert.Equal("bad-encoding", Assert.Single(e.Diagnostics).Code);
    }

    [Fact]
    public void A_response_with_an_adult_twice_a_saturday_block_and_a_line_above_one_lists_all_three()
    {
        string json = Valid.Replace("\"nextCycleStart\"",
            "\"response\": { \"adults\": [\"a\", \"a\"], \"blocks\": [ { \"day\": \"saturday\", \"minutes\": 30 } ], \"wholeClassAtLeast\": 1.5 },\n  \"nextCycleStart\"",
            StringComparison.Ordinal);
        Assert.Equal(["bad-number", "duplicate-adult", "non-instructional-block"], Refused(json).Diagnostics.Select(d => d.Code).Order().ToArray());
    }

    [Fact]
    public void An_essential_target_on_no_item_is_uncovered_at_the_target()
    {
        string json = Valid.Replace("{ \"id\": \"t1\", \"statement\": \"s\" }", "{ \"id\": \"t1\", \"statement\": \"s\" }, { \"id\": \"t2\", \"statement\": \"s\" }", StringComparison.Ordinal);
        var d = Assert.Single(Refused(json).Diagnostics);
        Assert.Equal(("uncovered-target", "$.unit.targets[1]", 3), (d.Code, d.Field, d.Line));
    }

    [Fact]
    public void A_conversion_table_that_does_not_count_unanswered_items_zero_is_not_written()
    {
        var unit = Read(Valid) with { Scoring = new TargetScoringRule(ProficiencyScale.Marzano, [new PercentCut(0, 1), new PercentCut(50, 3)], MissingResponse.Exclude) };
        Assert.Throws<ArgumentException>(() => Written(unit));
    }

    [Fact]
    public void The_ed_fi_sample_teams_unit_file_reads_and_writes_back_byte_for_byte()
    {
        // tests/data/edfi/team2/unit.json was written by the Utf8JsonWriter this reader replaced (grading and tier rules compact).
        string path = Path.Combine(SharedData.RepositoryRoot, "tests", "data", "edfi", "team2", "unit.json");
        Assert.Equal(File.ReadAllText(path), Written(CycleUnitJson.ReadFile(path)));
    }

    [Fact]
    public void Write_then_read_gives_the_same_unit_file() =>
        Prop.ForAll(Units.ToArbitrary(), unit => Assert.Equal(unit, Read(Written(unit)))).Check(maxTest: 25);

    // Generated teams with every optional part present or absent; grading and tier rules from the Ed-Fi sample team.
    private static Gen<CycleUnitFile> Units
    {
        get
        {
            var extras = CycleUnitJson.ReadFile(Path.Combine(SharedData.RepositoryRoot, "tests", "data", "edfi", "team2", "unit.json"));
            return from seed in Gen.Choose(1, 10_000)
                   from minimum in Gen.Elements<int?>(null, 1, 5, 10)
                   from scoring in Gen.Elements(false, true)
                   from extra in Gen.Elements(false, true)
                   from line in Gen.Elements<double?>(null, 0.25, 1)
                   from reassess in Gen.Elements<int?>(null, 1, 10, 60)
                   from blocks in Gen.Elements(false, true)
                   select With(CycleInputs.ToUnitFile(SampleTeam.Generate((ulong)seed).Input), minimum, scoring, extra ? extras : null, line, reassess, blocks);
        }
    }

    private static CycleUnitFile With(CycleUnitFile unit, int? minimum, bool scoring, CycleUnitFile? extras, double? line, int? reassess, bool blocks) =>
        new(unit.Team, unit.Unit, unit.Blueprint, unit.AssessedOn, unit.Calendar, unit.NextCycleStart,
            scoring ? new TargetScoringRule(ProficiencyScale.Marzano, [new PercentCut(0, 1), new PercentCut(50, 2), new PercentCut(70, 3), new PercentCut(90, 4)]) : unit.Scoring,
            extras?.Grading ?? unit.Grading, extras?.TierRules ?? unit.TierRules, minimum,
            new ResponseSettings(unit.Response?.Adults, blocks ? [new InterventionBlock(IsoDayOfWeek.Tuesday, 30), new InterventionBlock(IsoDayOfWeek.Thursday, 45)] : null, line, reassess));
}
