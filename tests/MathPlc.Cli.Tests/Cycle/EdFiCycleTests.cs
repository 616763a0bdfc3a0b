using MathPlc.CriticalQuestions;
using MathPlc.Interop.EdFi;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Cycle;

/// <summary>
/// <c>mathplc cycle --edfi DIR</c> (issue 17): an Ed-Fi ODS/API folder written from the sample team gives the same report
/// as the sample team itself; a folder with several assessments needs <c>--assessment</c>.
/// </summary>
public sealed class EdFiCycleTests
{
    private static readonly Lazy<CliResult> Default = new(() => CliRun.Run("cycle"));

    /// <summary>The sample team's files with an Ed-Fi folder <c>edfi/</c> beside them, unit.json copied into it.</summary>
    internal static CycleFiles SampleWithEdFi(out string folder)
    {
        var files = CycleFiles.Sample();
        folder = files.PathOf("edfi");
        EdFiFolder.Write(folder, EdFiCycleInputs.ToEdFi(SampleTeam.Default.Input));
        File.Copy(files.Unit, Path.Combine(folder, "unit.json"));
        return files;
    }

    [Fact]
    public void An_EdFi_folder_written_from_the_sample_team_gives_the_same_report_as_the_direct_input()
    {
        using var files = SampleWithEdFi(out string folder);
        var result = CliRun.Run("cycle", "--edfi", folder);
        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Default.Value.Stdout, result.Stdout);

        var withUnit = CliRun.Run("cycle", "--edfi", folder, "--unit", files.Unit, "--assessment", SampleTeam.Default.Input.Blueprint.Name);
        Assert.Equal(Default.Value.Stdout, withUnit.Stdout);
    }

    [Fact]
    public void An_EdFi_folder_of_two_schools_runs_as_one_team_per_school()
    {
        // The first teacher's sections move to school 255901999: a district's export of one course in two schools.
        using var files = CycleFiles.Sample();
        var input = SampleTeam.Default.Input;
        var moved = input.Roster.Students.Where(s => s.Teacher == input.Roster.Teachers[0]).Select(s => s.Section.Value).ToHashSet();
        EdFiSectionKey Key(EdFiSectionKey key) => moved.Contains(key.SectionIdentifier) ? key with { SchoolId = "255901999" } : key;
        var data = EdFiCycleInputs.ToEdFi(input);
        string folder = files.PathOf("edfi");
        EdFiFolder.Write(folder, new EdFiData(data.Students, data.Sections.Select(s => s with { Key = Key(s.Key) }),
            data.StudentSections.Select(a => a with { Section = Key(a.Section) }), data.StaffSections.Select(a => a with { Section = Key(a.Section) }),
            data.Statuses, data.SpecialEducation, data.LearningStandards, data.Assessments, data.Items, data.Objectives, data.StudentAssessments));
        File.Copy(files.Unit, Path.Combine(folder, "unit.json"));

        var result = CliRun.Run("cycle", "--edfi", folder, "--out", files.Out);
        Assert.True(result.ExitCode == 0, result.Stderr);
        string home = EdFiContext.For(input.AssessedOn).SchoolId;
        Assert.Equal(new[] { $"{home}.html", $"{home}.md", "255901999.html", "255901999.md" }.Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(files.Out, "teams")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // Writing a district back to Ed-Fi is one team's job: a usage error, nothing written.
        var back = CliRun.Run("cycle", "--edfi", folder, "--to-edfi", files.PathOf("back"));
        Assert.Equal(2, back.ExitCode);
        Assert.Contains("sections in several schools", back.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(files.PathOf("back")));
    }

    /// <summary>The hand-built Ed-Fi folder of a second team (<c>tests/data/edfi/team2</c>) and the same team as CSV.</summary>
    internal static string Team2 { get; } = Path.Combine(SharedData.RepositoryRoot, "tests", "data", "edfi", "team2");

    internal static string Team2Csv { get; } = Path.Combine(SharedData.RepositoryRoot, "tests", "data", "edfi", "team2-csv");

    internal const string Team2Assessment = "G6-U2-CFA-2025";

    [Fact]
    public void A_hand_built_EdFi_folder_gives_the_same_report_as_the_same_team_from_csv()
    {
        var fromCsv = CliRun.Run("cycle", "--unit", Path.Combine(Team2, "unit.json"), "--evidence", Path.Combine(Team2Csv, "scores.csv"),
            "--roster", Path.Combine(Team2Csv, "roster.csv"), "--format", "json");
        Assert.Equal("", fromCsv.Stderr);
        Assert.Equal(0, fromCsv.ExitCode);
        var fromEdFi = CliRun.Run("cycle", "--edfi", Team2, "--assessment", Team2Assessment, "--format", "json");
        Assert.Equal("", fromEdFi.Stderr);
        Assert.Equal(0, fromEdFi.ExitCode);
        Assert.Equal(fromCsv.Stdout, fromEdFi.Stdout);
        // The team is the one built by hand: nine students in two sections of two teachers, one absent.
        Assert.Contains("\"students\":9,\"teachers\":2,\"sections\":2", fromEdFi.Stdout, StringComparison.Ordinal);
        Assert.Contains("T-2240", fromEdFi.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("T-3302", fromEdFi.Stdout, StringComparison.Ordinal); // a support teacher, not the teacher of record
    }

    [Fact]
    public void A_folder_with_two_assessments_needs_the_assessment_option_and_names_them()
    {
        var result = CliRun.Run("cycle", "--edfi", Team2);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("several-assessments", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("G6-BOY-SCREENER", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--assessment", result.Stderr, StringComparison.Ordinal);

        var unknown = CliRun.Run("cycle", "--edfi", Team2, "--assessment", "G6-U3");
        Assert.Equal(3, unknown.ExitCode);
        Assert.Contains("unknown-assessment", unknown.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--edfi", "dir", "--evidence", "e.csv")]
    [InlineData("--edfi", "dir", "--oneroster", "dir2")]
    [InlineData("--assessment", "a1", "--unit", "unit.json", "--evidence", "e.csv")]
    [InlineData("--edfi", "dir", "--seed", "3")]
    public void Options_that_do_not_go_with_edfi_are_usage_errors(params string[] options)
    {
        var result = CliRun.Run(["cycle", .. options]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
    }
}
