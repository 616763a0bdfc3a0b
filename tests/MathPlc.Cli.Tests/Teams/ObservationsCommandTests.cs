using System.Globalization;
using System.Text.Json;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Teams;

/// <summary><c>mathplc observations</c> end to end: self-ratings against external ratings from a visits CSV.</summary>
public sealed class ObservationsCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // The hand-computed example of MathPlc.Teams.Tests.SelfExternalRatingTests, written as a visits file: self − external
    // per lesson 1, 0, 2 at adams and 0, 1 at lincoln; park's lesson has no self-rating. The dimension is spelled three ways.
    private const string Visits = """
        school,teacher,observer,date,dimension,rating
        adams,ortiz,ortiz,2026-10-06,pose-purposeful-questions,4
        adams,ortiz,coach,2026-10-06,PosePurposefulQuestions,3
        adams,lee,lee,2026-10-06,Pose purposeful questions,3
        adams,lee,coach,2026-10-06,pose-purposeful-questions,3
        adams,kim,kim,2026-10-06,pose-purposeful-questions,4
        adams,kim,coach,2026-10-06,pose-purposeful-questions,2
        lincoln,diaz,diaz,2026-10-06,pose-purposeful-questions,2
        lincoln,diaz,coach,2026-10-06,pose-purposeful-questions,2
        lincoln,chen,chen,2026-10-06,pose-purposeful-questions,3
        lincoln,chen,coach,2026-10-06,pose-purposeful-questions,2
        lincoln,park,coach,2026-10-06,pose-purposeful-questions,3

        """;

    private string[] Args(string visits = Visits, params string[] more) => ["observations", "--in", _folder.Write("visits.csv", visits), .. more];

    private static double Cell(string[] row, string column) =>
        double.Parse(row[Array.IndexOf(["scope", "name", "dimension", "pairs", "mean_self", "mean_external", "mean_difference", "ci_lower", "ci_upper",
            "exact_agreement", "adjacent_agreement", "weighted_kappa_linear", "finding", "reasons"], column)], CultureInfo.InvariantCulture);

    // By hand (see SelfExternalRatingTests): district d = 1, 0, 2, 0, 1, mean 0.8, s_d = 0.83666, t(0.975, 4) = 2.7764451,
    // half-width 1.038851; exact 2/5, adjacent 4/5; linear weighted kappa 1/6. Adams: mean 1, s_d = 1, t(0.975, 2) = 4.302653.
    [Fact]
    public void Csv_gives_the_hand_computed_district_and_school_rows()
    {
        var result = CliRun.Run(Args(Visits, "--format", "csv", "--district", "Riverside"));
        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("scope,name,dimension,pairs,mean_self,mean_external,mean_difference,ci_lower,ci_upper,exact_agreement,adjacent_agreement,weighted_kappa_linear,finding,reasons", lines[0]);
        string[] district = lines[1].Split(',');
        Assert.Equal(["district", "Riverside", "", "5"], district[..4]);
        Assert.Equal(0.8, Cell(district, "mean_difference"), 12);
        Assert.Equal(0.8 - 1.038851, Cell(district, "ci_lower"), 5);
        Assert.Equal(0.8 + 1.038851, Cell(district, "ci_upper"), 5);
        Assert.Equal(0.4, Cell(district, "exact_agreement"), 12);
        Assert.Equal(0.8, Cell(district, "adjacent_agreement"), 12);
        Assert.Equal(1.0 / 6, Cell(district, "weighted_kappa_linear"), 9);
        Assert.Equal("no-consistent-difference", district[12]);
        Assert.Contains("unpaired-lessons", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("district,Riverside,pose-purposeful-questions,5,", lines[2], StringComparison.Ordinal);
        string[] adams = lines[3].Split(',');
        Assert.Equal(["school", "adams", "", "3"], adams[..4]);
        Assert.Equal(1 - 4.302653 / Math.Sqrt(3), Cell(adams, "ci_lower"), 5);
        Assert.Equal(1 + 6, lines.Length); // the header, then district ×2, adams ×2, lincoln ×2
    }

    [Fact]
    public void High_self_ratings_carry_the_calibration_caution_in_every_format()
    {
        // Six lessons: every teacher rates 4; the coach 3 or 2. d = 1, 2, 1, 2, 1, 2: the interval is wholly above 0.
        string visits = "school,teacher,observer,date,dimension,rating\n" + string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"adams,t{i},t{i},2026-10-0{i},pose-purposeful-questions,4\nadams,t{i},coach,2026-10-0{i},pose-purposeful-questions,{(i % 2 == 0 ? 2 : 3)}\n"));
        var csv = CliRun.Run(Args(visits, "--format", "csv"));
        Assert.True(csv.ExitCode == 0, csv.Stderr);
        Assert.Equal("self-rates-higher", csv.Stdout.Split("\r\n")[1].Split(',')[12]);

        var json = CliRun.Run(Args(visits, "--format", "json"));
        Assert.True(json.ExitCode == 0, json.Stderr);
        using var doc = JsonDocument.Parse(json.Stdout);
        var first = doc.RootElement.GetProperty("comparisons")[0];
        Assert.Equal("district", first.GetProperty("scope").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("dimension").ValueKind);
        Assert.Equal(1.5, first.GetProperty("meanDifference").GetDouble(), 12);
        Assert.True(first.GetProperty("interval").GetProperty("lower").GetDouble() > 0);
        Assert.Equal("self-rates-higher", first.GetProperty("reasons")[0].GetProperty("code").GetString());
        Assert.Equal(4, doc.RootElement.GetProperty("instrument").GetProperty("highestLevel").GetInt32());

        var md = CliRun.Run(Args(visits));
        Assert.True(md.ExitCode == 0, md.Stderr);
        Assert.Contains("## District: District", md.Stdout, StringComparison.Ordinal);
        Assert.Contains("Self-ratings run higher than external ratings", md.Stdout, StringComparison.Ordinal);
        Assert.Contains("| every dimension | 6 | 4.00 | 2.50 | 1.50 |", md.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_instrument_reads_its_own_dimensions_and_levels()
    {
        string tru = "lesson,school,teacher,observer,date,dimension,rating\nL1,adams,ortiz,ortiz,2026-10-06,cognitive-demand,3\nL1,adams,ortiz,coach,2026-10-07,cognitive-demand,1\n";
        var result = CliRun.Run(Args(tru, "--instrument", "tru", "--format", "csv"));
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("district,District,cognitive-demand,1,3,1,2,,,0,0,", result.Stdout, StringComparison.Ordinal); // one pair: no interval
        Assert.Equal(3, CliRun.Run(Args(tru.Replace("cognitive-demand,3", "cognitive-demand,4", StringComparison.Ordinal), "--instrument", "tru")).ExitCode);
    }

    [Fact]
    public void No_self_rating_gives_an_empty_comparison_and_a_note()
    {
        var result = CliRun.Run(Args("school,teacher,observer,date,dimension,rating\nadams,a,coach,2026-10-06,pose-purposeful-questions,3\n", "--format", "csv"));
        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no lesson has both", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("adams,a,a,2026-10-06,pose,3", "unknown-dimension", ":2:5:")]
    [InlineData("adams,a,a,2026-10-06,pose-purposeful-questions,2.5", "bad-rating", ":2:6:")]
    [InlineData("adams,a,a,2026-10-06,pose-purposeful-questions,0", "off-scale", ":2:6:")]
    [InlineData("adams,a,a,2026-10-06,pose-purposeful-questions,5", "off-scale", ":2:6:")]
    [InlineData("adams,a,a,2026-13-06,pose-purposeful-questions,3", "bad-date", ":2:4:")]
    [InlineData(",a,a,2026-10-06,pose-purposeful-questions,3", "empty-id", ":2:1:")]
    [InlineData("adams,a, ,2026-10-06,pose-purposeful-questions,3", "empty-id", ":2:3:")]
    [InlineData("adams,a,a,2026-10-06,pose-purposeful-questions,3\nadams,a,a,2026-10-06,Pose-Purposeful-Questions,2", "duplicate-rating", ":3:5:")]
    public void Bad_rows_are_exit_code_three_with_file_line_and_column(string row, string code, string where)
    {
        var result = CliRun.Run(Args("school,teacher,observer,date,dimension,rating\n" + row + "\n"));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains(where + " " + code, result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Theory]
    [InlineData("L1,adams,a,a,2026-10-06,pose-purposeful-questions,3\nL1,adams,b,coach,2026-10-06,pose-purposeful-questions,2", "inconsistent-lesson", ":3:3:")]
    [InlineData("L1,adams,a,a,2026-10-06,pose-purposeful-questions,3\nL1,lincoln,a,coach,2026-10-06,pose-purposeful-questions,2", "inconsistent-lesson", ":3:2:")]
    [InlineData("L1,adams,a,a,2026-10-06,pose-purposeful-questions,3\nL1,adams,a,a,2026-10-07,pose-purposeful-questions-x,2", "unknown-dimension", ":3:6:")]
    [InlineData("L1,adams,a,a,2026-10-06,pose-purposeful-questions,3\nL1,adams,a,a,2026-10-07,facilitate-meaningful-mathematical-discourse,2", "inconsistent-date", ":3:5:")]
    public void Lessons_hold_together(string rows, string code, string where)
    {
        var result = CliRun.Run(Args("lesson,school,teacher,observer,date,dimension,rating\n" + rows + "\n"));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains(where + " " + code, result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("school,teacher,observer,date,dimension\n", "missing-column")]
    [InlineData("school,teacher,observer,date,dimension,rating\n", "no-ratings")]
    public void A_file_without_ratings_is_bad_data(string text, string code)
    {
        var result = CliRun.Run(Args(text));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains(code, result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--instrument", "classroom")]
    [InlineData("--district", "adams")]
    [InlineData("--district", " ")]
    [InlineData("--format", "html")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        var result = CliRun.Run(Args(Visits, option, value));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_names_stay_inert_in_markdown_and_csv()
    {
        string visits = Visits.Replace("lincoln", "=HYPERLINK(1)", StringComparison.Ordinal).Replace("adams", "[x](javascript:alert(1))", StringComparison.Ordinal);
        var md = CliRun.Run(Args(visits));
        Assert.True(md.ExitCode == 0, md.Stderr);
        Assert.Contains(@"## School: \[x\](javascript:alert(1))", md.Stdout, StringComparison.Ordinal);
        var csv = CliRun.Run(Args(visits, "--format", "csv"));
        Assert.Contains("\r\nschool,'=HYPERLINK(1),", csv.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_example_runs()
    {
        var result = CliRun.Run("observations", "--in", Path.Combine(SharedData.RepositoryRoot, "docs", "examples", "visits.csv"), "--district", "Riverside");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("## School: lincoln", result.Stdout, StringComparison.Ordinal);
    }
}
