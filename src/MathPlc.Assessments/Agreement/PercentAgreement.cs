namespace MathPlc.Assessments;

/// <summary>
/// Exact and adjacent agreement: the share of subjects (or of rater pairs) whose scores are equal, or within
/// one rubric point — the first figure a team looks at when calibrating its scoring of common assessments.
/// </summary>
/// <remarks>
/// <para>Two raters: exact = share of subjects with equal scores; adjacent = share within 1 point.</para>
/// <para>
/// More raters, <see cref="AgreementDefinition.AllRaters"/> (R irr <c>agree</c>): share of subjects whose
/// highest and lowest scores differ by at most the tolerance; only subjects every rater scored are used.
/// <see cref="AgreementDefinition.Pairwise"/>: for each subject with two or more ratings, the share of the
/// available rater pairs within the tolerance, averaged over subjects (equals Fleiss' P̄ for exact agreement
/// with complete data). Values are shares between 0 and 1, not percentages.
/// </para>
/// <para>
/// Exact agreement means the same rating as <see cref="SameRating"/> defines it for every agreement statistic: equal
/// values, as the kappas' categories are (so 1e-320 and 2e-320 are two ratings here as in kappa).
/// </para>
/// <para>Sources: Gamer et al., R package irr, <c>agree</c>; Fleiss (1971); reference/statistics.md §4.</para>
/// </remarks>
public static class PercentAgreement
{
    /// <summary>The share of subjects (or pairs) that agree exactly.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="definition"/> is not a defined value.</exception>
    public static StatisticValue Exact(RatingMatrix ratings, AgreementDefinition definition) => Compute(ratings, definition, 0);

    /// <summary>The share of subjects (or pairs) whose scores are within one point.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="definition"/> is not a defined value.</exception>
    public static StatisticValue Adjacent(RatingMatrix ratings, AgreementDefinition definition) => Compute(ratings, definition, 1);

    /// <summary>The share of subjects (or pairs) whose scores differ by at most <paramref name="tolerance"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative or not finite, or <paramref name="definition"/> is not a defined value.</exception>
    public static StatisticValue Compute(RatingMatrix ratings, AgreementDefinition definition, double tolerance)
    {
        Guard.Against.Null(ratings);
        Guard.Against.NegativeOrNotFinite(tolerance, nameof(tolerance));
        if (!Enum.IsDefined(definition)) throw new ArgumentOutOfRangeException(nameof(definition), definition, $"Unknown agreement definition {definition}.");
        const string name = "Percent agreement";
        if (ratings.RaterCount < 2) return StatisticValue.NotApplicable(AgreementReasons.TooFewRaters(name, ratings.RaterCount));
        return definition == AgreementDefinition.AllRaters ? AllRaters(ratings, tolerance) : Pairwise(ratings, tolerance);
    }

    private static StatisticValue AllRaters(RatingMatrix ratings, double limit)
    {
        var complete = CompleteSubjects.Of(ratings);
        if (complete.Count == 0)
            return StatisticValue.Undefined(AgreementReasons.TooFewSubjects("All-raters agreement", 0, complete.Dropped), 0, complete.Dropped);
        int agree = 0;
        for (int i = 0; i < complete.Count; i++)
        {
            var row = complete.Row(i);
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            foreach (var x in row) { min = Math.Min(min, x); max = Math.Max(max, x); }
            if (SameRating.Within(min, max, limit)) agree++;
        }
        return StatisticValue.Defined((double)agree / complete.Count, complete.Count, complete.Dropped);
    }

    private static StatisticValue Pairwise(RatingMatrix ratings, double limit)
    {
        var cells = ratings.Cells;
        int k = ratings.RaterCount, used = 0;
        double sum = 0;
        for (int i = 0; i < ratings.SubjectCount; i++)
        {
            var row = cells.Slice(i * k, k);
            int pairs = 0, agree = 0;
            for (int a = 0; a < k; a++)
            {
                if (double.IsNaN(row[a])) continue;
                for (int b = a + 1; b < k; b++)
                {
                    if (double.IsNaN(row[b])) continue;
                    pairs++;
                    if (SameRating.Within(row[a], row[b], limit)) agree++;
                }
            }
            if (pairs == 0) continue;
            used++;
            sum += (double)agree / pairs;
        }
        int dropped = ratings.SubjectCount - used;
        return used == 0
            ? StatisticValue.Undefined(AgreementReasons.TooFewSubjects("Pairwise agreement", 0, dropped), 0, dropped)
            : StatisticValue.Defined(sum / used, used, dropped);
    }
}
