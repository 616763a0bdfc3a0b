using System.Globalization;
using MathPlc.Assessments;

namespace MathPlc.Teams;

/// <summary>
/// Calibrated rubrics: how well raters agree on each criterion, using the agreement statistics of
/// <see cref="RaterAgreement"/> (MathPlc.Assessments), and whether a change between occasions is real or within the
/// raters' own disagreement.
/// </summary>
/// <remarks>
/// <para>
/// Rater noise is the within-subject mean square MSW of the one-way ANOVA behind ICC(1,1) (Shrout &amp; Fleiss 1979),
/// taken from <see cref="IntraclassCorrelation"/> over every subject and occasion of the criterion (subjects every rater
/// scored). A mean of k ratings then has standard error √(MSW/k), and the difference of two means
/// √(MSW/k₁ + MSW/k₂). A change is real when it exceeds z times that (z = 1.96 by default), the reliable-change idea of
/// Jacobson &amp; Truax (1991) with the raters' disagreement as the measurement error (decision record 0043).
/// </para>
/// <para>Identical ratings on both occasions have no change and are never called a real change.</para>
/// </remarks>
public static class RubricCalibration
{
    /// <summary>Every agreement statistic per criterion, on one occasion or all (subjects are subject × occasion).</summary>
    /// <param name="rubric">The rubric; its levels are the declared scale.</param>
    /// <param name="ratings">The ratings.</param>
    /// <param name="occasion">Only this occasion, or every occasion when null.</param>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">A rating names a criterion the rubric lacks, has a score that is not a level, or a rater scored a subject twice on one occasion.</exception>
    public static ImmutableArray<CriterionAgreement> Agreement(Rubric rubric, IEnumerable<RubricRating> ratings, LocalDate? occasion = null)
    {
        var checkedRatings = Check(rubric, ratings);
        var result = ImmutableArray.CreateBuilder<CriterionAgreement>();
        foreach (var criterion in rubric.Criteria)
        {
            var mine = checkedRatings.Where(r => r.Criterion.Equals(criterion.Name, StringComparison.OrdinalIgnoreCase) && (occasion is null || r.Occasion == occasion)).ToArray();
            if (mine.Length == 0) continue;
            var options = new AgreementOptions(MeasurementLevel.Ordinal, RatingScale.Declared(criterion.Levels.Select(l => l.Score)));
            result.Add(new CriterionAgreement(criterion.Name, RaterAgreement.Summarize(mine.Select(ToRating), options)));
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// Each subject's change on each criterion from <paramref name="before"/> to <paramref name="after"/>, judged against
    /// the raters' disagreement (see the remarks). Subjects rated on only one of the two occasions are left out.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Agreement"/>, or <paramref name="after"/> is not after <paramref name="before"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="z"/> is not positive and finite.</exception>
    public static ImmutableArray<RatedChange> Changes(Rubric rubric, IEnumerable<RubricRating> ratings, LocalDate before, LocalDate after, double z = 1.96)
    {
        var all = Check(rubric, ratings);
        Guard.Against.Unmet(after > before, nameof(after), $"The later occasion {after:uuuu-MM-dd} must come after {before:uuuu-MM-dd}.");
        Guard.Against.NotPositive(z, nameof(z));
        var changes = ImmutableArray.CreateBuilder<RatedChange>();
        foreach (var criterion in rubric.Criteria)
        {
            var mine = all.Where(r => r.Criterion.Equals(criterion.Name, StringComparison.OrdinalIgnoreCase) && (r.Occasion == before || r.Occasion == after)).ToArray();
            if (mine.Length == 0) continue;
            var within = IntraclassCorrelation.Compute(RatingMatrix.FromRatings(mine.Select(ToRating))).MeanSquares?.WithinSubjects;
            foreach (var subject in mine.Select(r => r.Subject).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var first = mine.Where(r => r.Subject == subject && r.Occasion == before).Select(r => r.Score).ToArray();
                var second = mine.Where(r => r.Subject == subject && r.Occasion == after).Select(r => r.Score).ToArray();
                if (first.Length == 0 || second.Length == 0) continue;
                double b = first.Average(), a = second.Average(), change = a - b;
                if (change == 0)
                {
                    changes.Add(new RatedChange(criterion.Name, subject, b, a, within is null ? ChangeJudgement.InsufficientData : ChangeJudgement.WithinRaterNoise,
                        within is { } w0 ? z * Math.Sqrt(w0 / first.Length + w0 / second.Length) : null,
                        new Reason("no-change", "The mean rating did not change.")));
                    continue;
                }
                if (within is not { } msw)
                {
                    changes.Add(new RatedChange(criterion.Name, subject, b, a, ChangeJudgement.InsufficientData, null,
                        new Reason("no-noise-estimate", "Rater noise cannot be estimated: it needs at least two subject-occasions that every rater scored.")));
                    continue;
                }
                double limit = z * Math.Sqrt(msw / first.Length + msw / second.Length);
                bool real = Math.Abs(change) > limit;
                string text = string.Create(CultureInfo.InvariantCulture,
                    $"From {InvariantNumber.Format(b)} to {InvariantNumber.Format(a)}: a change of {InvariantNumber.Format(change)} against a rater-noise limit of {Math.Round(limit, 4)}.");
                changes.Add(new RatedChange(criterion.Name, subject, b, a, real ? ChangeJudgement.RealChange : ChangeJudgement.WithinRaterNoise, limit,
                    new Reason(real ? "real-change" : "within-rater-noise", text).With("change", change).With("limit", limit).With("within-subject-mean-square", msw)));
            }
        }
        return changes.ToImmutable();
    }

    private static Rating ToRating(RubricRating r) =>
        new(r.Subject + "@" + r.Occasion.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), r.Rater, r.Score);

    private static ImmutableArray<RubricRating> Check(Rubric rubric, IEnumerable<RubricRating> ratings)
    {
        Guard.Against.Null(rubric);
        var all = Guard.Against.NullOrNullElements(ratings, nameof(ratings));
        foreach (var r in all)
        {
            var criterion = rubric.Criteria.FirstOrDefault(c => string.Equals(c.Name, r.Criterion, StringComparison.OrdinalIgnoreCase));
            Guard.Against.Unmet(criterion is not null, nameof(ratings), $"{r.Rater} rated \"{r.Criterion}\", which is not a criterion of {rubric.Name}.");
            Guard.Against.Unmet(criterion.HasLevel(r.Score), nameof(ratings), $"{r.Rater} gave {InvariantNumber.Format(r.Score)} on {criterion.Name}, which is not one of its levels.");
        }
        var twice = all.GroupBy(r => (r.Criterion.ToUpperInvariant(), r.Subject, r.Rater, r.Occasion)).FirstOrDefault(g => g.Count() > 1);
        Guard.Against.Unmet(twice is null, nameof(ratings), $"{twice?.Key.Rater} rated {twice?.Key.Subject} on {twice?.Key.Item1} twice on one occasion.");
        return all;
    }
}
