using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>
/// School results read against what was predicted: the least-squares line of this year's results on last year's
/// (or another predictor), residuals and standardized residuals, above / near / below prediction, the share meeting
/// standard, and the spread within each district.
/// </summary>
/// <remarks>
/// Centred two-pass sums throughout (the naive Σx² − n·x̄² loses digits; checked against NIST StRD Norris).
/// hᵢ = 1/n + (xᵢ − x̄)²/Sxx; standardized residual rᵢ = eᵢ/(s√(1 − hᵢ)) as R's <c>rstandard</c>. Every predictor equal
/// (Sxx = 0): the slope is undefined (R gives NA), the prediction is ȳ and no band is given. Two schools: a perfect
/// fit, s undefined, no band. Sources: Draper &amp; Smith, <i>Applied Regression Analysis</i>; WestEd (2019), Math in
/// Common evaluation (school results against prediction); reference/statistics.md §8.
/// </remarks>
public static class SchoolResults
{
    /// <summary>Reads each school against the least-squares prediction.</summary>
    /// <param name="results">The schools' results (at least two).</param>
    /// <param name="bandCut">|standardized residual| above which a school is above or below prediction; 1.0 by default.</param>
    /// <param name="confidenceLevel">Confidence level of the share meeting standard (Wilson interval); 0.95.</param>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">Fewer than two schools, or a school appears twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bandCut"/> is not positive.</exception>
    public static SchoolResultsReport Analyze(IEnumerable<SchoolResult> results, double bandCut = 1.0, double confidenceLevel = 0.95)
    {
        var list = Guard.Against.NullOrNullElements(results);
        Guard.Against.NotPositive(bandCut, nameof(bandCut));
        _ = Proportions.Z(confidenceLevel);
        Guard.Against.Unmet(list.Length >= 2, nameof(results), $"A prediction line needs at least two schools, not {list.Length}.");
        var seen = new HashSet<SchoolId>();
        foreach (var r in list)
            Guard.Against.Unmet(seen.Add(r.School), nameof(results), $"School {r.School} appears twice.");

        // The sums are taken on values scaled to at most 1 in size, so results near 1e300 or predictors near 1e160 neither
        // overflow (x² = ∞) nor pass for a constant predictor (slope 0) — issue 14. Every statistic is then scaled back.
        int n = list.Length;
        double scaleX = Scale(list.Select(r => r.Predictor)), scaleY = Scale(list.Select(r => r.Actual));
        double mx = list.Average(r => r.Predictor / scaleX), my = list.Average(r => r.Actual / scaleY);
        double sxx = 0, sxy = 0, syy = 0;
        foreach (var r in list)
        {
            double dx = r.Predictor / scaleX - mx, dy = r.Actual / scaleY - my;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        // The predictor varies when Sxx is above 1e-12 n max x², relative to the data's own size (scale-free).
        bool slopeDefined = sxx > 1e-12 * n * list.Max(r => (r.Predictor / scaleX) * (r.Predictor / scaleX));
        double b1Scaled = slopeDefined ? sxy / sxx : 0;
        var residuals = list.Select(r => (r.Actual / scaleY - (my + b1Scaled * (r.Predictor / scaleX - mx))) * scaleY).ToArray();
        double sse = 0;
        foreach (var e in residuals) sse += (e / scaleY) * (e / scaleY);
        double b1 = b1Scaled * (scaleY / scaleX), b0 = my * scaleY - b1 * mx * scaleX;
        if (!double.IsFinite(b1) || !double.IsFinite(b0))
            throw new ArgumentOutOfRangeException(nameof(results), b1,
                "The results and the predictors differ so much in size that the line's slope or intercept is beyond a double; rescale one of them (e.g. percentages as 0–100).");
        double? s = slopeDefined && n > 2 ? Math.Sqrt(sse / (n - 2)) * scaleY : null;
        var slope = slopeDefined
            ? StatisticValue.Defined(b1, n, 0)
            : StatisticValue.Undefined(new Reason("predictor-constant", "Every school has the same predictor, so the slope is undefined; the prediction is the mean result."), n, 0);
        var sd = s is { } value
            ? StatisticValue.Defined(value, n, 0)
            : StatisticValue.Undefined(new Reason("no-residual-degrees-of-freedom", "The residual spread needs three or more schools and a varying predictor."), n, 0);
        var r2 = syy > 0 && slopeDefined
            ? StatisticValue.Defined(Math.Clamp(1 - sse / syy, 0, 1), n, 0)
            : StatisticValue.Undefined(new Reason("no-variance", "R² is undefined: the results or the predictor do not vary."), n, 0);
        var line = new RegressionLine(n, b0, slope, sd, r2);

        var schools = ImmutableArray.CreateBuilder<SchoolPrediction>(n);
        for (int i = 0; i < n; i++)
        {
            var r = list[i];
            double e = residuals[i], predicted = r.Actual - e;
            StatisticValue standardized;
            if (s is not { } sValue || !(sValue / scaleY > 1e-12 * Math.Max(1.0 / scaleY, Math.Abs(my))))
                standardized = StatisticValue.Undefined(sd.IsDefined
                    ? new Reason("perfect-fit", "Every school lies on the line, so residuals cannot be standardized.")
                    : sd.Reasons[0], n, 0);
            else
            {
                double dx = r.Predictor / scaleX - mx, h = 1.0 / n + dx * dx / sxx;
                standardized = 1 - h > 1e-12
                    ? StatisticValue.Defined(e / scaleY / (sValue / scaleY * Math.Sqrt(1 - h)), n, 0)
                    : StatisticValue.Undefined(new Reason("full-leverage", $"School {r.School} alone decides the line at its predictor, so its residual cannot be standardized."), n, 0);
            }
            var (band, reason) = Band(r.School, e, standardized, bandCut);
            StatisticValue? share = r.Tested is { } tested
                ? StatisticValue.Defined((double)r.MeetingStandard!.Value / tested, tested, 0)
                : null;
            schools.Add(new SchoolPrediction(r.School, r.District, r.Predictor, r.Actual, predicted, e, standardized, band, share, reason));
        }

        var districts = list.Select((r, i) => (r, e: residuals[i])).Where(x => x.r.District is not null)
            .GroupBy(x => x.r.District!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var actual = g.Select(x => x.r.Actual).ToArray();
                return new DistrictSpread(g.Key, actual.Length, Descriptive.Mean(actual), actual.Min(), actual.Max(),
                    Descriptive.StandardDeviation(actual, "schools"), Descriptive.StandardDeviation([.. g.Select(x => x.e)], "schools"));
            })
            .ToImmutableArray();
        return new SchoolResultsReport(line, schools.MoveToImmutable(), districts);
    }

