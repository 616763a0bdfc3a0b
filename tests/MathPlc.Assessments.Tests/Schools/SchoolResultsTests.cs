using MathPlc.Assessments;
using MathPlc.Core;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Tests;

namespace MathPlc.Assessments.Tests.Schools;

public class SchoolResultsTests
{
    // NIST StRD "Norris" (itl.nist.gov/div898/strd/lls/data/Norris.shtml): certified B0 = -0.262323073774029,
    // B1 = 1.00211681802045, residual SD 0.884796396144373, R² 0.999993745883712.
    private static readonly double[] NorrisX =
    [
        0.2, 337.4, 118.2, 884.6, 10.1, 226.5, 666.3, 996.3, 448.6, 777.0, 558.2, 0.4, 0.6, 775.5, 666.9, 338.0, 447.5, 11.6,
        556.0, 228.1, 995.8, 887.6, 120.2, 0.3, 0.3, 556.8, 339.1, 887.2, 999.0, 779.0, 11.1, 118.3, 229.2, 669.1, 448.9, 0.5,
    ];

    private static readonly double[] NorrisY =
    [
        0.1, 338.8, 118.1, 888.0, 9.2, 228.1, 668.5, 998.5, 449.1, 778.9, 559.2, 0.3, 0.1, 778.1, 668.8, 339.3, 448.9, 10.8,
        557.7, 228.3, 998.0, 888.8, 119.6, 0.3, 0.6, 557.6, 339.3, 888.0, 998.5, 778.9, 10.2, 117.6, 228.9, 668.4, 449.2, 0.2,
    ];

    private static SchoolResult[] Schools(double[] x, double[] y, string? district = null) =>
        [.. x.Select((p, i) => new SchoolResult(new SchoolId($"school-{i:00}"), p, y[i], district))];

    [Fact]
    public void The_line_matches_the_NIST_certified_values()
    {
        var line = SchoolResults.Analyze(Schools(NorrisX, NorrisY)).Line;
        Assert.Equal(-0.262323073774029, line.Intercept, 1e-9);
        Assert.Equal(1.00211681802045, line.Slope.Value!.Value, 1e-12);
        Assert.Equal(0.884796396144373, line.ResidualStandardDeviation.Value!.Value, 1e-9);
        Assert.Equal(0.999993745883712, line.RSquared.Value!.Value, 1e-12);
    }

    [Fact] // R rstandard() formula eᵢ/(s√(1 − hᵢ)), computed independently (plain Python) for Norris: 0.18965936, 1.08763892, −0.10186269.
    public void Standardized_residuals_match_the_independent_computation()
    {
        var schools = SchoolResults.Analyze(Schools(NorrisX, NorrisY)).Schools;
        Assert.Equal(0.18965936, schools[0].StandardizedResidual.Value!.Value, 7);
        Assert.Equal(1.08763892, schools[1].StandardizedResidual.Value!.Value, 7);
        Assert.Equal(-0.10186269, schools[2].StandardizedResidual.Value!.Value, 7);
        Assert.Equal(PredictionBand.Above, schools[1].Band);
        Assert.Equal(PredictionBand.Near, schools[0].Band);
    }

    [Fact]
    public void Residuals_of_the_line_sum_to_zero() =>
        Prop.ForAll(Gen.Choose(0, 1000).Select(v => v / 10.0).ArrayOf().Where(a => a.Length >= 4 && a.Length % 2 == 0).ToArbitrary(), values =>
        {
            int n = values.Length / 2;
            var x = values.Take(n).ToArray();
            var y = values.Skip(n).ToArray();
            var report = SchoolResults.Analyze(Schools(x, y));
            double scale = Math.Max(1, y.Max());
            Assert.True(Math.Abs(report.Schools.Sum(s => s.Residual)) < 1e-9 * scale * n);
            Assert.All(report.Schools, s => Assert.True(double.IsFinite(s.Residual) && double.IsFinite(s.Predicted)));
            Assert.All(report.Schools, s => Assert.True(s.StandardizedResidual.Value is null || double.IsFinite(s.StandardizedResidual.Value.Value)));
        }).Check();

