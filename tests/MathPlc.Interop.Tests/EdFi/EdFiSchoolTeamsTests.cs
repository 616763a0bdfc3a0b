using System.Text.Json.Nodes;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interop.EdFi;
using MathPlc.Tests;

namespace MathPlc.Interop.Tests.EdFi;

/// <summary>
/// A district's Ed-Fi folder holds several schools' sections, and a PLC team is the teachers of one course at one school
/// (decisions 0136, 0141): the teams are the sections' schools when there is more than one, a section identifier may
/// repeat across schools (Ed-Fi's identifiers are unique within a school), and a section without a school beside
/// sections in several is a problem.
/// </summary>
public sealed class EdFiSchoolTeamsTests
{
    private static readonly UnitCycleInput Sample = SampleTeam.Default.Input;
    private static readonly string Home = EdFiContext.For(Sample.AssessedOn).SchoolId;
    private const string Other = "255901999";

    /// <summary>The sample team's Ed-Fi folder with every section key (and every reference to it) changed by <paramref name="rekey"/>, read back.</summary>
    private static EdFiReadResult Read(Func<EdFiSectionKey, EdFiSectionKey> rekey)
    {
        var data = EdFiCycleInputs.ToEdFi(Sample);
        var rekeyed = new EdFiData(data.Students, data.Sections.Select(s => s with { Key = rekey(s.Key) }),
            data.StudentSections.Select(a => a with { Section = rekey(a.Section) }), data.StaffSections.Select(a => a with { Section = rekey(a.Section) }),
            data.Statuses, data.SpecialEducation, data.LearningStandards, data.Assessments, data.Items, data.Objectives, data.StudentAssessments);
        using var folder = new TemporaryFolder();
        EdFiFolder.Write(folder.Path, rekeyed);
        return EdFiFolder.Read(folder.Path);
    }

    private static bool FirstTeachersSection(string section) =>
        Sample.Roster.Students.Any(s => s.Section.Value == section && s.Teacher == Sample.Roster.Teachers[0]);

    [Fact]
    public void A_folder_of_one_school_is_one_team_with_the_section_ids_it_always_had()
    {
        var read = Read(key => key);
        Assert.Empty(read.Problems);
        Assert.Null(read.TeamsBySchool());
        Assert.Equal(Sample.Roster, read.Roster);
    }

    [Fact]
    public void Sections_in_two_schools_put_each_student_in_the_team_of_their_section_school()
    {
        var read = Read(key => FirstTeachersSection(key.SectionIdentifier) ? key with { SchoolId = Other } : key);
        Assert.Empty(read.Problems);
        var expected = Sample.Roster.Students.ToDictionary(s => s.Student, s => FirstTeachersSection(s.Section.Value) ? Other : Home);
        Assert.Equal(expected.OrderBy(p => p.Key.Value, StringComparer.Ordinal), read.TeamsBySchool()!.OrderBy(p => p.Key.Value, StringComparer.Ordinal));
        Assert.Equal(2, expected.Values.Distinct().Count());
        Assert.Equal(Sample.Roster, read.Roster); // identifiers that do not repeat stay as they are
    }

    [Fact]
    public void One_section_identifier_in_two_schools_is_two_sections_told_apart_by_their_school()
    {
        // The first section moves to another school and takes the identifier of the second, which stays.
        var (first, second) = (Sample.Roster.Sections[0].Value, Sample.Roster.Sections[1].Value);
        var read = Read(key => key.SectionIdentifier == first ? key with { SchoolId = Other, SectionIdentifier = second } : key);
        Assert.Empty(read.Problems);
        var roster = read.Roster!;
        Assert.Equal(Sample.Roster.Sections.Length, roster.Sections.Length);
        Assert.Contains(new SectionId($"{Other}/{second}"), roster.Sections);
        Assert.Contains(new SectionId($"{Home}/{second}"), roster.Sections);
        // The students keep their own teachers: the two sections were not merged into one.
        Assert.Equal(Sample.Roster.Students.Select(s => (s.Student, s.Teacher)).Order(), roster.Students.Select(s => (s.Student, s.Teacher)).Order());
        Assert.Equal(2, read.TeamsBySchool()!.Values.Distinct().Count());
    }

    [Fact]
    public void Two_sections_of_one_school_with_one_identifier_are_still_refused()
    {
        var (first, second) = (Sample.Roster.Sections[0].Value, Sample.Roster.Sections[1].Value);
        var read = Read(key => key.SectionIdentifier == first ? key with { SectionIdentifier = second } : key);
        Assert.Contains(read.Problems, p => p.Code == "duplicate-id" && p.Value == second);
    }

    [Fact]
    public void A_section_without_a_school_beside_sections_in_several_is_a_problem()
    {
        var (first, second) = (Sample.Roster.Sections[0].Value, Sample.Roster.Sections[1].Value);
        var read = Read(key => key.SectionIdentifier == first ? key with { SchoolId = "" } : key.SectionIdentifier == second ? key with { SchoolId = Other } : key);
        var problem = Assert.Single(read.Problems, p => p.Code == "missing-school");
        Assert.Equal(EdFiFiles.Sections, Path.GetFileName(problem.File));
        Assert.NotNull(problem.Line);
        Assert.Equal(first, problem.Value);
        Assert.Throws<DataFileException>(() => read.GetRosterOrThrow());
        // Without the second school, a section without one is the one school's folder as before.
        Assert.DoesNotContain(Read(key => key.SectionIdentifier == first ? key with { SchoolId = "" } : key).Problems, p => p.Code == "missing-school");
    }

    [Fact]
    public void A_reference_without_its_school_to_an_identifier_of_two_schools_is_ambiguous()
    {
        var second = Sample.Roster.Sections[1].Value;
        var data = EdFiCycleInputs.ToEdFi(Sample);
        var twin = data.Sections.First(s => s.Key.SectionIdentifier == second);
        var withTwin = new EdFiData(data.Students, [.. data.Sections, twin with { Key = twin.Key with { SchoolId = Other } }], data.StudentSections,
            data.StaffSections, data.Statuses, data.SpecialEducation, data.LearningStandards, data.Assessments, data.Items, data.Objectives, data.StudentAssessments);
        using var folder = new TemporaryFolder();
        EdFiFolder.Write(folder.Path, withTwin);
        string path = folder.PathOf(EdFiFiles.StudentSectionAssociations);
        var associations = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        int index = associations.Select((a, i) => (a, i)).First(p => p.a!["sectionReference"]!["sectionIdentifier"]!.GetValue<string>() == second).i;
        associations[index]!["sectionReference"]!.AsObject().Remove("schoolId");
        File.WriteAllText(path, associations.ToJsonString());
        var problem = Assert.Single(EdFiFolder.Read(folder.Path).Problems, p => p.Code == "ambiguous-section");
        Assert.Equal($"$[{index}].sectionReference", problem.Field);
        Assert.Contains(Other, problem.Message, StringComparison.Ordinal);
    }
}
