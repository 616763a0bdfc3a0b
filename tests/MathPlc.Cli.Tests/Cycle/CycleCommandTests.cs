using System.Text.Json;
using MathPlc.CriticalQuestions;
using MathPlc.Interop.UnitCycle;

namespace MathPlc.Cli.Tests.Cycle;

/// <summary>
/// <c>mathplc cycle</c> end to end, as <c>docs/cli.md</c> and issue 8 say: with no options it answers the four
/// critical questions for the sample team in Markdown; the same seed gives the same report; the same team given as
/// files, or as a OneRoster folder, gives the same report; <c>--out</c> writes every form.
/// </summary>
public sealed class CycleCommandTests
{
    private static readonly Lazy<CliResult> Default = new(() => CliRun.Run("cycle"));

    [Fact]
    public void Without_options_it_prints_the_sample_teams_report_with_all_four_questions_answered()
    {
        var result = Default.Value;
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        foreach (var question in Enum.GetValues<CriticalQuestion>())
            Assert.Contains($"## {(int)question}. {question.Wording()}", result.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("# Unit 2: Ratios and rates — Grade 6 mathematics team", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("## The team's high-leverage actions", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("## Questions for the team's discussion", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_seed_gives_the_same_report_and_another_seed_another()
    {
        var first = CliRun.Run("cycle", "--seed", "7");
        var second = CliRun.RunIn("en-US", "cycle", "--seed", "7");
        var other = CliRun.Run("cycle", "--seed", "8");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.NotEqual(first.Stdout, other.Stdout);
        Assert.Equal(Default.Value.Stdout, CliRun.Run("cycle", "--seed", SampleTeam.DefaultSeed.ToString(System.Globalization.CultureInfo.InvariantCulture)).Stdout);
    }

    [Fact]
    public void A_OneRoster_folder_written_from_the_sample_team_gives_the_same_report_as_the_direct_input()
    {
        using var files = CycleFiles.Sample();
        var fromFolder = CliRun.Run("cycle", "--oneroster", files.OneRoster);
        Assert.Equal("", fromFolder.Stderr);
        Assert.Equal(0, fromFolder.ExitCode);
        Assert.Equal(Default.Value.Stdout, fromFolder.Stdout);

        var withUnit = CliRun.Run("cycle", "--oneroster", files.OneRoster, "--unit", files.Unit);
        Assert.Equal(Default.Value.Stdout, withUnit.Stdout);
    }

    [Fact]
    public void The_unit_file_item_scores_and_roster_give_the_same_report_as_the_direct_input()
    {
        using var files = CycleFiles.Sample();
        var result = CliRun.Run("cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster);
        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Default.Value.Stdout, result.Stdout);
    }

    [Fact]
    public void Out_writes_the_report_in_every_form_and_the_three_tables()
    {
        using var files = CycleFiles.Sample();
        var result = CliRun.Run("cycle", "--out", files.Out);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(["groups.csv", "plan.csv", "proficiency.csv", "report.html", "report.json", "report.md", "tiers.csv"],
            Directory.GetFiles(files.Out).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(Default.Value.Stdout, File.ReadAllText(Path.Combine(files.Out, "report.md")));

        var report = UnitCycle.Run(SampleTeam.Default.Input);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(files.Out, "report.json")));
        var counts = json.RootElement.GetProperty("counts");
        Assert.Equal(130, counts.GetProperty("students").GetInt32());
        Assert.Equal(counts.GetProperty("students").GetInt32(),
            new[] { "tier3", "referral", "tier2", "wholeClass", "notAssessed", "extension" }.Sum(name => counts.GetProperty(name).GetInt32()));
        Assert.Equal(report.Counts.Tier2, counts.GetProperty("tier2").GetInt32());

        string[] tiers = File.ReadAllLines(Path.Combine(files.Out, "tiers.csv"));
        Assert.Equal("student_id,tier,targets_unmet,extension,reasons,targets_unmet_codes", tiers[0]);
        Assert.Equal(131, tiers.Length);
        string[] proficiency = File.ReadAllLines(Path.Combine(files.Out, "proficiency.csv"));
        Assert.StartsWith("student_id,target_id,method,score,level,status,evidence_used,evidence_excluded", proficiency[0], StringComparison.Ordinal);
        Assert.Equal(1 + (130 * 5), proficiency.Length);
        Assert.Equal(UnitCycleTables.Groups(report), File.ReadAllText(Path.Combine(files.Out, "groups.csv")));

        string html = File.ReadAllText(Path.Combine(files.Out, "report.html"));
        Assert.Equal(2, html.Split("<svg", StringSplitOptions.None).Length - 1);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("json", "{\"team\":\"Grade 6 mathematics team\"")]
    [InlineData("md", "# Unit 2")]
    public void Format_chooses_what_is_printed(string format, string start)
    {
        var result = CliRun.Run("cycle", "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(start, result.Stdout, StringComparison.OrdinalIgnoreCase);
    }
}
