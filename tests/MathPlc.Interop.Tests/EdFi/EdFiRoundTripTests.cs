using FsCheck.Fluent;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interop.EdFi;
using MathPlc.Interop.UnitCycle;
using MathPlc.Tests;

namespace MathPlc.Interop.Tests.EdFi;

/// <summary>
/// The Ed-Fi writer and reader agree (issue 17): a cycle's roster and item scores written as an Ed-Fi folder read back
/// to the same roster and scores, whatever scores are missing or unanswered; objective-assessment scores become
/// evidence per learning standard through the unit's conversion table.
/// </summary>
public sealed class EdFiRoundTripTests
{
    private static readonly UnitCycleInput Sample = SampleTeam.Default.Input;

    [Fact]
    public void A_written_team_reads_back_to_the_same_roster_and_item_scores() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            // Some scores left out (a student absent or an item skipped) and some unanswered (null), chosen by the seed.
            var random = new Random(seed);
            var scores = Sample.ItemScores.Where(_ => random.NextDouble() > 0.2)
                .Select(s => random.NextDouble() < 0.1 ? new ItemScore(s.Student, s.Item, null) : s).ToList();
            var input = new UnitCycleInput(Sample.Team, Sample.Roster, Sample.Unit, Sample.Blueprint, scores, Sample.AssessedOn, Sample.Calendar, Sample.NextCycleStart);
            using var folder = new TemporaryFolder();
            EdFiFolder.Write(folder.Path, EdFiCycleInputs.ToEdFi(input));
            var read = EdFiFolder.Read(folder.Path);
            Assert.Empty(read.Problems);
            var back = EdFiCycleInputs.FromEdFi(CycleInputs.ToUnitFile(input), read);
            Assert.Equal(input.Roster, back.Roster);
            Assert.Equal(input.ItemScores.ToArray(), back.ItemScores.ToArray());
        }).Check(maxTest: 8);

    [Fact]
    public void The_sample_teams_groups_come_back_as_attributes_from_the_education_organization_and_special_education_files()
    {
        using var folder = new TemporaryFolder();
        EdFiFolder.Write(folder.Path, EdFiCycleInputs.ToEdFi(Sample));
        Assert.Contains(EdFiFiles.StudentEducationOrganizationAssociations, folder.FileNames());
        Assert.Contains(EdFiFiles.StudentSpecialEducationProgramAssociations, folder.FileNames());
        var (_, roster) = EdFiFolder.Read(folder.Path).GetRosterOrThrow();
        foreach (var student in Sample.Roster.Students)
        {
            var back = roster.Find(student.Student)!;
            Assert.Equal(student.AttributeOrNull("ell"), back.AttributeOrNull("ell"));
            Assert.Equal(student.AttributeOrNull("gender"), back.AttributeOrNull("gender"));
            Assert.Equal(student.AttributeOrNull("iep"), back.AttributeOrNull("iep"));
        }
    }

    [Fact]
    public void Objective_assessment_raw_scores_become_evidence_on_their_learning_standard_through_the_conversion_table()
    {
        // The default table (0 % → 1, 50 % → 2, 70 % → 3, 90 % → 4): 3 of 4 points is 75 % → 3; 2 of 4 is 50 % → 2.
        var unit = CycleInputs.ToUnitFile(Sample) with { Scoring = null };
        var data = EdFiCycleInputs.ToEdFi(Sample);
        var target = Sample.Unit.Targets[0].Id;
        string assessment = data.Assessments[0].Identifier;
        var students = Sample.Roster.Students.Take(2).Select(s => s.Student).ToArray();
        var objectiveData = new EdFiData(data.Students, data.Sections, data.StudentSections, data.StaffSections, data.Statuses, null, data.LearningStandards,
            data.Assessments, [], [new EdFiAssessmentPart(assessment, "RP-A-1", 4, [target])],
            [
                new EdFiStudentAssessment("sa1", assessment, students[0], Sample.AssessedOn, [], [new EdFiPartScore("RP-A-1", 3)]),
                new EdFiStudentAssessment("sa2", assessment, students[1], Sample.AssessedOn, [], [new EdFiPartScore("RP-A-1", 2)]),
            ]);
        using var folder = new TemporaryFolder();
        EdFiFolder.Write(folder.Path, objectiveData);
        var input = EdFiCycleInputs.FromEdFi(unit, EdFiFolder.Read(folder.Path));
        Assert.Empty(input.ItemScores);
        Assert.Equal([(students[0], target, 3.0), (students[1], target, 2.0)],
            input.AdditionalEvidence.Select(e => (e.StudentId, e.TargetId, e.Score)).ToArray());
    }
}