    /// <summary>The largest magnitude among <paramref name="values"/> as a power of two (so dividing by it is exact), or 1 when all are 0.</summary>
    private static double Scale(IEnumerable<double> values)
    {
        double max = values.Max(Math.Abs);
        return max == 0 ? 1 : Math.ScaleB(1, Math.ILogB(max) + 1);
    }

    private static (PredictionBand, Reason) Band(SchoolId school, double residual, StatisticValue standardized, double cut)
    {
        if (standardized.Value is not { } z)
            return (PredictionBand.Undetermined, new Reason("band-undetermined", $"School {school}: {standardized.Reasons[0].Message}").With("residual", residual));
        var band = z > cut ? PredictionBand.Above : z < -cut ? PredictionBand.Below : PredictionBand.Near;
        string words = band switch
        {
            PredictionBand.Above => "above its prediction",
            PredictionBand.Below => "below its prediction",
            _ => "near its prediction",
        };
        return (band, new Reason($"{band.ToString().ToLowerInvariant()}-prediction",
                $"School {school} is {words}: {InvariantNumber.Format(Math.Round(residual, 3))} from the line, {InvariantNumber.Format(Math.Round(z, 2))} standard errors (cut {InvariantNumber.Format(cut)}).")
            .With("residual", residual).With("standardized-residual", z).With("cut", cut));
    }
}
