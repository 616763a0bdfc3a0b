using System.Text.Json.Nodes;
using MathPlc.CriticalQuestions;
using MathPlc.Interop.EdFi;
using MathPlc.Interop.UnitCycle;
using MathPlc.Tests;

namespace MathPlc.Interop.Tests.EdFi;

/// <summary>
/// Reading an Ed-Fi folder (issue 17): every unmatched reference or missing resource is a diagnostic naming the file, the
/// line and the JSON path; nothing is dropped silently. Each test edits one file of the sample team's folder.
/// </summary>
public sealed class EdFiReadTests
{
    [Theory]
    [InlineData("studentSectionAssociations.json", "0", "sectionReference.sectionIdentifier", "\"no-such-section\"", "unknown-section", "$[0].sectionReference")]
    [InlineData("staffSectionAssociations.json", "0", "staffReference.staffUniqueId", "null", "missing-field", "$[0].staffReference.staffUniqueId")]
    [InlineData("assessmentItems.json", "2", "assessmentReference.assessmentIdentifier", "\"other\"", "unknown-assessment", "$[2].assessmentReference.assessmentIdentifier")]
    [InlineData("assessmentItems.json", "1", "learningStandards.0.learningStandardReference.learningStandardId", "\"9.XX.1\"", "unknown-learning-standard", "$[1].learningStandards[0].learningStandardReference.learningStandardId")]
    [InlineData("studentAssessments.json", "4", "items.0.assessmentItemReference.identificationCode", "\"Q99\"", "unknown-item", "$[4].items[0].assessmentItemReference.identificationCode")]
    [InlineData("studentAssessments.json", "5", "items.1.rawScoreResult", "\"lots\"", "not-a-number", "$[5].items[1].rawScoreResult")]
    [InlineData("studentEducationOrganizationAssociations.json", "3", "studentReference.studentUniqueId", "\"S-nobody\"", "unknown-student", "$[3].studentReference.studentUniqueId")]
    [InlineData("sections.json", "1", "sectionIdentifier", "\"\"", "empty-id", "$[1].sectionIdentifier")]
    public void A_bad_value_or_an_unmatched_reference_names_the_file_and_the_json_path(string file, string index, string path, string json, string code, string field)
    {
        using var folder = SampleFolder();
        Edit(folder, file, int.Parse(index, System.Globalization.CultureInfo.InvariantCulture), path, JsonNode.Parse(json));
        var read = EdFiFolder.Read(folder.Path);
        var problem = Assert.Single(read.Problems, d => d.Code == code);
        Assert.Equal(folder.PathOf(file), problem.File);
        Assert.Equal(field, problem.Field);
        Assert.NotNull(problem.Line);
        Assert.Throws<DataFileException>(() => read.GetRosterOrThrow());
    }

    [Fact]
    public void A_roster_that_could_not_be_built_is_a_problem_of_its_own_when_nothing_else_explains_it()
    {
        var data = new EdFiData([], [], [], [], [], null, [], [], [], [], []);
        var read = new EdFiReadResult(data, null, []);
        Assert.True(read.HasErrors);
        Assert.Equal("empty-roster", Assert.Single(read.Problems).Code);
        Assert.Equal("empty-roster", Assert.Single(Assert.Throws<DataFileException>(() => read.GetRosterOrThrow()).Diagnostics).Code);
        var explained = new EdFiReadResult(data, null, [new DataDiagnostic("missing-file", "no students", "students.json")]);
        Assert.Equal("missing-file", Assert.Single(explained.Problems).Code);
        Assert.Throws<ArgumentNullException>("data", () => new EdFiReadResult(null!, null, []));
        Assert.Throws<ArgumentException>("problems", () => new EdFiReadResult(data, null, [null!]));
    }

    [Fact]
    public void A_student_in_two_sections_and_a_section_with_two_teachers_of_record_are_problems()
    {
        using var folder = SampleFolder();
        var students = Load(folder, EdFiFiles.StudentSectionAssociations);
        var second = students[0]!.DeepClone();
        second["sectionReference"]!["sectionIdentifier"] = Load(folder, EdFiFiles.Sections)[1]!["sectionIdentifier"]!.GetValue<string>();
        students.Add(second);
        Save(folder, EdFiFiles.StudentSectionAssociations, students);
        var staff = Load(folder, EdFiFiles.StaffSectionAssociations);
        var coTeacher = staff[0]!.DeepClone();
        coTeacher["staffReference"]!["staffUniqueId"] = "co-teacher";
        staff.Add(coTeacher);
        Save(folder, EdFiFiles.StaffSectionAssociations, staff);
        var codes = EdFiFolder.Read(folder.Path).Problems.Select(d => d.Code).ToList();
        Assert.Contains("several-sections", codes);
        Assert.Contains("several-teachers-of-record", codes);
    }

