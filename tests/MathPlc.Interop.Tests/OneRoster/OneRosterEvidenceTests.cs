using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Interop.OneRoster;
using MathPlc.Tests;
using NodaTime;
using static MathPlc.Interop.Tests.OneRoster.OneRosterSample;

namespace MathPlc.Interop.Tests.OneRoster;

/// <summary>From a OneRoster gradebook to evidence: values read off the sample export by hand.</summary>
public class OneRosterEvidenceTests
{
    private static readonly SectionId C1 = new("c1");
    private static readonly StudentId S1 = new("s1");
    private static readonly Roster Roster = new([new RosterStudent(S1, C1, new TeacherId("t1"))]);
    private static readonly OneRosterLearningObjective A = new("case", new TargetId("A"));
    private static readonly OneRosterLearningObjective B = new("case", new TargetId("B"));

    [Fact]
    public void The_sample_gives_per_objective_evidence_and_single_target_evidence_and_skips_the_unsubmitted()
    {
        var data = Read(Files()).GetValueOrThrow();

        var result = OneRosterEvidence.From(data);

        Assert.Equal(
        [
            new Evidence(new StudentId("s1"), new TargetId(Target1), new LocalDate(2026, 10, 9), 4, source: "li1"),
            new Evidence(new StudentId("s1"), new TargetId(Target2), new LocalDate(2026, 10, 9), 3, source: "li1"),
            new Evidence(new StudentId("s2"), new TargetId(Target1), new LocalDate(2026, 10, 10), 2, source: "li2"),
        ], result.Evidence.ToArray());
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(("r3", "not-scored"), (skipped.Result, skipped.Why.Code));
    }

    [Theory]
    [InlineData("no-date")]
    [InlineData("no-score")]
    [InlineData("no-target")]
    [InlineData("several-targets")]
    [InlineData("no-score:objective")]
    [InlineData("not-scored")]
    public void A_result_that_gives_no_evidence_says_why(string code)
    {
        var item = code switch
        {
            "no-date" => new OneRosterLineItem("li", "CFA", C1, learningObjectives: [A]),
            "no-target" => new OneRosterLineItem("li", "CFA", C1, dueDate: new LocalDate(2026, 10, 9)),
            "several-targets" => new OneRosterLineItem("li", "CFA", C1, dueDate: new LocalDate(2026, 10, 9), learningObjectives: [A, B]),
            _ => new OneRosterLineItem("li", "CFA", C1, assignDate: new LocalDate(2026, 10, 5), learningObjectives: [A]),
        };
        var result = code switch
        {
            "no-score" => new OneRosterResult("r", "li", S1, OneRosterScoreStatus.FullyGraded),
            "no-score:objective" => new OneRosterResult("r", "li", S1, OneRosterScoreStatus.FullyGraded, 3, objectiveScores: [new OneRosterObjectiveScore(A, textScore: "Meets")]),
            "not-scored" => new OneRosterResult("r", "li", S1, OneRosterScoreStatus.PartiallyGraded, 3),
            _ => new OneRosterResult("r", "li", S1, OneRosterScoreStatus.FullyGraded, 3),
        };

        var converted = OneRosterEvidence.From(new OneRosterData(Roster, [item], [result]));

        Assert.Empty(converted.Evidence);
        var skipped = Assert.Single(converted.Skipped);
        Assert.Equal(code.Split(':')[0], skipped.Why.Code);
        Assert.Equal(("r", S1), (skipped.Result, skipped.Student));
        Assert.Contains(skipped.Why.Data, d => d.Key == "lineItem" && d.Value == "li");
    }

