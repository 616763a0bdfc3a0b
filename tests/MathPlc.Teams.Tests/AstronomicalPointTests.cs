using FsCheck;
using FsCheck.Fluent;
using MathPlc.Tests;

namespace MathPlc.Teams.Tests;

/// <summary>The astronomical-point rule, the named Swed–Eisenhart rule set and printed runs tables (decision 0048).</summary>
public class AstronomicalPointTests
{
    // Leys, Ley, Klein, Bernard & Licata (2013), J. Exp. Soc. Psychol. 49:764–766, worked example: the series
    // 1, 3, 3, 6, 8, 10, 10, 1000 has median 7, absolute deviations 6, 4, 4, 1, 1, 3, 3, 993, whose median is 3.5;
    // MAD = 3.5 × 1.4826 = 5.1891. With the very conservative multiple 3 the band is 7 ± 15.5673, so 1000 is out.
    [Fact]
    public void The_band_follows_the_published_MAD_example()
    {
        var band = AstronomicalPointRule.Default.Band([1, 3, 3, 6, 8, 10, 10, 1000], 7)!.Value;
        Assert.Equal(7 - 3 * 5.1891, band.Low, 10);
        Assert.Equal(7 + 3 * 5.1891, band.High, 10);
    }

    // A weekly share of students on track: one week's data entry error (92 for 29) stands out; everything else varies by a few points.
    private static readonly RunChartPoint[] Spike = Series.Weekly(31, 28, 30, 33, 29, 32, 92, 30, 27, 31, 29, 32);

    [Fact]
    public void One_obviously_different_point_is_astronomical_under_the_IHI_rules()
    {
        var analysis = RunChart.Analyze(Spike);
        var finding = Assert.Single(analysis.Findings, f => f.Signal == RunChartSignal.AstronomicalPoint);
        Assert.Equal([6], finding.Points.ToArray());
        Assert.Equal("astronomical-point", finding.Why.Code);
        // median 30.5; absolute deviations 0.5, 2.5, 0.5, 2.5, 1.5, 1.5, 61.5, 0.5, 3.5, 0.5, 1.5, 1.5 → MAD 1.5; 3 × 1.4826 × 1.5 = 6.6717
        Assert.Equal((30.5 - 6.6717, 30.5 + 6.6717), analysis.AstronomicalBand!.Value, new BandComparer());
        Assert.Contains(analysis.Reasons, r => r.Code == "astronomical-band");
    }

    [Fact]
    public void The_Anhoej_rules_have_no_astronomical_point_unless_asked()
    {
        Assert.DoesNotContain(RunChart.Analyze(Spike, RunChartRules.Anhoej).Findings, f => f.Signal == RunChartSignal.AstronomicalPoint);
        Assert.Contains(RunChart.Analyze(Spike, new RunChartRules(RunChartMethod.Anhoej, astronomicalPoint: AstronomicalPointRule.Default)).Findings,
            f => f.Signal == RunChartSignal.AstronomicalPoint);
        Assert.DoesNotContain(RunChart.Analyze(Spike, new RunChartRules(noAstronomicalPoint: true)).Findings, f => f.Signal == RunChartSignal.AstronomicalPoint);
    }

    // A sustained shift is a shift, not twelve astronomical points: the MAD of a two-level series is half the step.
    [Fact]
    public void A_shift_is_not_astronomical() =>
        Assert.DoesNotContain(RunChart.Analyze(Series.Weekly(10, 11, 10, 12, 11, 10, 30, 31, 30, 32, 31, 30)).Findings,
            f => f.Signal == RunChartSignal.AstronomicalPoint);

    [Fact]
    public void Without_spread_no_point_is_judged_and_the_reason_says_why()
    {
        var analysis = RunChart.Analyze(Series.Weekly(5, 5, 5, 5, 5, 5, 5, 9, 4, 5, 6, 5));
        Assert.Null(analysis.AstronomicalBand);
        Assert.Contains(analysis.Reasons, r => r.Code == "astronomical-no-spread");
    }

    private static readonly Arbitrary<int[]> Values = Gen.Choose(10, 30).SelectMany(n => Gen.Choose(-50, 50).ArrayOf(n)).ToArbitrary();

    [Fact]
    public void A_larger_multiple_never_flags_more_points() =>
        Prop.ForAll(Values, Gen.Choose(1, 40).ToArbitrary(), (values, tenths) =>
        {
            var series = Series.Weekly([.. values.Select(v => (double)v)]);
            int Flagged(double k) => RunChart.Analyze(series, new RunChartRules(astronomicalPoint: new AstronomicalPointRule(k))).Findings
                .Count(f => f.Signal == RunChartSignal.AstronomicalPoint);
            Assert.True(Flagged(tenths / 10.0 + 0.5) <= Flagged(tenths / 10.0));
        }).Check();

    [Fact]
    public void Mirroring_the_series_flags_the_same_points() =>
        Prop.ForAll(Values, values =>
        {
            int[] Flagged(int sign) => [.. RunChart.Analyze(Series.Weekly([.. values.Select(v => (double)(sign * v))]))
                .Findings.Where(f => f.Signal == RunChartSignal.AstronomicalPoint).Select(f => f.From)];
            Assert.Equal(Flagged(1), Flagged(-1));
        }).Check();

