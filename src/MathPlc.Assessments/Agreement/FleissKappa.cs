namespace MathPlc.Assessments;

/// <summary>
/// Fleiss' kappa: chance-corrected agreement among any fixed number of raters on nominal categories, with
/// category-wise kappas (Fleiss 1971).
/// </summary>
/// <remarks>
/// <para>
/// With N subjects, n ratings each and nᵢⱼ raters putting subject i in category j: Pᵢ = (Σⱼ nᵢⱼ² − n)/(n(n − 1)),
/// P̄ = mean Pᵢ, pⱼ = Σᵢ nᵢⱼ/(Nn), P̄ₑ = Σ pⱼ², κ = (P̄ − P̄ₑ)/(1 − P̄ₑ). Category-wise:
/// p̃ⱼ = (Σᵢ nᵢⱼ² − Nnpⱼ)/(Nn(n − 1)pⱼ) and κⱼ = (p̃ⱼ − pⱼ)/(1 − pⱼ).
/// </para>
/// <para>
/// Only subjects every rater scored are used (R irr's <c>na.omit</c>; statsmodels refuses unequal counts). For an
/// incomplete design use <see cref="KrippendorffAlpha"/>. All ratings in one category (P̄ₑ = 1) is undefined.
/// </para>
/// <para>Sources: Fleiss (1971), Psychological Bulletin 76, 378–382; R irr <c>kappam.fleiss</c>; reference/statistics.md §2.</para>
/// </remarks>
public static class FleissKappa
{
    /// <summary>Fleiss' kappa and the category-wise kappas.</summary>
    /// <param name="ratings">The ratings.</param>
    /// <param name="scale">The categories; the categories used when null. A declared category nobody used gets an undefined kappa.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentException">A rating is not a category of a declared <paramref name="scale"/>.</exception>
    public static FleissKappaResult Compute(RatingMatrix ratings, RatingScale? scale = null)
    {
        Guard.Against.Null(ratings);
        scale ??= RatingScale.UsedCategories;
        const string name = "Fleiss' kappa";
        if (ratings.RaterCount < 2) return new(StatisticValue.NotApplicable(AgreementReasons.TooFewRaters(name, ratings.RaterCount)), []);
        var complete = CompleteSubjects.Of(ratings);
        var categories = scale.IsDeclared ? scale.Resolve(ratings.Cells, nameof(ratings)) : scale.Resolve(complete.Scores, nameof(ratings));
        int subjects = complete.Count, n = complete.Raters, k = categories.Length, dropped = complete.Dropped;
        if (subjects == 0) return new(StatisticValue.Undefined(AgreementReasons.TooFewSubjects(name, 0, dropped), 0, dropped), []);

        var totals = new double[k];
        var squares = new double[k];
        var counts = new int[k];
        double sumP = 0;
        for (int i = 0; i < subjects; i++)
        {
            Array.Clear(counts);
            foreach (var x in complete.Row(i)) counts[Array.BinarySearch(categories, x)]++;
            double agreeingPairs = 0;
            for (int j = 0; j < k; j++)
            {
                totals[j] += counts[j];
                squares[j] += (double)counts[j] * counts[j];
                agreeingPairs += (double)counts[j] * (counts[j] - 1);
            }
            sumP += agreeingPairs / (n * (n - 1.0));
        }
        double all = (double)subjects * n, pBar = sumP / subjects, chance = 0;
        var byCategory = ImmutableArray.CreateBuilder<CategoryKappa>(k);
        for (int j = 0; j < k; j++)
        {
            double p = totals[j] / all;
            chance += p * p;
            StatisticValue kappaJ;
            if (totals[j] == 0) kappaJ = StatisticValue.Undefined(AgreementReasons.CategoryUnused(categories[j]), subjects, dropped);
            else if (totals[j] == all) kappaJ = StatisticValue.Undefined(AgreementReasons.CategoryAlways(categories[j]), subjects, dropped);
            else
            {
                double pTilde = (squares[j] - all * p) / (all * (n - 1) * p);
                kappaJ = StatisticValue.Ratio(pTilde - p, 1 - p, AgreementReasons.CategoryAlways(categories[j]), subjects, dropped);
            }
            byCategory.Add(new CategoryKappa(categories[j], p, kappaJ));
        }
        var kappa = k < 2
            ? StatisticValue.Undefined(AgreementReasons.OneCategory(name), subjects, dropped)
            : StatisticValue.Ratio(pBar - chance, 1 - chance, AgreementReasons.OneCategory(name), subjects, dropped);
        return new(kappa, byCategory.MoveToImmutable());
    }
}
