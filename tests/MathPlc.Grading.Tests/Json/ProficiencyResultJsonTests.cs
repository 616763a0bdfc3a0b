using System.Text.Json;
using MathPlc.Core;
using MathPlc.Grading.Json;
using MathPlc.Tests;

namespace MathPlc.Grading.Tests.Json;

/// <summary>Grading's result contracts and mappers (decision 0093): round trips for generated results, and every problem listed.</summary>
public class ProficiencyResultJsonTests
{
    private static (ProficiencyResult? Value, JsonProblems Problems) Map(string json) =>
        MapperChecks.Map<ProficiencyResult, ProficiencyResultContract, ProficiencyResultJsonMapper>(json);

    [Fact] public void Results_round_trip() => MapperChecks.RoundTrips<ProficiencyResult, ProficiencyResultContract, ProficiencyResultJsonMapper>(GradingGenerators.Result, 100);

    [Fact] public void Weighted_evidence_round_trips() => MapperChecks.RoundTrips<WeightedEvidence, WeightedEvidenceContract, WeightedEvidenceJsonMapper>(GradingGenerators.Weighted, 100);

    [Fact] public void Excluded_evidence_round_trips() => MapperChecks.RoundTrips<ExcludedEvidence, ExcludedEvidenceContract, ExcludedEvidenceJsonMapper>(GradingGenerators.Excluded, 100);

    [Fact]
    public void An_insufficient_result_writes_no_score_and_its_lists()
    {
        var result = ProficiencyResult.Insufficient(new StudentId("S-1"), new TargetId("T"), "mean",
            [], [], [new Reason("no-evidence", "No evidence yet.")], "No evidence yet.");
        Assert.Equal("""{"studentId":"S-1","targetId":"T","method":"mean","status":"insufficientEvidence","used":[],"excluded":[],"reasons":[{"code":"no-evidence","message":"No evidence yet.","data":{}}],"description":"No evidence yet."}""",
            JsonSerializer.Serialize(ProficiencyResultJsonMapper.ToContract(result), ProficiencyResultJsonMapper.Contract));
    }

    [Fact]
    public void Every_problem_of_a_result_is_listed_down_to_its_evidence()
    {
        var (value, problems) = Map("""
            {
              "studentId": "S-1", "targetId": "T", "method": "mean", "status": "done",
              "used": [ { "evidence": { "studentId": "S-1", "targetId": "T", "assessedOn": "2026-02-30", "score": 3 } } ],
              "excluded": [ { "evidence": { "studentId": "S-1", "targetId": "T", "assessedOn": "2026-02-03", "score": 1 }, "reason": { "code": "Late", "message": "late" } } ],
              "description": "x"
            }
            """);
        Assert.Null(value);
        Assert.Equal(
        [
            ("unknown-status", "$.status", 2),
            ("bad-date", "$.used[0].evidence.assessedOn", 3),
            ("missing-property", "$.used[0]", 3),
            ("invalid-reason", "$.excluded[0].reason.code", 4),
        ], problems.Found.Select(d => (d.Code, d.Field!, d.Line!.Value)));
    }

    [Fact]
    public void A_scored_result_without_a_level_breaks_the_invariant_at_status()
    {
        var (value, problems) = Map("""{"studentId":"S","targetId":"T","method":"mean","status":"scored","score":3,"unroundedScore":3,"description":"d"}""");
        Assert.Null(value);
        var only = Assert.Single(problems.Found);
        Assert.Equal(("invalid-result", "$.status"), (only.Code, only.Field));
        Assert.IsType<ArgumentException>(problems.CauseOf(0));
    }

    [Fact]
    public void Mappers_guard_their_arguments()
    {
        MapperChecks.Guards<ProficiencyResult, ProficiencyResultContract, ProficiencyResultJsonMapper>(new());
        MapperChecks.Guards<WeightedEvidence, WeightedEvidenceContract, WeightedEvidenceJsonMapper>(new());
        MapperChecks.Guards<ExcludedEvidence, ExcludedEvidenceContract, ExcludedEvidenceJsonMapper>(new());
    }
}