    // The shipped exact limits against a secondary reproduction of IHI's course example: "24 data points not on median
    // … expect 8 ~ 18 runs" (unaettie.com/en-us/pz/run2_chrt2_patterns.php, after Perla, Provost & Murray 2011, Fig. 3).
    [Fact]
    public void The_exact_limits_reproduce_the_IHI_example_for_24_useful_observations() =>
        Assert.Equal((8, 18), RunChart.Analyze(Series.Weekly([.. Enumerable.Range(0, 24).Select(i => i % 2 == 0 ? 1.0 : 2.0)]), RunChartRules.SwedEisenhart).Limits);

    // Balestracci (2008), "An underrated test for run charts", Quality Digest, Oct. 2008, Figure 2: for 16 data points
    // "5-12 runs are expected". The exact 2.5 %-per-tail limits are 5 to 13: the printed tables differ at the edges.
    private static readonly RunsLimitTable Balestracci = new("Balestracci 2008, Quality Digest, Figure 2", [(16, 5, 12)]);

    [Fact]
    public void A_printed_table_is_judged_against_and_its_differences_from_the_exact_limits_are_named()
    {
        Assert.Equal(["16: 5–12 (exact 5–13)"], Balestracci.DifferencesFromExact().ToArray());
        // 8 points below and 8 above the median 2 in 13 runs: 13 > 12 is too many by the table, not by the exact limits.
        var thirteenRuns = Series.Weekly(1, 1, 3, 1, 3, 3, 1, 3, 1, 3, 3, 1, 3, 1, 3, 1);
        var table = RunChart.Analyze(thirteenRuns, new RunChartRules(runsTable: Balestracci));
        var exact = RunChart.Analyze(thirteenRuns, RunChartRules.SwedEisenhart);
        Assert.Equal(13, table.Runs);
        Assert.Equal((5, 12), table.Limits);
        Assert.Contains(table.Findings, f => f.Signal == RunChartSignal.TooManyRuns);
        Assert.Equal((5, 13), exact.Limits);
        Assert.DoesNotContain(exact.Findings, f => f.Signal == RunChartSignal.TooManyRuns);
        Assert.Contains("Balestracci", table.Reasons.Single(r => r.Code == "runs-range").Message);
    }

    [Fact]
    public void A_count_the_table_lacks_is_computed_and_the_reason_says_so()
    {
        var analysis = RunChart.Analyze(Spike, new RunChartRules(runsTable: Balestracci));
        Assert.Equal(RunsDistribution.ExpectedRuns(12), analysis.Limits);
        Assert.Contains("has no row for 12", analysis.Reasons.Single(r => r.Code == "runs-range").Message);
    }

    [Fact]
    public void Ihi_and_swed_eisenhart_agree_without_a_printed_table() =>
        Prop.ForAll(Values, values =>
        {
            var series = Series.Weekly([.. values.Select(v => (double)v)]);
            var ihi = RunChart.Analyze(series, RunChartRules.Ihi);
            var exact = RunChart.Analyze(series, RunChartRules.SwedEisenhart);
            Assert.Equal(ihi.Limits, exact.Limits);
            Assert.Equal(ihi.Findings.Select(f => (f.Signal, f.From)), exact.Findings.Select(f => (f.Signal, f.From)));
        }).Check();

    [Fact]
    public void A_printed_table_belongs_to_the_IHI_rules() =>
        Assert.Throws<ArgumentException>("runsTable", () => new RunChartRules(RunChartMethod.SwedEisenhart, runsTable: Balestracci));

    [Fact]
    public void An_astronomical_rule_and_none_contradict() =>
        Assert.Throws<ArgumentException>("noAstronomicalPoint", () => new RunChartRules(astronomicalPoint: AstronomicalPointRule.Default, noAstronomicalPoint: true));

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void The_multiple_must_be_positive_and_finite(double k) =>
        Assert.Throws<ArgumentOutOfRangeException>("multiple", () => new AstronomicalPointRule(k));

    [Fact]
    public void Impossible_table_rows_are_refused()
    {
        Assert.Throws<ArgumentException>("source", () => new RunsLimitTable(" ", [(16, 5, 12)]));
        Assert.Throws<ArgumentException>("rows", () => new RunsLimitTable("t", []));
        Assert.Throws<ArgumentException>("rows", () => new RunsLimitTable("t", [(1, 2, 2)]));
        Assert.Throws<ArgumentException>("rows", () => new RunsLimitTable("t", [(16, 13, 12)]));
        Assert.Throws<ArgumentException>("rows", () => new RunsLimitTable("t", [(16, 1, 12)]));
        Assert.Throws<ArgumentException>("rows", () => new RunsLimitTable("t", [(16, 5, 17)]));
        Assert.Throws<ArgumentException>("rows", () => new RunsLimitTable("t", [(16, 5, 12), (16, 5, 13)]));
        Assert.Throws<ArgumentNullException>("rows", () => new RunsLimitTable("t", null!));
        Assert.Throws<ArgumentNullException>("values", () => AstronomicalPointRule.Default.Band(null!, 0));
    }

    private sealed class BandComparer : IEqualityComparer<(double, double)>
    {
        public bool Equals((double, double) x, (double, double) y) => Math.Abs(x.Item1 - y.Item1) < 1e-9 && Math.Abs(x.Item2 - y.Item2) < 1e-9;
        public int GetHashCode((double, double) obj) => 0;
    }
}