    [Fact]
    public void A_file_that_is_not_an_array_or_not_json_is_named_with_its_line()
    {
        using var folder = SampleFolder();
        File.WriteAllText(folder.PathOf(EdFiFiles.Students), "{\"studentUniqueId\": \"S0001\"}");
        File.WriteAllText(folder.PathOf(EdFiFiles.Sections), "[\n{\"sectionIdentifier\": \"A\",}\n]");
        var read = EdFiFolder.Read(folder.Path);
        Assert.Contains(read.Problems, d => d.Code == "not-an-array" && d.File == folder.PathOf(EdFiFiles.Students));
        Assert.Contains(read.Problems, d => d.Code == "bad-json" && d.File == folder.PathOf(EdFiFiles.Sections) && d.Line == 2);
    }

    [Fact]
    public void An_objective_assessment_on_two_standards_cannot_give_evidence_per_target()
    {
        var unit = CycleInputs.ToUnitFile(SampleTeam.Default.Input);
        var data = EdFiCycleInputs.ToEdFi(SampleTeam.Default.Input);
        string assessment = data.Assessments[0].Identifier;
        var targets = SampleTeam.Default.Input.Unit.Targets.Take(2).Select(t => t.Id);
        var objectiveOnly = new EdFiData(data.Students, data.Sections, data.StudentSections, data.StaffSections, [], null, data.LearningStandards,
            data.Assessments, [], [new EdFiAssessmentPart(assessment, "RP-A", 8, targets)], []);
        using var folder = new TemporaryFolder();
        EdFiFolder.Write(folder.Path, objectiveOnly);
        var e = Assert.Throws<DataFileException>(() => EdFiCycleInputs.FromEdFi(unit, EdFiFolder.Read(folder.Path)));
        Assert.Equal("unknown-target", e.Diagnostics[0].Code);
        Assert.Equal("$[0].learningStandards", e.Diagnostics[0].Field);
    }

    [Fact]
    public void Guards_name_their_parameter()
    {
        Assert.Throws<ArgumentException>(() => EdFiFolder.Read(" "));
        Assert.Throws<DirectoryNotFoundException>(() => EdFiFolder.Read(Path.Combine(Path.GetTempPath(), "mathplc-no-such-folder-17")));
        Assert.Equal("data", Assert.Throws<ArgumentNullException>(() => EdFiFolder.Write(Path.GetTempPath(), null!)).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentNullException>(() => EdFiCycleInputs.ToEdFi(null!)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentNullException>(() => EdFiCycleInputs.FromEdFi(null!, null!)).ParamName);
        Assert.Equal("descriptor", Assert.Throws<ArgumentNullException>(() => EdFiDescriptor.CodeValue(null!)).ParamName);
    }

    private static TemporaryFolder SampleFolder()
    {
        var folder = new TemporaryFolder();
        EdFiFolder.Write(folder.Path, EdFiCycleInputs.ToEdFi(SampleTeam.Default.Input));
        return folder;
    }

    private static JsonArray Load(TemporaryFolder folder, string file) => JsonNode.Parse(File.ReadAllText(folder.PathOf(file)))!.AsArray();

    private static void Save(TemporaryFolder folder, string file, JsonArray array) =>
        File.WriteAllText(folder.PathOf(file), array.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

    /// <summary>Sets the value at a dotted path (array indexes as numbers) of resource <paramref name="index"/>.</summary>
    private static void Edit(TemporaryFolder folder, string file, int index, string path, JsonNode? value)
    {
        var array = Load(folder, file);
        JsonNode node = array[index]!;
        string[] parts = path.Split('.');
        foreach (string part in parts[..^1]) node = int.TryParse(part, out int i) ? node[i]! : node[part]!;
        node[parts[^1]] = value;
        Save(folder, file, array);
    }
}
