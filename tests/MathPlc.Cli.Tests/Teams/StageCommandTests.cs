using System.Text.Json;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Teams;

/// <summary><c>mathplc stage</c> end to end: real files in, the report out; bad evidence is exit code 3 with no output.</summary>
public sealed class StageCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Evidence = """
        {
          "team": "grade6-math",
          "observedOn": "2026-10-15",
          "indicators": ["normsAndAgendas", "practicesShared", "sharedPlanning", "resultsAnalyzedByTarget"],
          "selfRatings": [ { "member": "ana", "stage": 2 }, { "member": "ben", "stage": 5 } ]
        }
        """;

    [Fact]
    public void Markdown_names_the_stage_continuum_indicators_and_next_actions()
    {
        var result = CliRun.Run("stage", "--in", _folder.Write("team.json", Evidence));
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.StartsWith("# Team grade6-math, 2026-10-15\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("- Stage: 3, planning planning planning\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("- Continuum: coordination\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("members see the team differently", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| 4 | common assessments given | no |", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| 5 | results analyzed by target | yes |", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("- Leaders: ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_one_diagnosis_per_team()
    {
        var result = CliRun.Run("stage", "--in", _folder.Write("team.json", $"[{Evidence}]"), "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var team = Assert.Single(json.RootElement.EnumerateArray().ToArray());
        Assert.Equal(3, team.GetProperty("stage").GetInt32());
        Assert.Equal("planning-planning-planning", team.GetProperty("stageName").GetString());
        Assert.Equal("coordination", team.GetProperty("continuum").GetString());
        Assert.Equal(new[] { "normsAndAgendas", "practicesShared", "sharedPlanning", "resultsAnalyzedByTarget" },
            team.GetProperty("indicatorsMet").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal("commonAssessmentsGiven", team.GetProperty("indicatorsMissed")[0].GetString());
        Assert.True(team.GetProperty("selfRatings").GetProperty("membersDisagree").GetBoolean());
        Assert.False(string.IsNullOrEmpty(team.GetProperty("nextActions").GetProperty("team").GetString()));
    }

    [Fact]
    public void A_stage_survey_with_an_unknown_indicator_is_bad_data_and_writes_nothing()
    {
        string file = _folder.Write("team.json", Evidence.Replace("\"sharedPlanning\"", "\"sharedPlaning\"", StringComparison.Ordinal));
        string output = _folder.PathOf("out.md");
        var result = CliRun.Run("stage", "--in", file, "--out", output);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("unknown-indicator", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("$.indicators[2]", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_missing_file_is_bad_data() => Assert.Equal(3, CliRun.Run("stage", "--in", _folder.PathOf("nope.json")).ExitCode);

    [Fact]
    public void An_impossible_disagreement_spread_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Run("stage", "--in", _folder.Write("team.json", Evidence), "--disagreement-spread", "7").ExitCode);

    [Fact]
    public void Csv_is_not_a_stage_format() => Assert.Equal(2, CliRun.Run("stage", "--in", _folder.Write("team.json", Evidence), "--format", "csv").ExitCode);
}
