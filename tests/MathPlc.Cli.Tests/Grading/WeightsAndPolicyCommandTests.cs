using System.Text.Json;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Grading;

/// <summary>
/// <c>mathplc proficiency</c> with weighted evidence, reassessment by source and every policy option: worked
/// examples (each worked out by hand in its comment) and bad input (exit 3 with file and line, exit 2 for a command
/// line that does not fit together), with nothing written on failure.
/// </summary>
public sealed class WeightsAndPolicyCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string[][] Rows(string evidence, params string[] options)
    {
        var result = CliRun.Run(["proficiency", "--in", _folder.Write("evidence.csv", evidence), .. options]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return [.. result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..].Select(line => line.Split(','))];
    }

    private JsonElement Json(string evidence, params string[] options)
    {
        var result = CliRun.Run(["proficiency", "--in", _folder.Write("evidence.csv", evidence), "--format", "json", .. options]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    private void Refused(int exitCode, string evidence, string[] options, params string[] reasons)
    {
        string output = _folder.PathOf("out.csv");
        var result = CliRun.Run(["proficiency", "--in", _folder.Write("evidence.csv", evidence), .. options, "--out", output]);
        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal("", result.Stdout);
        foreach (string reason in reasons) Assert.Contains(reason, result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private const string Weighted = """
        student_id,target_id,assessed_on,score,weight
        S-1,T-1,2026-09-01,1,1
        S-1,T-1,2026-09-02,4,9

        """;

    [Fact]
    public void The_mean_uses_the_weight_column_and_the_JSON_shows_each_weight()
    {
        // Issue 13: (1·1 + 4·9) / (1 + 9) = 3.7, not the unweighted 2.5.
        Assert.Equal("3.7", Rows(Weighted, "--method", "mean")[0][3]);
        var used = Json(Weighted, "--method", "mean")[0].GetProperty("used");
        Assert.Equal([0.1, 0.9], used.EnumerateArray().Select(u => u.GetProperty("weight").GetDouble()));
    }

    [Fact]
    public void A_method_that_cannot_weigh_refuses_a_weighted_file_with_the_line()
    {
        Refused(3, Weighted, ["--method", "median"], "evidence.csv:2:", "weight-not-used", "median cannot weigh evidence");
        Refused(3, Weighted, ["--preset", "canvas-decaying-average"], "evidence.csv:3:", "canvas-decaying-average cannot weigh evidence");
    }

    [Fact]
    public void A_negative_weight_is_bad_data_with_its_line() =>
        Refused(3, "student_id,target_id,assessed_on,score,weight\nS-1,T-1,2026-09-01,1,-2\n", ["--method", "mean"], "evidence.csv:2:5: bad-weight: weight \"-2\"");

    private const string Attempts = """
        student_id,target_id,assessed_on,score,source,kind
        S-1,T-1,2026-09-01,2,Unit 3 CFA,
        S-1,T-1,2026-09-03,1,,
        S-1,T-1,2026-09-08,3.5,Unit 3 CFA,
        S-1,T-1,2026-09-15,3,Unit 3 CFA,
        S-1,T-1,2026-09-16,4,,formative

        """;

    [Fact]
    public void Reassessment_by_source_from_the_command_line()
    {
        // keep-all: mean(2, 1, 3.5, 3) = 2.375; keep-highest: mean(1, 3.5) = 2.25; replace-earlier: mean(1, 3) = 2;
        // higher-of-first-and-blend 0.8: max(2, 0.2·2 + 0.8·3) = 2.8 at the newest attempt → mean(1, 2.8) = 1.9.
        Assert.Equal("2.375", Rows(Attempts, "--method", "mean")[0][3]);
        Assert.Equal("2.25", Rows(Attempts, "--method", "mean", "--reassessment", "keep-highest")[0][3]);
        Assert.Equal("2", Rows(Attempts, "--method", "mean", "--reassessment", "replace-earlier")[0][3]);
        Assert.Equal(1.9, double.Parse(Rows(Attempts, "--method", "mean", "--reassessment", "higher-of-first-and-blend", "--blend", "0.8")[0][3], System.Globalization.CultureInfo.InvariantCulture), 12);
        var excluded = Json(Attempts, "--method", "mean", "--reassessment", "keep-highest")[0].GetProperty("excluded");
        Assert.Equal(["formative-not-graded", "reassessment-lower", "reassessment-lower"],
            excluded.EnumerateArray().Select(x => x.GetProperty("reason").GetProperty("code").GetString()));
    }

    [Fact]
    public void Include_formative_recent_days_recent_pieces_and_min_evidence()
    {
        // --include-formative: mean(2, 1, 3.5, 3, 4) = 2.7; --recent-days 8 as of the latest date (09-16): 09-09..09-16 → mean(3) = 3;
        // --recent-days 10 --as-of 2026-09-10: 09-01..09-10 → mean(2, 1, 3.5) = 2.1666…; --recent-pieces 2 → mean(3.5, 3) = 3.25;
        // --min-evidence 5 → insufficient_evidence (4 pieces count).
        Assert.Equal("2.7", Rows(Attempts, "--method", "mean", "--include-formative")[0][3]);
        Assert.Equal("3", Rows(Attempts, "--method", "mean", "--recent-days", "8")[0][3]);
        Assert.Equal((2 + 1 + 3.5) / 3, double.Parse(Rows(Attempts, "--method", "mean", "--recent-days", "10", "--as-of", "2026-09-10")[0][3], System.Globalization.CultureInfo.InvariantCulture), 12);
        Assert.Equal("3.25", Rows(Attempts, "--method", "mean", "--recent-pieces", "2")[0][3]);
        Assert.Equal("insufficient_evidence", Rows(Attempts, "--method", "mean", "--min-evidence", "5")[0][5]);
    }

    [Fact]
    public void A_floor_raises_scores_on_a_100_point_scale_and_says_so()
    {
        // Reeves: on 0–100 a zero counts as 50: mean(50, 90) = 70; the JSON keeps the original in a reason.
        string percent = "student_id,target_id,assessed_on,score\nS-1,T-1,2026-09-01,0\nS-1,T-1,2026-09-02,90\n";
        Assert.Equal("70", Rows(percent, "--method", "mean", "--scale-min", "0", "--scale-max", "100", "--floor", "50")[0][3]);
        var reasons = Json(percent, "--method", "mean", "--scale-min", "0", "--scale-max", "100", "--floor", "50")[0].GetProperty("reasons");
        Assert.Contains(reasons.EnumerateArray(), r => r.GetProperty("code").GetString() == "score-floor-raised");
    }

    [Fact]
    public void A_policy_file_with_overrides_and_options_that_replace_its_settings()
    {
        // policy.json: replace-earlier, minimum 1, an override of S-1 on T-1 to 3.5 by T-ortiz. The override wins: 3.5,
        // and the computed 2 (mean(1, 3)) is kept in the teacher-override reason with who, when and why.
        string policy = _folder.Write("policy.json", """
            {"reassessment":{"name":"replace-earlier"},
             "overrides":[{"studentId":"S-1","targetId":"T-1","score":3.5,"teacherId":"T-ortiz","decidedOn":"2026-09-20","why":"Oral reassessment showed full proficiency."}]}
            """);
        var result = Json(Attempts, "--method", "mean", "--policy", policy)[0];
        Assert.Equal(3.5, result.GetProperty("score").GetDouble());
        var why = result.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "teacher-override");
        Assert.Contains("T-ortiz set the score to 3.5 on 2026-09-20", why.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("The computed result was 2.", why.GetProperty("message").GetString(), StringComparison.Ordinal);
        // --reassessment replaces the file's rule: keep-highest computes 2.25 under the same override.
        var kept = Json(Attempts, "--method", "mean", "--policy", policy, "--reassessment", "keep-highest")[0];
        Assert.Contains("computed result was 2.25", kept.GetProperty("description").GetString() + kept.GetProperty("reasons").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Overrides_from_a_csv_file_record_who_when_and_why()
    {
        string overrides = _folder.Write("overrides.csv", "student_id,target_id,score,teacher_id,decided_on,why\nS-1,T-1,4,T-ortiz,2026-09-20,Showed it in class\n");
        var row = Rows(Attempts, "--method", "mean", "--overrides", overrides)[0];
        Assert.Equal(["4", "Beyond the target", "scored"], row[3..6]);
    }

    [Fact]
    public void An_override_of_a_student_not_in_the_evidence_is_bad_data_with_its_line()
    {
        string overrides = _folder.Write("overrides.csv", "student_id,target_id,score,teacher_id,decided_on,why\nS-1,T-1,4,T-ortiz,2026-09-20,ok\nS-9,T-1,3,T-ortiz,2026-09-20,ok\n");
        Refused(3, Attempts, ["--method", "mean", "--overrides", overrides], "overrides.csv:3:", "not-in-evidence", "S-9 is not in the evidence file");
        string offScale = _folder.Write("off.csv", "student_id,target_id,score,teacher_id,decided_on,why\nS-1,T-1,7,T-ortiz,2026-09-20,ok\n");
        Refused(3, Attempts, ["--method", "mean", "--overrides", offScale], "off.csv:2:", "off-scale");
        string noWhy = _folder.Write("nowhy.csv", "student_id,target_id,score,teacher_id,decided_on,why\nS-1,T-1,3,T-ortiz,2026-09-20,\n");
        Refused(3, Attempts, ["--method", "mean", "--overrides", noWhy], "nowhy.csv:2:", "empty-why");
    }

    [Fact]
    public void An_unknown_reassessment_rule_in_a_policy_file_is_bad_data_with_its_line()
    {
        string policy = _folder.Write("policy.json", "{\n  \"reassessment\": {\"name\": \"keep-best\"}\n}\n");
        Refused(3, Attempts, ["--method", "mean", "--policy", policy], "policy.json:2:", "invalid-reassessment", "keep-best");
        Refused(2, Attempts, ["--method", "mean", "--reassessment", "keep-best"], "--reassessment \"keep-best\" is not a reassessment rule", "keep-highest");
    }

    [Theory]
    [InlineData("--blend is the newest attempt's share", "--blend", "0.8")]
    [InlineData("alpha is a parameter of higher-of-first-and-blend, not of keep-all", "--reassessment", "keep-all", "--blend", "0.5")]
    [InlineData("needs alpha", "--reassessment", "higher-of-first-and-blend")]
    [InlineData("--as-of is the last day of a --recent-days window", "--as-of", "2026-09-10")]
    [InlineData("cannot be used together", "--recent-days", "5", "--recent-pieces", "2")]
    [InlineData("ScoreFloor", "--floor", "120")]
    public void Policy_options_that_do_not_fit_together_are_usage_errors(string reason, params string[] options) =>
        Refused(2, Attempts, ["--method", "mean", .. options], reason);

    [Fact]
    public void Scores_off_a_declared_step_or_scale_are_bad_data_with_their_line()
    {
        string evidence = "student_id,target_id,assessed_on,score\nS-1,T-1,2026-09-01,2.25\nS-1,T-1,2026-09-02,5.5\n";
        Refused(3, evidence, ["--method", "mean", "--scale-max", "5", "--mastery", "3", "--step", "0.5"], "evidence.csv:2:4: off-step", "evidence.csv:3:4: off-scale");
        Refused(2, evidence, ["--method", "mean", "--scale-max", "7"], "give --mastery M");
        Refused(2, evidence, ["--method", "mean", "--scale", "x.json", "--scale-max", "5"], "leave out --scale-min");
    }

    [Fact]
    public void A_mode_tie_with_no_tie_rule_is_teacher_judgement()
    {
        string tie = "student_id,target_id,assessed_on,score\nS-1,T-1,2026-09-01,4\nS-1,T-1,2026-09-02,4\nS-1,T-1,2026-09-03,1\nS-1,T-1,2026-09-04,1\n";
        Assert.Equal(["", "", "teacher_judgement"], Rows(tie, "--method", "mode", "--mode-ties", "none")[0][3..6]);
    }
}
