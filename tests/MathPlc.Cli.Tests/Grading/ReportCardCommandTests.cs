using System.Text.Json;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Grading;

/// <summary>
/// <c>mathplc report-card</c>: marks by rules given as data, reasons per mark, rounding before banding, Incomplete for
/// a target without a score. Letter bands: Marzano, <i>Formative Assessment &amp; Standards-Based Grading</i> (2010),
/// p. 105 (A 3.00–4.00, B 2.50–2.99, C 2.00–2.49, D 1.00–1.99, F below 1.00); conjunctive rules: sbgrader2
/// (reference/grading.md §10.2).
/// </summary>
public sealed class ReportCardCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // ana: 3, 2.99 → mean 2.995 → rounded 3.00 → A (unrounded it would be a B); ben: 2, 3 → 2.5 → B, lowest 2 → C;
    // cy: 4 and an insufficient target → Incomplete; dee: a teacher_judgement target → Incomplete.
    private const string Proficiency = """
        student_id,target_id,method,score,level,status,evidence_used,evidence_excluded
        ana,T-1,mean,3,Target content,scored,2,0
        ana,T-2,mean,2.99,Simpler content,scored,2,0
        ben,T-1,mean,2,Simpler content,scored,1,0
        ben,T-2,mean,3,Target content,scored,1,0
        cy,T-1,mean,4,Beyond the target,scored,1,0
        cy,T-2,mean,,,insufficient_evidence,0,1
        dee,T-1,mode,,,teacher_judgement,4,0
        dee,T-2,mean,3,Target content,scored,1,0

        """;

    private string[][] Rows(params string[] options)
    {
        var result = CliRun.Run(["report-card", "--in", _folder.Write("proficiency.csv", Proficiency), .. options]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.StartsWith("student_id,mark,rule,reasons\r\n", result.Stdout, StringComparison.Ordinal);
        return [.. result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..].Select(line => line.Split(',', 4))];
    }

    [Fact]
    public void The_mean_rule_rounds_to_two_decimals_before_the_letter_bands()
    {
        var rows = Rows("--rule", "mean");
        Assert.Equal(["ana", "A", "mean-of-targets"], rows[0][..3]);
        Assert.Contains("The mean of 2 target scores is 2.995, rounded to 2 decimals (half away from zero): 3. | 3 is in the band 3–4", rows[0][3], StringComparison.Ordinal);
        Assert.Equal(["ben", "B"], rows[1][..2]);
        Assert.Equal(["cy", "Incomplete"], rows[2][..2]);
        Assert.Contains("T-2 has no score", rows[2][3], StringComparison.Ordinal);
        Assert.Equal(["dee", "Incomplete"], rows[3][..2]);
        Assert.Contains("teacher's judgement", rows[3][3], StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_file_without_rounding_bands_the_unrounded_mean()
    {
        string rules = _folder.Write("rules.json", MathPlc.Interop.Json.MathPlcJson.Serialize<MathPlc.Grading.ReportCardRule>(new MathPlc.Grading.MeanOfTargets(MathPlc.Grading.LetterGradeTable.Marzano2010)));
        var result = CliRun.Run(["report-card", "--in", _folder.Write("proficiency.csv", Proficiency), "--rules", rules]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("\r\nana,B,mean-of-targets,", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lowest_rule_and_conjunctive_rules_from_a_file()
    {
        Assert.Equal(["ben", "C", "lowest-target"], Rows("--rule", "lowest")[1][..3]);
        string rules = _folder.Write("conjunctive.json", JsonSerializer.Serialize(new { kind = "conjunctiveRules", ruleSet = JsonDocument.Parse(ConjunctiveJson).RootElement }));
        var rows = Rows("--rule", "conjunctive", "--rules", rules);
        Assert.Equal("conjunctive", rows[0][2]);
        Assert.Equal(["ben", "D"], rows[1][..2]);   // sbgrader2: p(≥3) = 50 %: not B (80 %), not C (65 %), D (50 %)
    }

    private static string ConjunctiveJson => MathPlc.Interop.Json.MathPlcJson.Serialize<MathPlc.Grading.ConjunctiveRuleSet>(MathPlc.Grading.ConjunctiveRuleSet.Sbgrader2);

    [Fact]
    public void A_course_target_with_no_row_makes_the_mark_incomplete_and_json_has_the_reasons()
    {
        string targets = _folder.Write("targets.csv", "target_id\nT-1\nT-3\n");
        var rows = Rows("--rule", "mean", "--targets", targets);
        Assert.All(rows, row => Assert.Equal("Incomplete", row[1]));
        Assert.Contains("no row for ana on T-3", rows[0][3], StringComparison.Ordinal);
        var result = CliRun.Run(["report-card", "--in", _folder.PathOf("proficiency.csv"), "--rule", "mean", "--format", "json"]);
        var marks = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(4, marks.GetArrayLength());
        Assert.Equal("A", marks[0].GetProperty("letter").GetString());
    }

    [Theory]
    [InlineData(2, "Give --rule")]
    [InlineData(2, "--rule conjunctive needs --rules", "--rule", "conjunctive")]
    [InlineData(2, "--rule \"median\" is not a report-card rule", "--rule", "median")]
    public void Usage_and_bad_names_are_refused(int exitCode, string reason, params string[] options)
    {
        var result = CliRun.Run(["report-card", "--in", _folder.Write("proficiency.csv", Proficiency), .. options]);
        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(reason, result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_rule_file_of_another_kind_than_rule_and_a_bad_rule_file_are_refused()
    {
        string rules = _folder.Write("rules.json", """{"kind":"lowestTarget"}""");
        var disagree = CliRun.Run(["report-card", "--in", _folder.Write("proficiency.csv", Proficiency), "--rule", "mean", "--rules", rules]);
        Assert.Equal(2, disagree.ExitCode);
        Assert.Contains("disagree", disagree.Stderr, StringComparison.Ordinal);
        string bad = _folder.Write("bad.json", "{\n  \"kind\": \"median\"\n}");
        var refused = CliRun.Run(["report-card", "--in", _folder.PathOf("proficiency.csv"), "--rules", bad]);
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("bad.json:3:2: invalid-report-card-rule: $.kind \"median\"", refused.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_off_the_scale_of_the_default_bands_is_bad_data_not_a_crash()
    {
        // Marzano's bands cover 0–4, the default scale; a 4.5 from a 0–5 Canvas outcome is off it (ReportCardScaleTests has the rest).
        string proficiency = _folder.Write("canvas.csv", "student_id,target_id,score,status\nana,T-1,4.5,scored\n");
        var result = CliRun.Run(["report-card", "--in", proficiency, "--rule", "lowest"]);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"{proficiency}:2:3: off-scale: score \"4.5\"", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact] // Issue 13: the course's targets per grading period give one mark per student and period, in a period column.
    public void Targets_per_period_give_a_mark_per_period()
    {
        string targets = _folder.Write("targets.csv", "target_id,period\nT-1,Q1\nT-1,Q2\nT-2,Q2\n");
        var result = CliRun.Run(["report-card", "--in", _folder.Write("proficiency.csv", Proficiency), "--rule", "mean", "--targets", targets]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("student_id,mark,rule,reasons,period", lines[0]);
        // ana: Q1 = T-1 alone (3 → A); Q2 = T-1 and T-2 (2.995 → 3.00 → A). ben: Q1 = 2 → C; Q2 = 2.5 → B.
        Assert.Equal(["ana,A,Q1", "ana,A,Q2", "ben,C,Q1", "ben,B,Q2"],
            lines.Skip(1).Take(4).Select(l => l.Split(',')).Select(c => $"{c[0]},{c[1]},{c[^1]}").ToArray());
        var json = CliRun.Run(["report-card", "--in", _folder.PathOf("proficiency.csv"), "--rule", "mean", "--targets", targets, "--format", "json"]);
        using var marks = JsonDocument.Parse(json.Stdout);
        Assert.Equal(["Q1", "Q2"], marks.RootElement.EnumerateArray().Take(2).Select(m => m.GetProperty("period").GetProperty("name").GetString()!).ToArray());
    }

    [Fact] // A period's dates come from the school calendar's grading period of that name (docs/examples/calendar.json: Quarter 1 is 2026-08-17 to 2026-10-16).
    public void With_a_calendar_each_period_has_the_calendars_dates()
    {
        string targets = _folder.Write("targets.csv", "target_id,period\nT-1,Quarter 1\nT-2,Quarter 2\n");
        var json = CliRun.Run(["report-card", "--in", _folder.Write("proficiency.csv", Proficiency), "--rule", "mean", "--targets", targets,
            "--calendar", _folder.Write("calendar.json", File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "examples", "calendar.json"))), "--format", "json"]);
        Assert.True(json.ExitCode == 0, json.Stderr);
        using var marks = JsonDocument.Parse(json.Stdout);
        var first = marks.RootElement[0].GetProperty("period");
        Assert.Equal(("Quarter 1", "2026-08-17", "2026-10-16"), (first.GetProperty("name").GetString(), first.GetProperty("start").GetString(), first.GetProperty("end").GetString()));
        var whole = CliRun.Run(["report-card", "--in", _folder.PathOf("proficiency.csv"), "--rule", "mean", "--calendar", _folder.PathOf("calendar.json"), "--format", "json"]);
        using var year = JsonDocument.Parse(whole.Stdout);
        Assert.Equal("school year", year.RootElement[0].GetProperty("period").GetProperty("name").GetString());
    }

    [Fact] // No calendar, no dates: the JSON names the period and invents no start or end.
    public void Without_a_calendar_the_period_has_no_dates()
    {
        var json = CliRun.Run(["report-card", "--in", _folder.Write("proficiency.csv", Proficiency), "--rule", "mean", "--format", "json"]);
        Assert.True(json.ExitCode == 0, json.Stderr);
        using var marks = JsonDocument.Parse(json.Stdout);
        var period = marks.RootElement[0].GetProperty("period");
        Assert.Equal("period", period.GetProperty("name").GetString());
        Assert.False(period.TryGetProperty("start", out _));
        Assert.False(period.TryGetProperty("end", out _));
    }

    [Fact] // A period the calendar does not have is bad data naming it and the calendar's periods.
    public void A_period_the_calendar_lacks_is_bad_data()
    {
        string targets = _folder.Write("targets.csv", "target_id,period\nT-1,Q9\n");
        var result = CliRun.Run(["report-card", "--in", _folder.Write("proficiency.csv", Proficiency), "--rule", "mean", "--targets", targets,
            "--calendar", _folder.Write("calendar.json", File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "examples", "calendar.json")))]);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("unknown-period", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Quarter 1, Quarter 2, Quarter 3, Quarter 4", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact] // Without periods the columns stay as they were.
    public void Targets_without_periods_keep_the_four_columns()
    {
        string targets = _folder.Write("targets.csv", "target_id\nT-1\n");
        var result = CliRun.Run(["report-card", "--in", _folder.Write("proficiency.csv", Proficiency), "--rule", "mean", "--targets", targets]);
        Assert.StartsWith("student_id,mark,rule,reasons\r\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact] // Issue 14, cause 6: the report-card CSV honours --csv-raw like every CSV output.
    public void The_csv_neutralises_formulas_unless_csv_raw()
    {
        string proficiency = _folder.Write("p.csv", "student_id,target_id,score,status\n=SUM(1),T-1,3,scored\n");
        Assert.Contains("'=SUM(1),A,", CliRun.Run(["report-card", "--in", proficiency, "--rule", "mean"]).Stdout, StringComparison.Ordinal);
        Assert.Contains("\n=SUM(1),A,", CliRun.Run(["report-card", "--in", proficiency, "--rule", "mean", "--csv-raw"]).Stdout, StringComparison.Ordinal);
    }
}
