using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Cycle;

/// <summary>
/// Decision 0180: the rewritten writers of <c>mathplc cycle --out</c> (report.json by hand, table cells straight to bytes,
/// a district's tables team by team) give the bytes the tool wrote before them, kept in tests/data/cycle-before-s17 (made
/// by the earlier release tool; see its README): one team with screening and non-response, and a district of two teams
/// whose ids need neutralising and quoting.
/// </summary>
public sealed class CycleBytesTests
{
    private static readonly string Expected = Path.Combine(SharedData.RepositoryRoot, "tests", "data", "cycle-before-s17");
    private static readonly string Examples = Path.Combine(SharedData.RepositoryRoot, "docs", "examples");

    private static string[] Inputs(string unit, string roster) =>
    [
        "cycle", "--unit", unit, "--evidence", Path.Combine(Examples, "scores.csv"), "--roster", roster,
        "--screening", Path.Combine(Examples, "screening.csv"), "--nonresponse", Path.Combine(Examples, "nonresponse.csv"),
    ];

    [Theory]
    [InlineData("plan.csv")]
    [InlineData("proficiency.csv")]
    [InlineData("tiers.csv")]
    [InlineData("groups.csv")]
    [InlineData("report.json")]
    public void One_teams_files_are_the_bytes_the_earlier_tool_wrote(string name)
    {
        using var folder = new TemporaryFolder();
        var result = CliRun.Run([.. Inputs(Path.Combine(Examples, "unit.json"), Path.Combine(Examples, "roster.csv")), "--out", folder.Path]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Expected, "one-team", name)), File.ReadAllBytes(folder.PathOf(name)));
    }

    [Theory]
    [InlineData("plan.csv")]
    [InlineData("proficiency.csv")]
    [InlineData("tiers.csv")]
    [InlineData("groups.csv")]
    [InlineData("report.json")]
    [InlineData("teams/north.md")]
    public void A_districts_files_are_the_bytes_the_earlier_tool_wrote(string name)
    {
        using var folder = new TemporaryFolder();
        var result = CliRun.Run([.. Inputs(Path.Combine(Expected, "unit-no-adults.json"), Path.Combine(Expected, "roster-teams.csv")), "--out", folder.Path]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Expected, "district", Path.GetFileName(name))), File.ReadAllBytes(Path.Combine(folder.Path, name)));
    }
}
