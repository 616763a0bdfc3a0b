using System.Text;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using MathPlc.Interop.Json;

namespace MathPlc.Tests.Grading;

/// <summary>
/// The grading files the command line reads: evidence under <see cref="EvidenceCsvChecks"/> (a declared step, weights
/// for a method that cannot weigh), teacher overrides, report-card targets, and the scale, policy and rule JSON files.
/// </summary>
public sealed class GradingFilesTests : IDisposable
{
    private const string Header = "student_id,target_id,assessed_on,score,weight\n";
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_score_off_a_declared_step_is_off_step_at_its_place()
    {
        var scale = LinearScale.Create(0, 5, 3, 0.5);
        var result = EvidenceCsv.Read(Utf8(Header + "S-1,T,2026-09-14,2.5,\nS-1,T,2026-09-15,2.25,\n"), "e.csv", new EvidenceCsvChecks(scale, OnStep: true));
        var d = Assert.Single(result.Problems);
        Assert.Equal(("off-step", 3, 4, "2.25"), (d.Code, d.Line, d.Column, d.Value));
        Assert.False(EvidenceCsv.Read(Utf8(Header + "S-1,T,2026-09-15,2.25,\n"), "e.csv", new EvidenceCsvChecks(scale)).HasErrors);
    }

    [Fact]
    public void A_weight_for_a_method_that_cannot_weigh_is_refused_and_an_empty_one_is_not()
    {
        var checks = new EvidenceCsvChecks(ProficiencyScale.Marzano, MethodThatCannotWeigh: "median");
        var result = EvidenceCsv.Read(Utf8(Header + "S-1,T,2026-09-14,2,\nS-1,T,2026-09-15,3,0.5\n"), "e.csv", checks);
        var d = Assert.Single(result.Problems);
        Assert.Equal(("weight-not-used", 3, 5, "weight"), (d.Code, d.Line, d.Column, d.Field));
        Assert.Contains("median cannot weigh evidence", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overrides_are_read_with_who_when_and_why_and_bad_rows_are_reported()
    {
        var result = TeacherOverrideCsv.Read(Utf8("student_id,target_id,score,teacher_id,decided_on,why\nS-1,T,3.5,T-ortiz,2026-11-14,Oral reassessment\nS-1,T,3,T-ortiz,2026-11-15,again\nS-2,T,x,T-ortiz,2026-13-01,\n"), "o.csv");
        var o = Assert.Single(result.Value);
        Assert.Equal((3.5, "T-ortiz", "Oral reassessment"), (o.Score, o.TeacherId.Value, o.Why));
        Assert.Equal(["duplicate-row", "not-a-number", "bad-date", "empty-why"], result.Problems.Select(d => d.Code));
        Assert.Equal([3, 4, 4, 4], result.Problems.Select(d => d.Line ?? 0));
    }

    [Fact]
    public void Report_card_targets_are_listed_once()
    {
        var result = ReportCardTargetsCsv.Read(Utf8("target_id\nT-1\nT-2\nT-1\n"), "t.csv");
        Assert.Equal(["T-1", "T-2"], result.Value.Select(t => t.Target.Value).ToArray());
        Assert.All(result.Value, t => Assert.Null(t.Period));
        Assert.Equal(("duplicate-row", 4), (result.Problems.Single().Code, result.Problems.Single().Line));
    }

    [Fact]
    public void Report_card_targets_may_name_their_grading_period_once_each()
    {
        var result = ReportCardTargetsCsv.Read(Utf8("target_id,period\nT-1,Q1\nT-2,Q1\nT-1,Q2\nT-1,Q2\nT-3,\n"), "t.csv");
        Assert.Equal([("T-1", "Q1"), ("T-2", "Q1"), ("T-1", "Q2")], result.Value.Select(t => (t.Target.Value, t.Period!)).ToArray());
        Assert.Equal([("duplicate-row", 5), ("empty-period", 6)], result.Problems.Select(d => (d.Code, d.Line ?? 0)).ToArray());
    }

    [Fact]
    public void Scale_policy_and_rule_files_read_the_library_contracts()
    {
        string scale = _folder.Write("scale.json", MathPlcJson.Serialize(LinearScale.CanvasDefault));
        Assert.Equal(LinearScale.CanvasDefault, GradingFilesJson.ReadScale(scale));
        var policy = new GradingPolicy { Reassessment = ReassessmentRule.KeepHighest, IncludeFormative = true };
        Assert.Equal(policy, GradingFilesJson.ReadPolicy(_folder.Write("policy.json", "// comments are allowed\n" + MathPlcJson.Serialize(policy))));
        var rule = new MeanOfTargets(LetterGradeTable.Marzano2010, new ScoreRounding(2));
        Assert.Equal(rule, GradingFilesJson.ReadReportCardRule(_folder.Write("rule.json", MathPlcJson.Serialize<ReportCardRule>(rule))));
    }

    [Fact]
    public void A_bad_policy_file_names_file_line_path_and_value()
    {
        string path = _folder.Write("policy.json", "{\n  \"reassessment\": {\"name\": \"keep-best\"}\n}\n");
        var d = Assert.Single(Assert.Throws<DataFileException>(() => GradingFilesJson.ReadPolicy(path)).Diagnostics);
        Assert.Equal(("invalid-reassessment", path, 2, "$.reassessment.name", "keep-best"), (d.Code, d.File, d.Line, d.Field, d.Value));
        Assert.Contains("keep-highest", d.Message, StringComparison.Ordinal);
        string nullFile = _folder.Write("null.json", "null");
        Assert.Equal("wrong-type", Assert.Single(Assert.Throws<DataFileException>(() => GradingFilesJson.ReadScale(nullFile)).Diagnostics).Code);
    }
}
