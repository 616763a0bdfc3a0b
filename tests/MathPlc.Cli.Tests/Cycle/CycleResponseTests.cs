using MathPlc.Core;
using System.Text.RegularExpressions;
using MathPlc.CriticalQuestions;
using MathPlc.Interventions;
using NodaTime;

namespace MathPlc.Cli.Tests.Cycle;

/// <summary>
/// Issue 12 end to end: <c>plan.csv</c> as <c>docs/cli.md</c> fixes it, the routes into Tier 3 (<c>--screening</c>,
/// <c>--nonresponse</c>), the unit file's <c>response</c> object, teams of other shapes, and bad input as exit 3 with
/// file, line and reason.
/// </summary>
public sealed partial class CycleResponseTests
{
    private static readonly string[] Responses = ["whole-class", "tier2", "tier3", "referral", "extension", "none"];

    private static List<string[]> Plan(CycleFiles files) =>
        [.. File.ReadAllLines(Path.Combine(files.Out, "plan.csv")).Skip(1).Select(Fields)];

    /// <summary>The fields of one CSV line (quotes doubled inside quoted fields).</summary>
    private static string[] Fields(string line) =>
        [.. CsvField().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value.Replace("\"\"", "\"", StringComparison.Ordinal) : m.Groups[2].Value)];

    [GeneratedRegex("(?:^|,)(?:\"((?:[^\"]|\"\")*)\"|([^,]*))")]
    private static partial Regex CsvField();

    [Fact] // docs/cli.md: one row per student and target with the exact columns; codes, never CASE ids; a reason on every row.
    public void Plan_csv_has_one_row_per_student_and_target_with_a_reason_and_target_codes()
    {
        using var files = CycleFiles.Sample();
        var result = CliRun.Run("cycle", "--out", files.Out);
        Assert.Equal(0, result.ExitCode);
        string[] lines = File.ReadAllLines(Path.Combine(files.Out, "plan.csv"));
        Assert.Equal("student_id,target_code,status,response,group_id,adult_id,starts_on,reassess_on,reason", lines[0]);
        var rows = Plan(files);
        Assert.Equal(130 * 5, rows.Count);
        Assert.All(rows, r => Assert.Equal(9, r.Length));
        Assert.Equal(["6.RP.A.1", "6.RP.A.2", "6.RP.A.3a", "6.RP.A.3b", "6.RP.A.3c"], rows.Select(r => r[1]).Distinct().ToArray());
        Assert.All(rows, r => Assert.Contains(r[2], new[] { "proficient", "not-yet", "no-score" }));
        Assert.All(rows, r => Assert.Contains(r[3], Responses));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r[8])));
        Assert.DoesNotContain(rows, r => r[3] == "tier3");
        Assert.All(rows.Where(r => r[2] == "no-score"), r => Assert.Equal("none", r[3]));
        Assert.All(rows.Where(r => r[2] == "proficient"), r => Assert.Equal("extension", r[3]));
        // No CASE identifier anywhere a teacher reads.
        foreach (string name in new[] { "plan.csv", "report.md", "report.html" })
            Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", File.ReadAllText(Path.Combine(files.Out, name)));
        Assert.Contains(",target_code", File.ReadAllLines(Path.Combine(files.Out, "proficiency.csv"))[0], StringComparison.Ordinal);
        Assert.Contains("target_code", File.ReadAllLines(Path.Combine(files.Out, "groups.csv"))[0], StringComparison.Ordinal);
    }

    [Fact] // RTI at Work: screening's intensive band and documented non-response are the routes into Tier 3; the targeted band is not.
    public void Screening_and_non_response_place_students_in_tier3()
    {
        using var files = CycleFiles.Sample();
        string screening = files.PathOf("screening.csv"), nonResponse = files.PathOf("nonresponse.csv");
        File.WriteAllText(screening, "student_id,percentile\nS0002,4\nS0007,18\nS0010,55\n");
        File.WriteAllText(nonResponse, "student_id,decided_on,reason\nS0011,2026-10-02,\"Four points below the goal line, twice\"\n");
        var result = CliRun.Run("cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster,
            "--screening", screening, "--nonresponse", nonResponse, "--out", files.Out);
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("error", result.Stderr, StringComparison.OrdinalIgnoreCase);
        var rows = Plan(files);
        Assert.Equal(["S0002", "S0011"], rows.Where(r => r[3] == "tier3").Select(r => r[0]).Distinct().Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(rows, r => r[0] == "S0002" && r[3] == "tier3" && r[8].Contains("4th percentile", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[0] == "S0011" && r[3] == "tier3" && r[8].Contains("Four points below the goal line, twice", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r[0] == "S0007" && r[3] == "tier3");
        string agenda = File.ReadAllText(Path.Combine(files.Out, "report.md"));
        Assert.Contains("**Tier 3:** S0002", agenda, StringComparison.Ordinal);
    }

    [Fact] // The unit file's response object: one adult, one block — more demand than capacity gives the Tier 1 alternative, said on the agenda.
    public void A_team_with_more_demand_than_capacity_gets_the_tier1_alternative_on_its_agenda()
    {
        var input = SampleTeam.Default.Input with
        {
            Capacity = new ResponseCapacity([new TeacherId("ms-garcia")], [new InterventionBlock(IsoDayOfWeek.Tuesday, 40)]),
            Response = new ResponseRules(wholeClassAtLeast: 0.6, reassessAfterDays: 8),
        };
        using var files = new CycleFiles(input);
        Assert.Contains("\"response\"", File.ReadAllText(files.Unit), StringComparison.Ordinal);
        var result = CliRun.Run("cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster, "--out", files.Out);
        Assert.Equal(0, result.ExitCode);
        var rows = Plan(files);
        Assert.Single(rows.Where(r => r[3] == "tier2" && r[4].Length > 0).Select(r => r[4]).Distinct());
        Assert.Contains(rows, r => r[3] == "whole-class" && r[8].Contains("Tier 1 alternative", StringComparison.Ordinal));
        Assert.All(rows.Where(r => r[3] == "tier2" && r[4].Length > 0), r => Assert.Equal(("ms-garcia", "2026-10-20", "2026-10-29"), (r[5], r[6], r[7])));
        string md = File.ReadAllText(Path.Combine(files.Out, "report.md"));
        Assert.Contains("**Does not fit:**", md, StringComparison.Ordinal);
        Assert.Contains("Whole-class line: 60% not yet. Groups: 1 adults × 1 blocks (Tue)", md, StringComparison.Ordinal);
    }

    [Fact] // Absent students are not assessed with a reason, never "core"; the tiers table says not-assessed.
    public void Absent_students_are_not_assessed_with_a_reason()
    {
        var input = SampleTeam.Generate(SampleTeam.DefaultSeed, new SampleTeamOptions(absentRate: 0.1)).Input;
        using var files = new CycleFiles(input);
        Assert.Equal(0, CliRun.Run("cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster, "--out", files.Out).ExitCode);
        var absent = Plan(files).GroupBy(r => r[0]).Where(g => g.All(r => r[2] == "no-score")).ToList();
        Assert.NotEmpty(absent);
        Assert.All(absent.SelectMany(g => g), r => Assert.Equal("none", r[3]));
        Assert.All(absent.SelectMany(g => g), r => Assert.StartsWith("Not assessed: no score on any target", r[8], StringComparison.Ordinal));
        var tiers = File.ReadAllLines(Path.Combine(files.Out, "tiers.csv")).Skip(1).Select(Fields).ToDictionary(f => f[0], f => f[1]);
        Assert.All(absent, g => Assert.Equal("not-assessed", tiers[g.Key]));
    }

    [Fact] // Issue 14, cause 1: a target code with markup stays text in every report; no id-to-code replacement on rendered text.
    public void A_target_code_with_markup_is_escaped_in_every_report()
    {
        using var files = CycleFiles.Sample();
        const string hostile = "<img src=x onerror=alert(1)>";
        CycleFiles.Edit(files.Unit, "\"code\": \"CCSS.Math.Content.6.RP.A.3c\"", $"\"code\": \"{hostile}\"");
        var result = CliRun.Run("cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster, "--out", files.Out);
        Assert.Equal(0, result.ExitCode);
        string html = File.ReadAllText(Path.Combine(files.Out, "report.html"));
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        string md = File.ReadAllText(Path.Combine(files.Out, "report.md"));
        Assert.DoesNotMatch("(?<!\\\\)<img", md);
        Assert.Contains(Plan(files), r => r[1] == hostile);
    }

    [Theory] // Bad input is exit 3 naming the file, the line and what is wrong; nothing is written.
    [InlineData("adults", "duplicate-adult")]
    [InlineData("blocks", "duplicate-block")]
    [InlineData("saturday", "non-instructional-block")]
    [InlineData("line", "bad-number")]
    public void A_bad_response_object_is_bad_data_with_its_line(string what, string code)
    {
        var input = SampleTeam.Default.Input with
        {
            Capacity = new ResponseCapacity([new TeacherId("ms-garcia"), new TeacherId("mr-chen")],
                [new InterventionBlock(IsoDayOfWeek.Tuesday, 30), new InterventionBlock(IsoDayOfWeek.Thursday, 30)]),
        };
        using var files = new CycleFiles(input);
        string marker = what switch
        {
            "adults" => "\"mr-chen\"",
            "blocks" => "\"day\": \"thursday\"",
            "saturday" => "\"day\": \"thursday\"",
            _ => "\"adults\"",
        };
        string replacement = what switch
        {
            "adults" => "\"ms-garcia\"",
            "blocks" => "\"day\": \"tuesday\"",
            "saturday" => "\"day\": \"saturday\"",
            _ => "\"wholeClassAtLeast\": 1.5,\n    \"adults\"",
        };
        CycleFiles.Edit(files.Unit, marker, replacement);
        string needle = what == "line" ? "wholeClassAtLeast" : replacement;
        int line = File.ReadAllLines(files.Unit).Select((l, i) => (l, i)).Last(x => x.l.Contains(needle, StringComparison.Ordinal)).i + 1;
        var result = CliRun.Run("cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster, "--out", files.Out);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"unit.json:{line}", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(code, result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(files.Out));
    }

    [Theory]
    [InlineData("screening.csv", "student_id,percentile\nS0002,101\n", "--screening", "bad-percentile")]
    [InlineData("screening.csv", "student_id,percentile\nS0002,-1\n", "--screening", "bad-percentile")]
    [InlineData("screening.csv", "student_id,percentile\nS9999,5\n", "--screening", "unknown-student")]
    [InlineData("nonresponse.csv", "student_id,decided_on,reason\nS9999,2026-10-01,flat\n", "--nonresponse", "unknown-student")]
    [InlineData("nonresponse.csv", "student_id,decided_on,reason\nS0002,2026-13-01,flat\n", "--nonresponse", "bad-date")]
    public void Bad_screening_or_non_response_rows_are_bad_data_with_their_line(string name, string content, string option, string code)
    {
        using var files = CycleFiles.Sample();
        string path = files.PathOf(name);
        File.WriteAllText(path, content);
        var result = CliRun.Run("cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster, option, path, "--out", files.Out);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"{name}:2", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(code, result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(files.Out));
    }
}
