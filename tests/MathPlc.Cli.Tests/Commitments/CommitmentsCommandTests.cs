using System.Text.Json;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Commitments;

/// <summary><c>mathplc commitments</c> end to end: the shipped template reads, changes carry cautions, bad data exit 3.</summary>
public sealed class CommitmentsCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string InRepository(params string[] parts) => Path.Combine([SharedData.RepositoryRoot, .. parts]);

    [Fact]
    public void The_shipped_template_reads_and_names_every_commitment_at_every_level()
    {
        var result = CliRun.Run("commitments", "--in", InRepository("docs", "templates", "commitments.json"), "--format", "csv");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("commitment_id,level,owner,status,evidence,next_steps,from_status,steps,caution,gaps", lines[0]);
        Assert.Equal(1 + 6 * 3, lines.Length);
        Assert.StartsWith("unit-agenda,district,,,,,,,,no-owner", lines.Single(l => l.StartsWith("unit-agenda,district", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    // tests/data/teams/self-assessment.json: the team rated "team-actions" developing in September and emerging in
    // January (a drop); the site rose from emerging to developing with the same evidence.
    [Fact]
    public void Self_rated_changes_carry_calibration_cautions()
    {
        var result = CliRun.Run("commitments", "--in", InRepository("tests", "data", "teams", "self-assessment.json"), "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var levels = json.RootElement.GetProperty("commitments")[0].GetProperty("levels").EnumerateArray().ToDictionary(l => l.GetProperty("level").GetString()!);
        Assert.Equal("self-rated-drop", levels["team"].GetProperty("change").GetProperty("caution").GetProperty("code").GetString());
        Assert.Equal(-1, levels["team"].GetProperty("change").GetProperty("steps").GetInt32());
        Assert.Equal("self-rated-rise-without-evidence", levels["site"].GetProperty("change").GetProperty("caution").GetProperty("code").GetString());
        Assert.Contains(json.RootElement.GetProperty("gaps").EnumerateArray(), g => g.GetProperty("code").GetString() == "no-owner");
    }

    [Fact]
    public void An_entry_naming_an_unknown_commitment_is_bad_data_with_its_line()
    {
        string file = _folder.Write("sa.json", "{\n  \"commitments\": [ { \"id\": \"a\", \"title\": \"A\", \"roles\": { \"team\": \"does it\" } } ],\n  \"assessments\": [ { \"assessedOn\": \"2027-01-01\", \"entries\": [\n    { \"commitment\": \"b\", \"level\": \"team\", \"status\": \"emerging\" } ] } ]\n}\n");
        string output = _folder.PathOf("out.md");
        var result = CliRun.Run("commitments", "--in", file, "--out", output);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("unknown-commitment", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("sa.json:4:", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void An_unknown_status_is_bad_data() =>
        Assert.Contains("unknown-status", CliRun.Run("commitments", "--in", _folder.Write("sa.json",
            """{ "commitments": [ { "id": "a", "title": "A", "roles": {} } ], "assessments": [ { "assessedOn": "2027-01-01", "entries": [ { "commitment": "a", "level": "team", "status": "great" } ] } ] }""")).Stderr, StringComparison.Ordinal);
}
