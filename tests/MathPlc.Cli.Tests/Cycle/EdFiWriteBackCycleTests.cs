using System.Globalization;
using System.Text.Json;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Cycle;

/// <summary>
/// <c>mathplc cycle --to-edfi DIR</c> (issue 17): the folder holds the grades with learningStandardGrades and the cohorts a
/// district stores, and reading it back with <c>--edfi</c> gives the same cycle results, table for table.
/// </summary>
public sealed class EdFiWriteBackCycleTests : IDisposable
{
    private static readonly string Examples = Path.Combine(SharedData.RepositoryRoot, "docs", "examples");
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly string[] Tables = ["proficiency.csv", "tiers.csv", "plan.csv", "groups.csv"];

    public static TheoryData<string[]> Inputs => new()
    {
        Array.Empty<string>(), // the sample team
        new[] { "--unit", Path.Combine(Examples, "unit.json"), "--evidence", Path.Combine(Examples, "scores.csv"), "--roster", Path.Combine(Examples, "roster.csv") },
        new[] { "--edfi", EdFiCycleTests.Team2, "--assessment", "G6-U2-CFA-2025" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Reading_the_written_folder_back_gives_the_same_cycle_results(string[] input)
    {
        string edFi = _folder.PathOf("ods"), first = _folder.PathOf("first"), second = _folder.PathOf("second");
        var written = CliRun.Run(["cycle", .. input, "--to-edfi", edFi, "--out", first]);
        Assert.True(written.ExitCode == 0, written.Stderr);
        Assert.Contains($"Wrote the cycle as an Ed-Fi folder to {edFi}", written.Stderr, StringComparison.Ordinal);
        var read = CliRun.Run("cycle", "--edfi", edFi, "--out", second);
        Assert.True(read.ExitCode == 0, read.Stderr);
        foreach (string table in Tables)
            Assert.Equal(File.ReadAllText(Path.Combine(first, table)), File.ReadAllText(Path.Combine(second, table)));
    }

    [Fact]
    public void The_grades_carry_each_proficiency_score_per_learning_standard_and_no_score_is_never_zero()
    {
        string edFi = _folder.PathOf("ods"), report = _folder.PathOf("report");
        Assert.Equal(0, CliRun.Run("cycle", "--to-edfi", edFi, "--out", report).ExitCode);
        var expected = File.ReadAllLines(Path.Combine(report, "proficiency.csv")).Skip(1).Select(line => line.Split(','))
            .ToDictionary(f => (f[0], f[1]), f => f[3]);
        using var grades = JsonDocument.Parse(File.ReadAllText(Path.Combine(edFi, "grades.json")));
        var actual = new Dictionary<(string, string), string>();
        foreach (var grade in grades.RootElement.EnumerateArray())
        {
            Assert.EndsWith("#Progress Report", grade.GetProperty("gradeTypeDescriptor").GetString(), StringComparison.Ordinal);
            string student = grade.GetProperty("studentSectionAssociationReference").GetProperty("studentUniqueId").GetString()!;
            foreach (var standard in grade.GetProperty("learningStandardGrades").EnumerateArray())
                actual[(student, standard.GetProperty("learningStandardReference").GetProperty("learningStandardId").GetString()!)] =
                    standard.TryGetProperty("numericGradeEarned", out var score) ? score.GetDouble().ToString("R", CultureInfo.InvariantCulture) : "";
        }
        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
        Assert.Contains(expected.Values, v => v == "");   // the sample team has students without a score: none became 0
        using var cohorts = JsonDocument.Parse(File.ReadAllText(Path.Combine(edFi, "cohorts.json")));
        Assert.Equal(File.ReadAllLines(Path.Combine(report, "groups.csv")).Skip(1).Select(l => l.Split(',')[0]).Distinct().Count(), cohorts.RootElement.GetArrayLength());
    }

    [Fact] // Ed-Fi Data Standard v5's default GradingPeriodDescriptor values (reference/interop.md §3).
    public void The_grading_period_is_the_calendars_period_on_the_assessment_date()
    {
        var input = MathPlc.CriticalQuestions.SampleTeam.Default.Input;
        var target = MathPlc.Interop.EdFi.EdFiWriteBack.For(input);
        var periods = input.Calendar.GradingPeriods;
        var period = input.Calendar.GradingPeriodOn(input.AssessedOn);
        string expected = (periods.Length, period is null ? -1 : periods.IndexOf(period)) switch
        {
            (_, -1) => "End of Year",
            (4, var i) => new[] { "First", "Second", "Third", "Fourth" }[i] + " Nine Weeks",
            (2, var i) => new[] { "First", "Second" }[i] + " Semester",
            _ => "End of Year",
        };
        Assert.Equal("uri://ed-fi.org/GradingPeriodDescriptor#" + expected, target.GradingPeriodDescriptor);
        Assert.Equal(expected == "End of Year" ? "Year" : period!.Name, target.GradingPeriodName);
        Assert.Equal(input.Calendar.FirstDay, target.SectionBeginDate);
        Assert.Equal(MathPlc.Interop.EdFi.EdFiContext.For(input.AssessedOn), target.Context);
    }

    [Fact]
    public void An_EdFi_output_folder_that_is_a_file_or_another_folder_of_the_command_is_a_usage_error()
    {
        string file = _folder.Write("taken.json", "[]");
        Assert.Equal(2, CliRun.Run("cycle", "--to-edfi", file).ExitCode);
        string report = _folder.PathOf("report");
        var same = CliRun.Run("cycle", "--to-edfi", report, "--out", report);
        Assert.Equal(2, same.ExitCode);
        Assert.Contains("also the --out folder", same.Stderr, StringComparison.Ordinal);
        var input = CliRun.Run("cycle", "--edfi", EdFiCycleTests.Team2, "--to-edfi", EdFiCycleTests.Team2);
        Assert.Equal(2, input.ExitCode);
        Assert.Contains("also the --edfi folder", input.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, CliRun.Run("cycle", "--to-edfi", " ").ExitCode);
    }
}
