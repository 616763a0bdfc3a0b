using System.Text.Json.Nodes;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Cycle;

/// <summary>
/// Bad Ed-Fi input to <c>mathplc cycle --edfi</c> (issue 17): exit code 3, a diagnostic naming the file and the JSON path
/// on standard error, nothing on standard output and no output folder. Each test edits one resource of the hand-built
/// folder <c>tests/data/edfi/team2</c> in a copy.
/// </summary>
public sealed class EdFiBadDataTests
{
    [Fact]
    public void A_section_with_no_teacher_of_record_is_bad_data_naming_the_section()
    {
        using var copy = Copy();
        Edit(copy, "staffSectionAssociations.json", a => a[2]!["classroomPositionDescriptor"] = "uri://ed-fi.org/ClassroomPositionDescriptor#Support Teacher");
        AssertBadData(copy, "sections.json:", "$[1]", "no-teacher-of-record");
    }

    [Fact]
    public void An_item_not_on_the_blueprint_is_bad_data_naming_its_identification_code()
    {
        using var copy = Copy();
        Edit(copy, "assessmentItems.json", a =>
        {
            var extra = a[15]!.DeepClone();
            extra["identificationCode"] = "Q17";
            a.Add(extra);
        });
        AssertBadData(copy, "assessmentItems.json:", "$[16].identificationCode", "unknown-item");
    }

    [Fact]
    public void A_student_assessment_for_an_unknown_student_is_bad_data_naming_the_reference()
    {
        using var copy = Copy();
        Edit(copy, "studentAssessments.json", a => a[3]!["studentReference"]!["studentUniqueId"] = "999999");
        AssertBadData(copy, "studentAssessments.json:", "$[3].studentReference.studentUniqueId", "unknown-student");
    }

    [Fact]
    public void A_score_above_the_items_max_raw_score_is_bad_data_naming_the_score()
    {
        using var copy = Copy();
        Edit(copy, "studentAssessments.json", a => a[1]!["items"]![8]!["rawScoreResult"] = 4);
        AssertBadData(copy, "studentAssessments.json:", "$[1].items[8].rawScoreResult", "off-scale");
    }

    [Fact]
    public void An_item_whose_max_raw_score_differs_from_the_blueprint_is_bad_data()
    {
        using var copy = Copy();
        Edit(copy, "assessmentItems.json", a => a[0]!["maxRawScore"] = 2);
        AssertBadData(copy, "assessmentItems.json:", "$[0].maxRawScore", "points-differ");
    }

    [Fact]
    public void A_missing_required_file_is_bad_data_naming_it()
    {
        using var copy = Copy();
        File.Delete(copy.PathOf("staffSectionAssociations.json"));
        AssertBadData(copy, "staffSectionAssociations.json", "missing-file", "missing-file");
    }

    [Fact]
    public void A_property_given_twice_is_bad_data_with_its_line()
    {
        using var copy = Copy();
        string path = copy.PathOf("students.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"studentUniqueId\": \"604311\",", "\"studentUniqueId\": \"604311\", \"studentUniqueId\": \"604312\",", StringComparison.Ordinal));
        AssertBadData(copy, "students.json:", "bad-json", "bad-json");
    }

    private static TemporaryFolder Copy()
    {
        var folder = new TemporaryFolder();
        foreach (string file in Directory.GetFiles(EdFiCycleTests.Team2)) File.Copy(file, folder.PathOf(Path.GetFileName(file)));
        return folder;
    }

    private static void Edit(TemporaryFolder folder, string file, Action<JsonArray> edit)
    {
        var array = JsonNode.Parse(File.ReadAllText(folder.PathOf(file)))!.AsArray();
        edit(array);
        File.WriteAllText(folder.PathOf(file), array.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    private static void AssertBadData(TemporaryFolder folder, string file, string path, string code)
    {
        string output = folder.PathOf("out");
        var result = CliRun.Run("cycle", "--edfi", folder.Path, "--assessment", EdFiCycleTests.Team2Assessment, "--out", output);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains(file, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(path, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(code, result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), "no output folder is written when the input is bad");
    }
}
