using MathPlc.Core;

namespace MathPlc.Standards;

/// <summary>
/// Selecting essential standards: rank the candidates of each unit by the team's R.E.A.L. ratings, show how far the
/// raters agree, keep at most a cap per unit, and flag vertical gaps across grades.
/// </summary>
/// <remarks>
/// Ainsworth's steps: initial selection by the criteria, then vertical alignment by consensus (<i>Power Standards</i>,
/// 2003). Kanold's handbooks plan three to five essential standards per unit (<i>Beyond the Common Core</i>, 2015),
/// hence the default cap of 5. Ties in the mean total keep the candidates' order. Agreement is pairwise exact
/// agreement per criterion, averaged over the four criteria (the simple percent agreement of statistics.md).
/// </remarks>
public static class EssentialStandards
{
    /// <summary>The default cap on essential standards per unit.</summary>
    public const int DefaultMaxPerUnit = 5;

    /// <summary>Ranks <paramref name="candidates"/> by <paramref name="ratings"/> and selects at most <paramref name="maxPerUnit"/> per unit.</summary>
    /// <returns>One entry per candidate, grouped by unit (units in first-seen order), best first.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPerUnit"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">A standard is a candidate twice, a rating names a standard that is not a candidate, or a rater rated a standard twice.</exception>
    public static ImmutableArray<RankedStandard> Rank(IEnumerable<EssentialCandidate> candidates, IEnumerable<CriterionRatings> ratings, int maxPerUnit = DefaultMaxPerUnit)
    {
        var candidateList = Guard.Against.NullOrNullElements(candidates);
        var ratingList = Guard.Against.NullOrNullElements(ratings);
        Guard.Against.Below(maxPerUnit, 1);
        var byStandard = new Dictionary<TargetId, List<CriterionRatings>>();
        foreach (var candidate in candidateList)
            Guard.Against.Unmet(byStandard.TryAdd(candidate.Standard, []), nameof(candidates), $"{candidate.Standard} is a candidate twice.");
        foreach (var rating in ratingList)
        {
            Guard.Against.Unmet(byStandard.TryGetValue(rating.Standard, out var list), nameof(ratings), $"{rating.Rater} rated {rating.Standard}, which is not a candidate.");
            Guard.Against.Unmet(list.TrueForAll(r => r.Rater != rating.Rater), nameof(ratings), $"{rating.Rater} rated {rating.Standard} twice.");
            list.Add(rating);
        }

        var result = ImmutableArray.CreateBuilder<RankedStandard>(candidateList.Length);
        foreach (var unit in candidateList.GroupBy(c => c.Unit, StringComparer.Ordinal))
        {
            var scored = unit.Select((candidate, order) => (candidate, order, ratings: byStandard[candidate.Standard]))
                .Select(x => (x.candidate, x.order, x.ratings, mean: x.ratings.Count == 0 ? (double?)null : x.ratings.Average(r => r.Total)))
                .OrderByDescending(x => x.mean ?? double.NegativeInfinity).ThenBy(x => x.order).ToList();
            for (int i = 0; i < scored.Count; i++)
            {
                var (candidate, _, rated, mean) = scored[i];
                int rank = i + 1;
                bool essential = mean is not null && rank <= maxPerUnit;
                var reasons = ImmutableArray.CreateBuilder<Reason>();
                if (mean is null)
                    reasons.Add(new Reason("not-rated", $"Nobody rated {candidate.Standard} yet, so it stays a supporting standard."));
                else
                    reasons.Add(new Reason(essential ? "essential" : "over-cap",
                            essential
                                ? $"Ranked {rank} of {scored.Count} in {candidate.Unit} with a mean R.E.A.L. total of {InvariantNumber.Format(mean.Value)} of 8: essential."
                                : $"Ranked {rank} of {scored.Count} in {candidate.Unit}; the unit keeps at most {maxPerUnit} essential standards, so it is a supporting standard.")
                        .With("rank", rank).With("meanTotal", mean.Value).With("cap", maxPerUnit));
                double? agreement = Agreement(rated);
                if (agreement is { } a && a < 0.5)
                    reasons.Add(new Reason("raters-disagree", $"The raters agree on only {InvariantNumber.Format(Math.Round(a * 100, 1))} % of rater pairs and criteria: talk it through before committing.").With("agreement", a));
                var means = rated.Count == 0 ? ImmutableArray<double>.Empty : [.. Enumerable.Range(0, 4).Select(c => rated.Average(r => r.Values[c]))];
                result.Add(new RankedStandard(candidate.Standard, candidate.Unit, rated.Count, mean, means, agreement, rank, essential, reasons.ToImmutable()));
            }
        }
        return result.MoveToImmutable();
    }

    /// <summary>
    /// The vertical gaps among <paramref name="essentials"/>: for each essential standard, every immediate
    /// prerequisite along the framework's progressions whose grade is earlier and which is not essential itself.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An essential standard is not in the framework.</exception>
    public static ImmutableArray<VerticalGap> VerticalGaps(StandardsFramework framework, IEnumerable<TargetId> essentials)
    {
        Guard.Against.Null(framework);
        Guard.Against.Null(essentials);
        var essentialSet = essentials.ToHashSet();
        var gaps = ImmutableArray.CreateBuilder<VerticalGap>();
        foreach (var essential in framework.TopologicalOrder(essentialSet.Order()))
        {
            int? grade = EarliestGrade(framework[essential]);
            foreach (var prerequisite in framework.PrerequisitesOf(essential))
            {
                if (essentialSet.Contains(prerequisite)) continue;
                int? before = EarliestGrade(framework[prerequisite]);
                if (grade is null || before is null || before >= grade) continue;
                var (item, earlier) = (framework[essential], framework[prerequisite]);
                gaps.Add(new VerticalGap(essential, prerequisite,
                    new Reason("vertical-gap", $"{item.Label} is essential in grade {item.Grades.FirstOrDefault()}, but its prerequisite {earlier.Label} was not essential in grade {earlier.Grades.FirstOrDefault()}.")
                        .With("essential", item.Label).With("prerequisite", earlier.Label)));
            }
        }
        return gaps.ToImmutable();
    }

    private static int? EarliestGrade(FrameworkItem item) =>
        item.Grades.Select(GradeLevels.Order).Where(g => g is not null).DefaultIfEmpty(null).Min();

    // Pairwise exact agreement, averaged over the criteria; null with fewer than two raters.
    private static double? Agreement(List<CriterionRatings> ratings)
    {
        if (ratings.Count < 2) return null;
        int pairs = 0, same = 0;
        for (int c = 0; c < 4; c++)
            for (int i = 0; i < ratings.Count; i++)
                for (int j = i + 1; j < ratings.Count; j++)
                {
                    pairs++;
                    if (ratings[i].Values[c] == ratings[j].Values[c]) same++;
                }
        return (double)same / pairs;
    }
}
