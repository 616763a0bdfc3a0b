using NodaTime;

namespace MathPlc.Teams.Tests;

/// <summary>Run-chart rules: published critical values and worked series.</summary>
public class RunChartTests
{
    // Critical values of the number of runs G, alpha = 0.05 two-tailed (Triola, Elementary Statistics, Pearson 2004,
    // Table A-10; n1 = floor(n/2), n2 = ceil(n/2)): reject when G <= lower or G >= upper. The expected range is lower+1 .. upper-1.
    [Theory]
    [InlineData(10, 2, 10)] // n1 = n2 = 5
    [InlineData(12, 3, 11)] // 6, 6
    [InlineData(14, 3, 13)] // 7, 7
    [InlineData(15, 4, 13)] // 7, 8
    [InlineData(16, 4, 14)] // 8, 8
    [InlineData(18, 5, 15)] // 9, 9
    [InlineData(20, 6, 16)] // 10, 10
    public void Expected_runs_match_the_published_runs_table(int n, int lowerCritical, int upperCritical) =>
        Assert.Equal((lowerCritical + 1, upperCritical - 1), RunsDistribution.ExpectedRuns(n));

    // Anhøj longest-run limit round(log2 n + 3): the table at unaettie.com/en-us/faq.php ("Length of run in a run chart")
    // and qicharts2's summary example (n = 24: longest.run.max 8, n.crossings.min 8).
    [Theory]
    [InlineData(10, 6)]
    [InlineData(11, 6)]
    [InlineData(12, 7)]
    [InlineData(22, 7)]
    [InlineData(23, 8)]
    [InlineData(24, 8)]
    [InlineData(45, 8)]
    [InlineData(46, 9)]
    [InlineData(90, 9)]
    [InlineData(91, 10)]
    [InlineData(100, 10)]
    public void Anhoej_longest_run_limits_match_the_published_table(int n, int limit) =>
        Assert.Equal(limit, RunsDistribution.LongestRunLimit(n));

    // qbinom(0.05, n - 1, 0.5): n = 24 gives 8 (qicharts2 summary.qic example); the others computed independently
    // from exact binomial sums in Python (math.comb).
    [Theory]
    [InlineData(10, 2)]
    [InlineData(12, 3)]
    [InlineData(16, 4)]
    [InlineData(20, 6)]
    [InlineData(24, 8)]
    [InlineData(30, 10)]
    [InlineData(50, 19)]
    [InlineData(100, 41)]
    public void Anhoej_crossing_limits_match_qbinom(int n, int fewest) =>
        Assert.Equal(fewest, RunsDistribution.FewestCrossings(n));

    // Perla, Provost & Murray (2011): points on the median neither extend nor break a shift. Six 1s, a 5 on the median,
    // six 9s: median 5, two shifts of six useful points each, two runs where 4 to 10 are expected for 12 useful points.
    [Fact]
    public void A_point_on_the_median_neither_extends_nor_breaks_a_shift()
    {
        var analysis = RunChart.Analyze(Series.Weekly(1, 1, 1, 5, 1, 1, 1, 9, 9, 9, 9, 9, 9));
        Assert.Equal(RunChartStatus.Analyzed, analysis.Status);
        Assert.Equal(5, analysis.Median);
        Assert.Equal(12, analysis.UsefulObservations);
        Assert.Equal(2, analysis.Runs);
        Assert.Equal((4, 10), analysis.Limits);
        Assert.Equal([RunChartSignal.Shift, RunChartSignal.TooFewRuns, RunChartSignal.Shift], analysis.Findings.Select(f => f.Signal).ToArray());
        Assert.Equal([0, 1, 2, 4, 5, 6], analysis.Findings[0].Points.ToArray());
        Assert.Equal([7, 8, 9, 10, 11, 12], analysis.Findings[2].Points.ToArray());
    }

    // The same series under the Anhøj rules: 12 useful points allow a longest run of 7 (no shift) and need at least
    // 3 crossings; 1 crossing is too few.
    [Fact]
    public void The_Anhoej_rules_read_the_same_series_by_crossings()
    {
        var analysis = RunChart.Analyze(Series.Weekly(1, 1, 1, 5, 1, 1, 1, 9, 9, 9, 9, 9, 9), RunChartRules.Anhoej);
        Assert.Equal((3, 7), analysis.Limits);
        Assert.Equal(1, analysis.Crossings);
        var finding = Assert.Single(analysis.Findings);
        Assert.Equal(RunChartSignal.TooFewCrossings, finding.Signal);
    }

    // 24 points as in the qicharts2 example size: nine below, three alternations, nine above. Longest run 9 > 8 and
    // 7 crossings < 8: two shifts and too few crossings.
    [Fact]
    public void Twenty_four_points_with_runs_of_nine_signal_under_Anhoej()
    {
        double[] values = [0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 10, 0, 10, 0, 10, 10, 10, 10, 10, 10, 10, 10, 10];
        var analysis = RunChart.Analyze(Series.Weekly(values), RunChartRules.Anhoej);
        Assert.Equal(5, analysis.Median);
        Assert.Equal(9, analysis.LongestRun);
        Assert.Equal(7, analysis.Crossings);
        Assert.Equal((8, 8), analysis.Limits);
        Assert.Equal([RunChartSignal.Shift, RunChartSignal.TooFewCrossings, RunChartSignal.Shift], analysis.Findings.Select(f => f.Signal).ToArray());
        Assert.Equal(15, analysis.Findings[2].From);
        Assert.Equal(23, analysis.Findings[2].To);
    }

