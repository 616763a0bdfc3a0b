using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Grading;

/// <summary>
/// Issue 13: <c>report-card</c> takes the scale options of <c>proficiency</c> and refuses letter bands that do not run
/// over the declared scale, so Marzano's 0–4 bands are never read against a 0–5 Canvas outcome without a word.
/// </summary>
public sealed class ReportCardScaleTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // On Canvas's default 0–5 scale: ana 3, 3.4 → mean 3.2, which Marzano's 0–4 bands would call an A (3.00–4.00).
    private const string Canvas = "student_id,target_id,score,status\nana,T-1,3,scored\nana,T-2,3.4,scored\nben,T-1,5,scored\nben,T-2,4.5,scored\n";

    // Letter bands for 0–5, written for this test: F 0–1, D 1–2, C 2–3, B 3–4, A 4–5.
    private const string FiveBands = """
        {
          "kind": "meanOfTargets",
          "letters": { "name": "five-point", "source": "test",
            "bands": [ { "letter": "F", "low": 0, "high": 1 }, { "letter": "D", "low": 1, "high": 2 }, { "letter": "C", "low": 2, "high": 3 },
                       { "letter": "B", "low": 3, "high": 4 }, { "letter": "A", "low": 4, "high": 5 } ] },
          "rounding": { "digits": 2, "mode": "awayFromZero" }
        }
        """;

    private const string MarzanoBands = """
        {
          "kind": "lowestTarget",
          "letters": { "name": "marzano-2010", "source": "Marzano 2010, p. 105",
            "bands": [ { "letter": "F", "low": 0, "high": 1 }, { "letter": "D", "low": 1, "high": 2 }, { "letter": "C", "low": 2, "high": 2.5 },
                       { "letter": "B", "low": 2.5, "high": 3 }, { "letter": "A", "low": 3, "high": 4 } ] }
        }
        """;

    [Fact]
    public void Bands_for_the_declared_scale_give_the_marks_of_that_scale()
    {
        var result = CliRun.Run("report-card", "--in", _folder.Write("p.csv", Canvas), "--rules", _folder.Write("rules.json", FiveBands),
            "--scale-min", "0", "--scale-max", "5", "--mastery", "3");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ana,B,mean-of-targets,", lines[1], StringComparison.Ordinal); // 3.2 is a B on 0–5, not Marzano's A
        Assert.StartsWith("ben,A,mean-of-targets,", lines[2], StringComparison.Ordinal); // 4.75
    }

    [Fact]
    public void A_scale_file_declares_the_scale_too()
    {
        string scale = _folder.Write("scale.json", """
            { "name": "canvas-0-5", "minimum": 0, "maximum": 5, "levels": [ { "label": "Below", "cut": 0 }, { "label": "Meets", "cut": 3 }, { "label": "Exceeds", "cut": 5 } ], "proficientLevel": "Meets" }
            """);
        var result = CliRun.Run("report-card", "--in", _folder.Write("p.csv", Canvas), "--rules", _folder.Write("rules.json", FiveBands), "--scale", scale);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("ana,B,", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_bands_on_another_scale_are_a_usage_error_naming_the_rule()
    {
        var result = CliRun.Run("report-card", "--in", _folder.Write("p.csv", Canvas), "--rule", "mean", "--scale-min", "0", "--scale-max", "5", "--mastery", "3");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("mean-of-targets", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("from 0 to 4", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("from 0 to 5", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Bands_in_a_rules_file_off_the_declared_scale_are_bad_data_naming_the_rule_file_and_line()
    {
        string rules = _folder.Write("rules.json", MarzanoBands);
        var result = CliRun.Run("report-card", "--in", _folder.Write("p.csv", Canvas), "--rules", rules, "--scale-min", "0", "--scale-max", "5", "--mastery", "3");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"{rules}:3: bands-off-scale: $.letters", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("lowest-target", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_score_off_the_declared_scale_is_bad_data_with_its_line()
    {
        // Without scale options the scale is Marzano's 0–4, that of the default bands: Canvas's 5 is off it.
        string proficiency = _folder.Write("p.csv", Canvas);
        var result = CliRun.Run("report-card", "--in", proficiency, "--rule", "mean");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"{proficiency}:4:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("off-scale", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Scale_options_that_do_not_fit_together_are_a_usage_error() =>
        Assert.Equal(2, CliRun.Run("report-card", "--in", _folder.Write("p.csv", Canvas), "--rule", "mean", "--scale-max", "5").ExitCode);
}
