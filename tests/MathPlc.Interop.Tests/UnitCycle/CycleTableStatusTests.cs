using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Grading;
using MathPlc.Interop.UnitCycle;

namespace MathPlc.Interop.Tests.UnitCycle;

/// <summary>proficiency.csv of the cycle writes the status the grading gave, in the words <c>mathplc proficiency</c> uses.</summary>
public sealed class CycleTableStatusTests
{
    [Fact] // Issue 13: a mode tie with no tie rule is the teacher's call (teacher_judgement), never "too little evidence".
    public void A_tie_left_to_the_teacher_is_teacher_judgement_in_proficiency_csv()
    {
        var input = SampleTeam.Default.Input;
        var student = input.Roster.Students[0].Student;
        var target = input.Unit.Targets[0].Id;
        // Two more scores that differ from each other and from any whole-number assessment score: three scores, each once.
        var input2 = input with
        {
            Grading = new ProficiencyOptions(new Mode(ModeTieRule.None), ProficiencyScale.Marzano),
            AdditionalEvidence = [new Evidence(student, target, input.AssessedOn, 0.25), new Evidence(student, target, input.AssessedOn, 0.75)],
        };
        var report = CriticalQuestions.UnitCycle.Run(input2);
        var row = UnitCycleTables.Proficiency(report).Split("\r\n").Single(l => l.StartsWith($"{student.Value},{target.Value},", StringComparison.Ordinal)).Split(',');
        Assert.Equal("teacher_judgement", row[5]);
        Assert.Equal("", row[3]);
    }

    [Theory]
    [InlineData(ProficiencyStatus.Scored, "scored")]
    [InlineData(ProficiencyStatus.InsufficientEvidence, "insufficient_evidence")]
    [InlineData(ProficiencyStatus.TeacherJudgement, "teacher_judgement")]
    public void Every_status_is_written_as_the_proficiency_reader_reads_it(ProficiencyStatus status, string text)
    {
        Assert.Equal(text, Csv.ProficiencyCsv.StatusText(status));
        string score = status == ProficiencyStatus.Scored ? "3" : "";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"student_id,target_id,score,status\ns1,t1,{score},{text}\n"));
        Assert.Equal(status, Csv.ProficiencyCsv.Read(stream, "p.csv").GetValueOrThrow().Single().Status);
    }

    [Fact]
    public void An_undefined_status_has_no_text() =>
        Assert.Throws<ArgumentOutOfRangeException>("status", () => Csv.ProficiencyCsv.StatusText((ProficiencyStatus)9));
}