    [Theory] // OneRoster 1.2 results: missing, incomplete and inProgress work is no evidence, whatever score the gradebook filled in.
    [InlineData(OneRosterResultFlags.Missing, "missing")]
    [InlineData(OneRosterResultFlags.Incomplete, "incomplete")]
    [InlineData(OneRosterResultFlags.InProgress, "in-progress")]
    [InlineData(OneRosterResultFlags.Missing | OneRosterResultFlags.Late, "missing")]
    public void A_fully_graded_zero_marked_missing_incomplete_or_in_progress_is_no_evidence_never_a_zero(OneRosterResultFlags flags, string code)
    {
        var item = new OneRosterLineItem("li", "CFA", C1, dueDate: new LocalDate(2026, 10, 9), learningObjectives: [A]);
        var result = new OneRosterResult("r", "li", S1, OneRosterScoreStatus.FullyGraded, 0, flags: flags);

        var converted = OneRosterEvidence.From(new OneRosterData(Roster, [item], [result]));

        Assert.Empty(converted.Evidence);
        Assert.Equal(code, Assert.Single(converted.Skipped).Why.Code);
    }

    [Fact]
    public void A_late_result_counts_as_it_is_and_an_exempt_one_not_at_all()
    {
        var item = new OneRosterLineItem("li", "CFA", C1, dueDate: new LocalDate(2026, 10, 9), learningObjectives: [A]);
        var late = new OneRosterResult("r1", "li", S1, OneRosterScoreStatus.FullyGraded, 3, flags: OneRosterResultFlags.Late);
        var exempt = new OneRosterResult("r2", "li", S1, OneRosterScoreStatus.Exempt, 0);

        var converted = OneRosterEvidence.From(new OneRosterData(Roster, [item], [late, exempt]));

        Assert.Equal([new Evidence(S1, A.Target, new LocalDate(2026, 10, 9), 3, source: "li")], converted.Evidence.ToArray());
        Assert.Equal(("r2", "not-scored"), (Assert.Single(converted.Skipped).Result, converted.Skipped[0].Why.Code));
        Assert.Equal("exempt", exempt.NotEvidence);
        Assert.Null(late.NotEvidence);
    }

    [Fact]
    public void Without_a_score_date_the_due_date_then_the_assign_date_is_used()
    {
        var due = new OneRosterLineItem("li1", "CFA", C1, new LocalDate(2026, 10, 5), new LocalDate(2026, 10, 9), learningObjectives: [A]);
        var assigned = new OneRosterLineItem("li2", "Quiz", C1, new LocalDate(2026, 10, 5), learningObjectives: [A]);
        var data = new OneRosterData(Roster, [due, assigned],
            [new OneRosterResult("r1", "li1", S1, OneRosterScoreStatus.FullyGraded, 3), new OneRosterResult("r2", "li2", S1, OneRosterScoreStatus.FullyGraded, 2)]);

        var dates = OneRosterEvidence.From(data).Evidence.Select(e => e.AssessedOn).ToArray();

        Assert.Equal([new LocalDate(2026, 10, 9), new LocalDate(2026, 10, 5)], dates);
    }

    [Fact]
    public void Every_result_and_objective_score_is_evidence_or_skipped_never_both_never_neither() =>
        Prop.ForAll(OneRosterGenerators.Data.ToArbitrary(), data =>
        {
            var converted = OneRosterEvidence.From(data);
            // Each fully graded, dated result with objective scores (and not missing, incomplete or in progress) accounts for one
            // entry per objective score; every other result for one entry.
            var items = data.LineItems.ToDictionary(i => i.SourcedId);
            int expected = data.Results.Sum(r =>
                r.Status == OneRosterScoreStatus.FullyGraded && r.NotEvidence is null && (r.ScoreDate ?? items[r.LineItemSourcedId].DueDate ?? items[r.LineItemSourcedId].AssignDate) is not null
                && !r.ObjectiveScores.IsEmpty ? r.ObjectiveScores.Length : 1);
            Assert.Equal(expected, converted.Evidence.Length + converted.Skipped.Length);
            Assert.All(converted.Evidence, e => Assert.Contains(data.LineItems, i => i.SourcedId == e.Source));
        }).Check(maxTest: 100);

    [Fact]
    public void Conversion_refuses_null()
    {
        Assert.Throws<ArgumentNullException>("data", () => OneRosterEvidence.From(null!));
        Assert.Throws<ArgumentException>("evidence", () => new OneRosterEvidenceResult([null!], []));
    }
}
