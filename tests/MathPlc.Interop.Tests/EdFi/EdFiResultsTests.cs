using System.Text.Json;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interop.EdFi;
using NodaTime;

namespace MathPlc.Interop.Tests.EdFi;

/// <summary>
/// Results written back to Ed-Fi (issue 17, <c>reference/interop.md</c> §3.3–3.4): grades with learningStandardGrades per
/// student section association, insufficient evidence without a numeric grade (never a zero), intervention groups as
/// cohorts of type Academic Intervention with student cohort associations.
/// </summary>
public sealed class EdFiResultsTests
{
    private static readonly UnitCycleReport Report = CriticalQuestions.UnitCycle.Run(SampleTeam.Default.Input);

    private static readonly EdFiWriteBack Target = new(new EdFiContext("255901107", 2026, "Fall", "MATH-6", EdFiContext.DefaultNamespace),
        "uri://ed-fi.org/GradingPeriodDescriptor#First Nine Weeks", "First Nine Weeks", new LocalDate(2025, 8, 18));

    [Fact]
    public void Each_student_gets_one_grade_with_a_learning_standard_grade_per_result()
    {
        using var json = JsonDocument.Parse(EdFiResults.Grades(Target, SampleTeam.Default.Input.Roster, Report.HowWillWeKnow.Proficiency));
        var grades = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(SampleTeam.Default.Input.Roster.Count, grades.Count);
        var first = grades[0];
        Assert.Equal("uri://ed-fi.org/GradeTypeDescriptor#Progress Report", first.GetProperty("gradeTypeDescriptor").GetString());
        Assert.Equal("First Nine Weeks", first.GetProperty("gradingPeriodReference").GetProperty("gradingPeriodName").GetString());
        var association = first.GetProperty("studentSectionAssociationReference");
        var student = SampleTeam.Default.Input.Roster.Students[0];
        Assert.Equal(student.Student.Value, association.GetProperty("studentUniqueId").GetString());
        Assert.Equal(student.Section.Value, association.GetProperty("sectionIdentifier").GetString());
        Assert.Equal(255901107, association.GetProperty("schoolId").GetInt64());
        Assert.Equal(SampleTeam.Default.Input.Unit.Targets.Length, first.GetProperty("learningStandardGrades").GetArrayLength());
    }

    [Fact]
    public void A_result_without_evidence_has_no_numeric_grade_and_says_why()
    {
        var results = Report.HowWillWeKnow.Proficiency;
        var insufficient = results.First(r => r.Score is null);
        using var json = JsonDocument.Parse(EdFiResults.Grades(Target, SampleTeam.Default.Input.Roster, [insufficient]));
        var grade = json.RootElement[0].GetProperty("learningStandardGrades")[0];
        Assert.False(grade.TryGetProperty("numericGradeEarned", out _));
        Assert.Equal(insufficient.TargetId.Value, grade.GetProperty("learningStandardReference").GetProperty("learningStandardId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(grade.GetProperty("diagnosticStatement").GetString()));
    }

    [Fact]
    public void Groups_become_academic_intervention_cohorts_with_their_students_from_the_start_to_the_reassessment()
    {
        var groups = Report.HowWillWeRespond.Groups;
        Assert.NotEmpty(groups);
        using var cohorts = JsonDocument.Parse(EdFiResults.Cohorts(Target, groups));
        Assert.Equal(groups.Length, cohorts.RootElement.GetArrayLength());
        foreach (var cohort in cohorts.RootElement.EnumerateArray())
        {
            Assert.True(cohort.GetProperty("cohortIdentifier").GetString()!.Length <= EdFiResults.CohortIdentifierLength);
            Assert.Equal("uri://ed-fi.org/CohortTypeDescriptor#Academic Intervention", cohort.GetProperty("cohortTypeDescriptor").GetString());
            Assert.StartsWith("Tier ", cohort.GetProperty("cohortDescription").GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(groups.Length, cohorts.RootElement.EnumerateArray().Select(c => c.GetProperty("cohortIdentifier").GetString()).Distinct().Count());
        using var members = JsonDocument.Parse(EdFiResults.StudentCohortAssociations(Target, groups, new LocalDate(2026, 10, 19), new LocalDate(2026, 11, 24)));
        Assert.Equal(groups.Sum(g => g.Students.Length), members.RootElement.GetArrayLength());
        Assert.Equal("2026-11-24", members.RootElement[0].GetProperty("endDate").GetString());
    }

    [Theory]
    [InlineData("short-id", "short-id")]
    [InlineData("tier3-b6f61076-aa12-450b-8f9d-b86bc071f85e-1", null)]
    public void A_group_id_longer_than_36_characters_is_cut_and_made_unique_with_a_hash(string id, string? expected)
    {
        string cohort = EdFiResults.CohortIdentifier(id);
        Assert.True(cohort.Length <= 36);
        if (expected is not null) Assert.Equal(expected, cohort);
        else Assert.NotEqual(cohort, EdFiResults.CohortIdentifier(id[..^1] + "2"));
    }

    [Fact]
    public void Write_puts_the_three_files_in_the_folder()
    {
        using var folder = new MathPlc.Tests.TemporaryFolder();
        EdFiResults.Write(folder.Path, Target, SampleTeam.Default.Input.Roster, Report.HowWillWeKnow.Proficiency, Report.HowWillWeRespond.Groups, new LocalDate(2026, 10, 19));
        Assert.Equal([EdFiFiles.Cohorts, EdFiFiles.Grades, EdFiFiles.StudentCohortAssociations], folder.FileNames());
    }

    [Fact]
    public void Guards_name_their_parameter()
    {
        var roster = SampleTeam.Default.Input.Roster;
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => EdFiResults.Grades(null!, roster, [])).ParamName);
        Assert.Equal("roster", Assert.Throws<ArgumentNullException>(() => EdFiResults.Grades(Target, null!, [])).ParamName);
        Assert.Equal("groups", Assert.Throws<ArgumentNullException>(() => EdFiResults.Cohorts(Target, null!)).ParamName);
        Assert.Equal("groupId", Assert.Throws<ArgumentNullException>(() => EdFiResults.CohortIdentifier(null!)).ParamName);
        var stranger = Report.HowWillWeKnow.Proficiency[0];
        var other = new Roster([new RosterStudent(new StudentId("someone-else"), new SectionId("s"), new TeacherId("t"))]);
        Assert.Equal("results", Assert.Throws<ArgumentException>(() => EdFiResults.Grades(Target, other, [stranger])).ParamName);
    }
}
