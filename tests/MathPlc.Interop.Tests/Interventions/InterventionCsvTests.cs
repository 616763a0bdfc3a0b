using System.Text;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using MathPlc.Interventions;
using NodaTime;

namespace MathPlc.Interop.Tests.Interventions;

/// <summary>The intervention CSV readers: well-formed files, and every problem with file, line and column.</summary>
public sealed class InterventionCsvTests
{
    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static DataDiagnostic Single(ImmutableArray<DataDiagnostic> diagnostics) => Assert.Single(diagnostics);

    [Fact]
    public void Screening_rows_are_read_in_any_column_order()
    {
        var result = ScreeningCsv.Read(Utf8("Percentile,Student_ID,extra\n45,s1,x\n9.5,s2,y\n"), "screening.csv");
        Assert.Equal([new ScreeningScore(new StudentId("s1"), 45), new ScreeningScore(new StudentId("s2"), 9.5)], result.GetValueOrThrow().ToArray());
    }

    [Theory]
    [InlineData("student_id,percentile\ns1,101\n", "bad-percentile", 2, 2)]
    [InlineData("student_id,percentile\ns1,50\ns1,20\n", "duplicate-student", 3, 1)]
    [InlineData("student_id,percentile\n,50\n", "empty-id", 2, 1)]
    [InlineData("student_id,percentile\ns1,abc\n", "not-a-number", 2, 2)]
    public void Bad_screening_rows_are_named_by_line_and_column(string csv, string code, int line, int column)
    {
        var d = Single(ScreeningCsv.Read(Utf8(csv), "screening.csv").Problems);
        Assert.Equal((code, "screening.csv", line, column), (d.Code, d.File, d.Line!.Value, d.Column!.Value));
    }

    [Fact]
    public void Probes_out_of_order_are_read_and_a_second_probe_on_a_date_is_refused()
    {
        var ok = ProbeCsv.Read(Utf8("student_id,measured_on,score\ns1,2026-09-21,12\ns1,2026-09-14,10\n"), "probes.csv").GetValueOrThrow();
        Assert.Equal(new Probe(new LocalDate(2026, 9, 21), 12), ok[0].Probe);
        var d = Single(ProbeCsv.Read(Utf8("student_id,measured_on,score\ns1,2026-09-14,12\ns2,2026-09-14,12\ns1,2026-09-14,10\n"), "probes.csv").Problems);
        Assert.Equal(("duplicate-date", 4, 2, "2026-09-14"), (d.Code, d.Line!.Value, d.Column!.Value, d.Value));
    }

    [Fact]
    public void Goals_with_and_without_a_baseline_are_read()
    {
        var goals = GoalCsv.Read(Utf8("student_id,goal,goal_date,baseline,baseline_date\ns1,20,2026-12-18,,\ns2,30,2026-12-18,10,2026-09-14\n"), "goals.csv").GetValueOrThrow();
        Assert.Null(goals[0].Goal.Baseline);
        Assert.Equal(10, goals[1].Goal.Baseline);
        Assert.Equal(3, goals[1].Line);
    }

    [Theory]
    [InlineData("student_id,goal,goal_date,baseline,baseline_date\ns1,20,2026-09-01,10,2026-09-14\n", "goal-before-baseline", 3)]
    [InlineData("student_id,goal,goal_date,baseline,baseline_date\ns1,20,2026-12-18,10,\n", "incomplete-baseline", 4)]
    [InlineData("student_id,goal,goal_date\ns1,20,2026-12-18\ns1,25,2026-12-18\n", "duplicate-student", 1)]
    [InlineData("student_id,goal,goal_date\ns1,20,2026-13-18\n", "bad-date", 3)]
    public void Bad_goal_rows_are_named_by_code_and_column(string csv, string code, int column)
    {
        var d = Single(GoalCsv.Read(Utf8(csv), "goals.csv").Problems);
        Assert.Equal((code, column), (d.Code, d.Column!.Value));
    }

    [Fact]
    public void A_goals_file_without_goal_date_is_refused() =>
        Assert.Equal("missing-column", Single(GoalCsv.Read(Utf8("student_id,goal\ns1,20\n"), "goals.csv").Problems).Code);

    [Fact] // The columns mathplc proficiency writes (docs/cli.md).
    public void Proficiency_output_is_read_back()
    {
        var rows = ProficiencyCsv.Read(Utf8(
            "student_id,target_id,method,score,level,status,evidence_used,evidence_excluded\r\n" +
            "s1,6.RP.A.1,mean,2.5,Approaching,scored,3,0\r\n" +
            "s1,6.RP.A.2,mean,,,insufficient_evidence,0,1\r\n"), "proficiency.csv").GetValueOrThrow();
        Assert.Equal(new ProficiencyCsvRow(new StudentId("s1"), new TargetId("6.RP.A.1"), "mean", 2.5, "Approaching", ProficiencyStatus.Scored, 3, 0), rows[0]);
        Assert.Equal(new TargetScore(new StudentId("s1"), new TargetId("6.RP.A.2"), null), rows[1].ToTargetScore());
    }

    [Theory]
    [InlineData("s1,t,mean,2.5,,done,1,0", "bad-status", 6)]
    [InlineData("s1,t,mean,,,scored,1,0", "not-a-number", 4)]
    [InlineData("s1,t,mean,2,,insufficient_evidence,0,0", "not-a-number", 4)]
    [InlineData("s1,t,mean,2,,scored,-1,0", "bad-count", 7)]
    public void Bad_proficiency_rows_are_named_by_code_and_column(string row, string code, int column)
    {
        var d = Single(ProficiencyCsv.Read(Utf8("student_id,target_id,method,score,level,status,evidence_used,evidence_excluded\n" + row + "\n"), "p.csv").Problems);
        Assert.Equal((code, 2, column), (d.Code, d.Line!.Value, d.Column!.Value));
    }

    [Fact]
    public void A_second_proficiency_row_on_a_target_is_refused() =>
        Assert.Equal("duplicate-row", Single(ProficiencyCsv.Read(Utf8("student_id,target_id,score,status\ns1,t,3,scored\ns1,t,2,scored\n"), "p.csv").Problems).Code);

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>("stream", () => ScreeningCsv.Read(null!, "f"));
        Assert.Throws<ArgumentNullException>("fileName", () => ProbeCsv.Read(Utf8(""), null!));
        Assert.Throws<ArgumentNullException>("stream", () => GoalCsv.Read(null!, "f"));
        Assert.Throws<ArgumentNullException>("stream", () => ProficiencyCsv.Read(null!, "f"));
        Assert.Throws<ArgumentException>("path", () => ProbeCsv.ReadFile(" "));
    }
}
