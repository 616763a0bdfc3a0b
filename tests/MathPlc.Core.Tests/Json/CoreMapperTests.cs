using System.Text.Json;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Core.Tests.Json;

/// <summary>Core's contracts and mappers (decision 0093): round trips for generated values, and every problem of a file listed.</summary>
public class CoreMapperTests
{
    [Fact] public void Evidence_round_trips() => MapperChecks.RoundTrips<Evidence, EvidenceContract, EvidenceJsonMapper>(CoreGenerators.Evidence);

    [Fact] public void Reasons_round_trip() => MapperChecks.RoundTrips<Reason, ReasonContract, ReasonJsonMapper>(CoreGenerators.Reason);

    [Fact] public void Levels_round_trip() => MapperChecks.RoundTrips<ProficiencyLevel, ProficiencyLevelContract, ProficiencyLevelJsonMapper>(CoreGenerators.Level);

    [Fact] public void Scales_round_trip() => MapperChecks.RoundTrips<ProficiencyScale, ProficiencyScaleContract, ProficiencyScaleJsonMapper>(CoreGenerators.Scale);

    [Fact] // the shape documented in EvidenceContract, written by hand here
    public void Evidence_is_written_without_nulls() =>
        Assert.Equal("""{"studentId":"S-1","targetId":"T","assessedOn":"2026-09-14","score":3.5,"sequence":0,"kind":"summative"}""",
            JsonSerializer.Serialize(EvidenceJsonMapper.ToContract(new Evidence(new StudentId("S-1"), new TargetId("T"), new LocalDate(2026, 9, 14), 3.5)), EvidenceJsonMapper.Contract));

    [Fact]
    public void Every_problem_of_an_evidence_object_is_listed_with_its_line()
    {
        var (value, problems) = MapperChecks.Map<Evidence, EvidenceContract, EvidenceJsonMapper>("""
            {
              "studentId": " ",
              "assessedOn": "2026-09-31",
              "score": 3,
              "kind": "exam",
              "points": 4
            }
            """);
        Assert.Null(value);
        Assert.Equal(
        [
            ("unknown-property", "$.points", 6),
            ("empty-id", "$.studentId", 2),
            ("bad-date", "$.assessedOn", 3),
            ("unknown-evidence-kind", "$.kind", 5),
            ("missing-property", "$", 1),
        ], problems.Found.Select(d => (d.Code, d.Field!, d.Line!.Value)));
        Assert.Equal("""the required property "targetId" is missing.""", problems.Found[4].Message);
        Assert.Equal("\"exam\" is not a kind of evidence; use one of \"summative\", \"formative\", \"behaviour\".", problems.Found[3].Message);
        Assert.IsType<ArgumentException>(problems.CauseOf(0 + 1));
    }

    [Fact]
    public void A_broken_invariant_is_one_problem_at_its_member_with_the_exception_kept()
    {
        var (value, problems) = MapperChecks.Map<Evidence, EvidenceContract, EvidenceJsonMapper>("""{"studentId":"S","targetId":"T","assessedOn":"2026-09-14","score":3,"weight":-1}""");
        Assert.Null(value);
        var only = Assert.Single(problems.Found);
        Assert.Equal(("invalid-evidence", "$.weight", "-1"), (only.Code, only.Field, only.Value));
        Assert.IsType<ArgumentOutOfRangeException>(problems.CauseOf(0));
    }

    [Fact]
    public void Every_bad_level_of_a_scale_is_listed_and_no_scale_is_built()
    {
        var (value, problems) = MapperChecks.Map<ProficiencyScale, ProficiencyScaleContract, ProficiencyScaleJsonMapper>(
            """{"name":"S","minimum":0,"maximum":4,"levels":[{"label":"A"},null,{"label":" ","cut":1},{"label":"B","cut":2,"colour":"red"}],"proficientLevel":"B"}""");
        Assert.Null(value);
        Assert.Equal(
        [
            ("missing-property", "$.levels[0]"),
            ("wrong-type", "$.levels[1]"),
            ("invalid-scale", "$.levels[2].label"),
            ("unknown-property", "$.levels[3].colour"),
        ], problems.Found.Select(d => (d.Code, d.Field!)));
        Assert.Equal("expected an object, found null (null).", problems.Found[1].Message); // the words the hand-written readers always used
    }

    [Fact]
    public void A_null_data_value_of_a_reason_is_the_wrong_type_at_its_key()
    {
        var (value, problems) = MapperChecks.Map<Reason, ReasonContract, ReasonJsonMapper>("""{"code":"c","message":"m","data":{"cut point":null}}""");
        Assert.Null(value);
        var only = Assert.Single(problems.Found);
        Assert.Equal(("wrong-type", "$.data['cut point']", "expected a string, found null (null)."), (only.Code, only.Field, only.Message));
    }

    [Fact]
    public void Optional_members_take_Cores_defaults()
    {
        var (value, problems) = MapperChecks.Map<Evidence, EvidenceContract, EvidenceJsonMapper>("""{"studentId":"S","targetId":"T","assessedOn":"2026-09-14","score":3}""");
        Assert.False(problems.Any);
        Assert.Equal(new Evidence(new StudentId("S"), new TargetId("T"), new LocalDate(2026, 9, 14), 3, 0, EvidenceKind.Summative), value);
    }

    [Fact]
    public void Mappers_guard_their_arguments()
    {
        MapperChecks.Guards<Evidence, EvidenceContract, EvidenceJsonMapper>(new());
        MapperChecks.Guards<Reason, ReasonContract, ReasonJsonMapper>(new());
        MapperChecks.Guards<ProficiencyScale, ProficiencyScaleContract, ProficiencyScaleJsonMapper>(new());
        MapperChecks.Guards<ProficiencyLevel, ProficiencyLevelContract, ProficiencyLevelJsonMapper>(new());
    }
}