    [Fact] // reference/statistics.md §8: Sxx = 0 → slope undefined (R gives NA), intercept ȳ.
    public void A_constant_predictor_leaves_the_slope_undefined()
    {
        var report = SchoolResults.Analyze(Schools([5, 5, 5], [1, 2, 6]));
        Assert.Equal("predictor-constant", report.Line.Slope.Reasons[0].Code);
        Assert.Equal(3, report.Line.Intercept, 12);
        Assert.All(report.Schools, s => Assert.Equal(PredictionBand.Undetermined, s.Band));
    }

    [Fact]
    public void Two_schools_fit_perfectly_and_get_no_band() =>
        Assert.All(SchoolResults.Analyze(Schools([1, 2], [3, 5])).Schools, s => Assert.Equal(PredictionBand.Undetermined, s.Band));

    [Fact]
    public void Districts_get_their_spread()
    {
        var results = Schools([1, 2, 3, 4], [2, 4, 5, 9], "north").Concat(Schools([10], [20], "south").Select(s => new SchoolResult(new SchoolId("s-south"), s.Predictor, s.Actual, "south")));
        var districts = SchoolResults.Analyze(results).Districts;
        Assert.Equal(["north", "south"], districts.Select(d => d.District).ToArray());
        Assert.Equal(5, districts[0].Mean);
        Assert.Equal("too-few-values", districts[1].StandardDeviation.Reasons[0].Code);
    }

    [Fact]
    public void The_share_meeting_standard_is_reported()
    {
        SchoolResult[] results = [new(new SchoolId("a"), 1, 2, tested: 40, meetingStandard: 30), new(new SchoolId("b"), 2, 3), new(new SchoolId("c"), 3, 3)];
        Assert.Equal(0.75, SchoolResults.Analyze(results).Schools[0].ShareMeetingStandard!.Value);
    }

    [Fact]
    public void Too_few_or_repeated_schools_are_refused()
    {
        Assert.Throws<ArgumentException>("results", () => SchoolResults.Analyze(Schools([1], [1])));
        var a = new SchoolResult(new SchoolId("a"), 1, 1);
        Assert.Throws<ArgumentException>("results", () => SchoolResults.Analyze([a, a]));
        Assert.Throws<ArgumentOutOfRangeException>("actual", () => new SchoolResult(new SchoolId("a"), 1, double.NaN));
    }

    [Fact]
    public void Continued_progress_needs_two_gains_and_a_two_year_gain_beyond_error()
    {
        var progress = SchoolProgress.Assess(
        [
            new SchoolYears(new SchoolId("steady"), 40, 45, 50, 2),   // two-year gain 10 > 1.96·√8 = 5.54
            new SchoolYears(new SchoolId("small"), 40, 41, 42, 2),    // gain 2 within error
            new SchoolYears(new SchoolId("dip"), 40, 38, 50, 2),
        ]);
        Assert.Equal([true, false, false], progress.Select(p => p.ContinuedProgress).ToArray());
        Assert.Equal(["continued-progress", "gain-within-error", "no-continued-gain"], progress.Select(p => p.Reason.Code).ToArray());
    }

    [Theory] // Issue 14: predictors near 1e160 gave slope 0 ("constant predictor") and results near 1e300 overflowed; the line is scale-free.
    [InlineData(1e160, 1.0)]
    [InlineData(1.0, 1e300)]
    [InlineData(1e-150, 1e150)]
    public void The_NIST_line_holds_at_any_scale_of_the_data(double xScale, double yScale)
    {
        var report = SchoolResults.Analyze(Schools([.. NorrisX.Select(x => x * xScale)], [.. NorrisY.Select(y => y * yScale)]));
        Assert.Equal(1.00211681802045 * yScale / xScale, report.Line.Slope.Value!.Value, Math.Abs(1e-12 * yScale / xScale));
        Assert.Equal(-0.262323073774029 * yScale, report.Line.Intercept, Math.Abs(1e-11 * yScale));
        Assert.Equal(0.884796396144373 * yScale, report.Line.ResidualStandardDeviation.Value!.Value, Math.Abs(1e-11 * yScale));
        Assert.Equal(0.999993745883712, report.Line.RSquared.Value!.Value, 1e-12);
        Assert.All(report.Schools, s => Assert.True(double.IsFinite(s.Predicted) && double.IsFinite(s.Residual)));
    }
}
