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
        // Three stages' worth of indicators (2, 3 and 5 in full) places the team at stage 4 on the continuum (decision 0045).
        Assert.Contains("- Stage: 4, developing common assessments\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("- Continuum: collaboration\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("- Stage 4, common assessments given: ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| 5 | 1 | 1 | 0 | 1 |", result.Stdout, StringComparison.Ordinal);
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
        Assert.Equal(4, team.GetProperty("stage").GetInt32());
        Assert.Equal("developing-common-assessments", team.GetProperty("stageName").GetString());
        Assert.Equal("collaboration", team.GetProperty("continuum").GetString());
        Assert.Equal("commonAssessmentsGiven", team.GetProperty("nextSteps")[0].GetProperty("indicator").GetString());
        Assert.Equal(7, team.GetProperty("profile").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, team.GetProperty("school").ValueKind);
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

    private static string ExampleSite => Path.Combine(SharedData.RepositoryRoot, "tests", "data", "teams", "example-site.json");

    [Fact] // tests/data/teams/example-site.json: four teams in two schools, observed in September and January.
    public void The_overview_counts_teams_per_stage_and_school_from_first_to_latest()
    {
        var result = CliRun.Run("stage", "--in", ExampleSite, "--overview", "--format", "json", "--scope", "Unified");
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("Unified", root.GetProperty("scope").GetString());
        // lincoln-g8 1 (partial norms and practices: ½ stage), adams-g6 2 (1½), lincoln-g6 4 (3½), lincoln-g7 7.
        Assert.Equal([1, 1, 0, 1, 0, 0, 1], root.GetProperty("countByStage").EnumerateArray().Select(e => e.GetInt32()).ToArray());
        Assert.Equal(2, root.GetProperty("continuum").GetProperty("collaboration").GetInt32());
        var moves = root.GetProperty("moves").EnumerateArray().ToDictionary(m => m.GetProperty("team").GetString()!, m => m.GetProperty("steps").GetInt32());
        Assert.Equal(-1, moves["adams-g6"]);
        Assert.Equal(2, moves["lincoln-g6"]);
        Assert.Equal(1, moves["lincoln-g7"]);
        var schools = root.GetProperty("schools").EnumerateArray().Select(s => s.GetProperty("school").GetString()!).ToArray();
        Assert.Equal(["adams-ms", "lincoln-ms"], schools);
        Assert.Equal(2, root.GetProperty("teams")[1].GetProperty("history").GetArrayLength());
    }

    [Fact]
    public void The_overview_in_html_draws_a_chart_per_school_and_escapes_names()
    {
        var result = CliRun.Run("stage", "--in", ExampleSite, "--overview", "--format", "html", "--scope", "<Unified>");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(3, result.Stdout.Split("<svg").Length - 1);
        Assert.DoesNotContain("<Unified>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("&lt;Unified&gt;", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overview_between_two_dates_counts_teams_first_seen_later_as_new()
    {
        var result = CliRun.Run("stage", "--in", ExampleSite, "--overview", "--from", "2026-09-15", "--to", "2027-01-31");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("| lincoln-g6 | lincoln-ms | 2 | 4 | 2 | 2027-01-20 |", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| lincoln-g7 | lincoln-ms | new | 7 | 0 | 2027-01-21 |", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_without_the_overview_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Run("stage", "--in", ExampleSite, "--format", "html").ExitCode);

    [Fact]
    public void An_overview_with_to_before_from_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Run("stage", "--in", ExampleSite, "--overview", "--from", "2027-01-01", "--to", "2026-01-01").ExitCode);

    [Fact]
    public void A_team_without_a_school_among_teams_with_schools_is_bad_data()
    {
        string file = _folder.Write("teams.json", """
            [ { "team": "a", "school": "s1", "observedOn": "2026-10-01", "indicators": [] },
              { "team": "b", "observedOn": "2026-10-01", "indicators": [] } ]
            """);
        var result = CliRun.Run("stage", "--in", file, "--overview");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("missing-school", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indicator_both_met_and_partial_is_bad_data()
    {
        string file = _folder.Write("team.json", Evidence.Replace("\"selfRatings\"", "\"partialIndicators\": [\"sharedPlanning\"], \"selfRatings\"", StringComparison.Ordinal));
        var result = CliRun.Run("stage", "--in", file);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("invalid-evidence", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("team.json:", result.Stderr, StringComparison.Ordinal);
    }
}