    // A trend of five rising points (4, 5, 6, 7, 8 at positions 3–7); median 5.5, six runs, within 3–9.
    [Fact]
    public void Five_rising_points_are_a_trend()
    {
        var analysis = RunChart.Analyze(Series.Weekly(5, 3, 6, 4, 5, 6, 7, 8, 4, 6));
        Assert.Equal(5.5, analysis.Median);
        Assert.Equal(6, analysis.Runs);
        var trend = Assert.Single(analysis.Findings);
        Assert.Equal(RunChartSignal.Trend, trend.Signal);
        Assert.Equal([3, 4, 5, 6, 7], trend.Points.ToArray());
    }

    // IHI: repeated equal values count once and do not break a trend: 1, 2, 2, 3, 4, 5 is a trend of five.
    [Fact]
    public void Equal_values_count_once_in_a_trend()
    {
        var analysis = RunChart.Analyze(Series.Weekly(9, 1, 2, 2, 3, 4, 5, 0, 9, 0));
        var trend = Assert.Single(analysis.Findings, f => f.Signal == RunChartSignal.Trend);
        Assert.Equal([1, 2, 3, 4, 5, 6], trend.Points.ToArray());
        Assert.Equal("5", trend.Why.Data["length"]);
    }

    [Fact]
    public void Four_rising_points_are_not_a_trend() =>
        Assert.DoesNotContain(RunChart.Analyze(Series.Weekly(5, 1, 2, 3, 4, 0, 6, 2, 7, 3)).Findings, f => f.Signal == RunChartSignal.Trend);

    // Ten alternating points make ten runs, more than the 9 expected for ten useful observations.
    [Fact]
    public void Alternating_points_are_too_many_runs()
    {
        var analysis = RunChart.Analyze(Series.Weekly(1, 9, 1, 9, 1, 9, 1, 9, 1, 9));
        Assert.Equal(10, analysis.Runs);
        Assert.Contains(analysis.Findings, f => f.Signal == RunChartSignal.TooManyRuns);
    }

    [Fact]
    public void Fewer_points_than_the_rules_need_is_a_status_not_a_crash()
    {
        var analysis = RunChart.Analyze(Series.Weekly(1, 2, 3, 4, 5, 6, 7, 8, 9));
        Assert.Equal(RunChartStatus.InsufficientData, analysis.Status);
        Assert.Empty(analysis.Findings);
        Assert.Equal("too-few-points", Assert.Single(analysis.Reasons).Code);
    }

    [Fact]
    public void No_points_is_a_status_without_a_median()
    {
        var analysis = RunChart.Analyze([]);
        Assert.Equal(RunChartStatus.InsufficientData, analysis.Status);
        Assert.Null(analysis.Median);
    }

    [Fact]
    public void All_points_on_the_median_are_too_few_useful_observations() =>
        Assert.Equal(RunChartStatus.InsufficientData, RunChart.Analyze(Series.Weekly(4, 4, 4, 4, 4, 4, 4, 4, 4, 4)).Status);

    [Fact]
    public void A_frozen_baseline_fixes_the_centre_line()
    {
        var rules = new RunChartRules(baselinePoints: 10);
        var analysis = RunChart.Analyze(Series.Weekly(1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 9, 9, 9, 9, 9, 9), rules);
        Assert.Equal(5, analysis.Median);
        Assert.Contains(analysis.Findings, f => f.Signal == RunChartSignal.Shift && f.From == 9 && f.To == 15);
        Assert.Contains(analysis.Reasons, r => r.Code == "frozen-median");
    }

    [Fact]
    public void Points_are_put_in_date_order()
    {
        var points = Series.Weekly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).Reverse();
        Assert.Equal(Series.Start, RunChart.Analyze(points).Points[0].Date);
    }

    [Theory]
    [InlineData(1, 5, 10)]
    [InlineData(6, 1, 10)]
    [InlineData(6, 5, 1)]
    public void Rules_refuse_lengths_too_short(int shift, int trend, int minimum) =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new RunChartRules(shiftLength: shift, trendLength: trend, minimumPoints: minimum));

    [Fact]
    public void Rules_refuse_an_empty_baseline() =>
        Assert.Throws<ArgumentOutOfRangeException>("baselinePoints", () => new RunChartRules(baselinePoints: 0));

    [Fact]
    public void A_point_refuses_a_value_that_is_not_finite() =>
        Assert.Throws<ArgumentOutOfRangeException>("value", () => new RunChartPoint(Series.Start, double.NaN));

    [Fact]
    public void Analysis_refuses_null() => Assert.Throws<ArgumentNullException>("points", () => RunChart.Analyze(null!));

    [Fact]
    public void Limits_refuse_too_few_observations()
    {
        Assert.Throws<ArgumentOutOfRangeException>("usefulObservations", () => RunsDistribution.ExpectedRuns(1));
        Assert.Throws<ArgumentOutOfRangeException>("usefulObservations", () => RunsDistribution.LongestRunLimit(0));
        Assert.Throws<ArgumentOutOfRangeException>("usefulObservations", () => RunsDistribution.FewestCrossings(0));
    }
}
