namespace MathPlc.Assessments;

/// <summary>
/// Intraclass correlations ICC(1,1), (2,1), (3,1), (1,k), (2,k), (3,k) from the two-way ANOVA of a complete
/// subjects × raters table (Shrout &amp; Fleiss 1979; McGraw &amp; Wong 1996).
/// </summary>
/// <remarks>
/// <para>
/// Sums of squares are computed in centred two-pass form. ICC(1,1) = (MSR − MSW)/(MSR + (k − 1)MSW);
/// ICC(2,1) = (MSR − MSE)/(MSR + (k − 1)MSE + k(MSC − MSE)/n); ICC(3,1) = (MSR − MSE)/(MSR + (k − 1)MSE);
/// ICC(1,k) = (MSR − MSW)/MSR; ICC(2,k) = (MSR − MSE)/(MSR + (MSC − MSE)/n); ICC(3,k) = (MSR − MSE)/MSR.
/// Values may be negative (MSR &lt; MSE) and are never clipped.
/// </para>
/// <para>
/// Only subjects every rater scored are used (R irr's <c>na.omit</c>; psych's REML alternative is not offered).
/// When the ratings do not vary the forms are 0/0 and <see cref="StatisticStatus.Undefined"/> (irr gives NaN,
/// psych floating noise). Confidence intervals are not computed.
/// </para>
/// <para>Sources: Shrout &amp; Fleiss (1979), Psychological Bulletin 86, 420–428; McGraw &amp; Wong (1996),
/// Psychological Methods 1, 30–46; reference/statistics.md §5.</para>
/// </remarks>
public static class IntraclassCorrelation
{
    /// <summary>The six intraclass correlations.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is null.</exception>
    public static IntraclassCorrelations Compute(RatingMatrix ratings)
    {
        Guard.Against.Null(ratings);
        if (ratings.RaterCount < 2)
        {
            var none = StatisticValue.NotApplicable(AgreementReasons.TooFewRaters("An intraclass correlation", ratings.RaterCount));
            return new(none, none, none, none, none, none, null);
        }
        var complete = CompleteSubjects.Of(ratings);
        int n = complete.Count, k = complete.Raters, dropped = complete.Dropped;
        if (n < 2)
        {
            var none = StatisticValue.Undefined(AgreementReasons.TooFewSubjects("An intraclass correlation", n, dropped, 2), n, dropped);
            return new(none, none, none, none, none, none, null);
        }
        var x = complete.Scores;
        double grand = 0;
        foreach (var value in x) grand += value;
        grand /= n * k;
        var rowMeans = new double[n];
        var colMeans = new double[k];
        double sst = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < k; j++)
            {
                double value = x[i * k + j];
                rowMeans[i] += value / k;
                colMeans[j] += value / n;
                sst += (value - grand) * (value - grand);
            }
        double ssr = 0, ssc = 0;
        foreach (var r in rowMeans) ssr += k * (r - grand) * (r - grand);
        foreach (var c in colMeans) ssc += n * (c - grand) * (c - grand);
        double sse = Math.Max(0, sst - ssr - ssc), ssw = Math.Max(0, sst - ssr);
        double msr = ssr / (n - 1), msc = ssc / (k - 1), mse = sse / ((n - 1.0) * (k - 1)), msw = ssw / (n * (k - 1.0));
        var squares = new IccMeanSquares(n, k, msr, msc, mse, msw);
        double scale = sst / (n * k - 1.0);
        if (!(sst > 1e-24 * Math.Max(1.0, grand * grand * n * k)))
        {
            var none = StatisticValue.Undefined(AgreementReasons.NoVariance("An intraclass correlation"), n, dropped);
            return new(none, none, none, none, none, none, squares);
        }
        var between = AgreementReasons.NoVarianceBetweenSubjects("The intraclass correlation");
        var flat = AgreementReasons.NoVariance("The intraclass correlation");
        return new(
            StatisticValue.Ratio(msr - msw, msr + (k - 1) * msw, flat, n, dropped, scale),
            StatisticValue.Ratio(msr - mse, msr + (k - 1) * mse + k * (msc - mse) / n, flat, n, dropped, scale),
            StatisticValue.Ratio(msr - mse, msr + (k - 1) * mse, flat, n, dropped, scale),
            StatisticValue.Ratio(msr - msw, msr, between, n, dropped, scale),
            StatisticValue.Ratio(msr - mse, msr + (msc - mse) / n, between, n, dropped, scale),
            StatisticValue.Ratio(msr - mse, msr, between, n, dropped, scale),
            squares);
    }
}
