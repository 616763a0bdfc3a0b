namespace MathPlc.Assessments;

/// <summary>
/// Cohen's kappa for two raters: agreement beyond chance, unweighted (Cohen 1960) or weighted for near misses
/// (Cohen 1968), κ = (p_o − p_e) / (1 − p_e) with p_o = Σ wᵢⱼ pᵢⱼ and p_e = Σ wᵢⱼ pᵢ. p.ⱼ.
/// </summary>
/// <remarks>
/// <para>
/// Weights use the positions of the categories on the <see cref="RatingScale"/>: the declared rubric scale, or
/// (for parity with R irr <c>kappa2</c> and scikit-learn) the categories used. Subjects missing either rating are
/// left out (irr's <c>na.omit</c>). When chance agreement is already perfect (p_e = 1, one category) kappa is 0/0:
/// <see cref="StatisticStatus.Undefined"/>, where irr, statsmodels and scikit-learn return NaN.
/// </para>
/// <para>Sources: Cohen (1960), Educational and Psychological Measurement 20, 37–46; Cohen (1968), Psychological
/// Bulletin 70, 213–220; reference/statistics.md §1.</para>
/// </remarks>
public static class CohenKappa
{
    /// <summary>Cohen's kappa for a matrix with exactly two raters; another number of raters is not applicable.</summary>
    /// <param name="ratings">The ratings (two columns).</param>
    /// <param name="weighting">Unweighted (default), linear or quadratic.</param>
    /// <param name="scale">The categories whose positions set the weights; the categories used when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentException">A rating is not a category of a declared <paramref name="scale"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weighting"/> is not a defined value.</exception>
    public static StatisticValue Compute(RatingMatrix ratings, KappaWeighting weighting = KappaWeighting.Unweighted, RatingScale? scale = null)
    {
        Guard.Against.Null(ratings);
        if (!Enum.IsDefined(weighting)) throw new ArgumentOutOfRangeException(nameof(weighting), weighting, $"Unknown weighting {weighting}.");
        scale ??= RatingScale.UsedCategories;
        if (ratings.RaterCount != 2) return StatisticValue.NotApplicable(AgreementReasons.NotTwoRaters(ratings.RaterCount));
        var complete = CompleteSubjects.Of(ratings);
        var categories = scale.IsDeclared ? scale.Resolve(ratings.Cells, nameof(ratings)) : scale.Resolve(complete.Scores, nameof(ratings));
        int n = complete.Count;
        if (n == 0) return StatisticValue.Undefined(AgreementReasons.TooFewSubjects("Cohen's kappa", 0, complete.Dropped), 0, complete.Dropped);
        if (categories.Length < 2) return StatisticValue.Undefined(AgreementReasons.OneCategory("Cohen's kappa"), n, complete.Dropped);
        int k = categories.Length;
        var table = new double[k, k];
        var rows = new double[k];
        var cols = new double[k];
        for (int s = 0; s < n; s++)
        {
            var row = complete.Row(s);
            int i = Array.BinarySearch(categories, row[0]), j = Array.BinarySearch(categories, row[1]);
            table[i, j]++;
            rows[i]++;
            cols[j]++;
        }
        double observed = 0, chance = 0;
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++)
            {
                double w = Weight(weighting, i, j, k);
                observed += w * table[i, j] / n;
                chance += w * (rows[i] / n) * (cols[j] / n);
            }
        return StatisticValue.Ratio(observed - chance, 1 - chance, AgreementReasons.OneCategory("Cohen's kappa"), n, complete.Dropped);
    }

    /// <summary>The agreement weight of categories at positions <paramref name="i"/> and <paramref name="j"/> of <paramref name="k"/>.</summary>
    internal static double Weight(KappaWeighting weighting, int i, int j, int k)
    {
        double d = Math.Abs(i - j) / (double)(k - 1);
        return weighting switch
        {
            KappaWeighting.Unweighted => i == j ? 1 : 0,
            KappaWeighting.Linear => 1 - d,
            _ => 1 - d * d,
        };
    }
}
