namespace MathPlc.Interventions;

/// <summary>
/// The columnar form of <see cref="Tiering.Decide(IEnumerable{TargetScore}, TierRules, TargetOrder?, IEnumerable{ScreeningScore}?, IEnumerable{StudentId}?)"/> for districts: scores in one span, student after student,
/// the essential targets in progression order; tiers, extension flags, unmet counts and first unmet targets out;
/// no allocation per student. Gives the same tier, extension and unmet targets as the object form (tested).
/// </summary>
public static class TierBatch
{
    /// <summary>Decides the tier of every student.</summary>
    /// <param name="scores">Student-major: student i's score on target j is <c>scores[i * cuts.Length + j]</c>; NaN means no score.</param>
    /// <param name="cuts">The cut of each essential target, in progression order (see <see cref="TierRules.CutFor"/>).</param>
    /// <param name="rules">The rules (far-below cut, Tier 3 count, screening).</param>
    /// <param name="percentiles">Each student's screening percentile, NaN for none; empty for no screening at all.</param>
    /// <param name="nonResponders">Whether each student completed a Tier 2 cycle without response; empty for none.</param>
    /// <param name="tiers">Out: each student's tier.</param>
    /// <param name="extension">Out: each student's extension flag.</param>
    /// <param name="firstUnmet">Out: the index in <paramref name="cuts"/> of each student's first unmet target, or -1.</param>
    /// <param name="unmetCounts">Out: how many essential targets each student has not met.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">The spans' lengths do not fit together, or there are no targets.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A percentile is outside 0–100 or infinite.</exception>
    public static void Decide(
        ReadOnlySpan<double> scores,
        ReadOnlySpan<double> cuts,
        TierRules rules,
        ReadOnlySpan<double> percentiles,
        ReadOnlySpan<bool> nonResponders,
        Span<Tier> tiers,
        Span<bool> extension,
        Span<int> firstUnmet,
        Span<int> unmetCounts)
    {
        Guard.Against.Null(rules);
        int targets = cuts.Length;
        Guard.Against.Unmet(targets > 0, nameof(cuts), "There must be at least one essential target.");
        Guard.Against.Unmet(scores.Length % targets == 0, nameof(scores), $"{scores.Length} scores do not divide into {targets} targets.");
        int students = scores.Length / targets;
        Guard.Against.Unmet(percentiles.IsEmpty || percentiles.Length == students, nameof(percentiles), $"Expected {students} percentiles, not {percentiles.Length}.");
        Guard.Against.Unmet(nonResponders.IsEmpty || nonResponders.Length == students, nameof(nonResponders), $"Expected {students} flags, not {nonResponders.Length}.");
        Guard.Against.Unmet(tiers.Length == students && extension.Length == students && firstUnmet.Length == students && unmetCounts.Length == students,
            nameof(tiers), $"Every output span must hold {students} students.");
        double far = rules.FarBelowCut ?? double.NegativeInfinity;
        bool hasFar = rules.FarBelowCut.HasValue;
        int many = rules.Tier3WhenUnmetAtLeast ?? int.MaxValue;
        var bands = rules.Screening;

        for (int i = 0; i < students; i++)
        {
            var row = scores.Slice(i * targets, targets);
            int unmet = 0, met = 0, first = -1;
            bool tier3 = false;
            for (int j = 0; j < targets; j++)
            {
                double score = row[j];
                if (double.IsNaN(score)) continue;
                if (Threshold.AtOrAbove(score, cuts[j]))
                {
                    met++;
                    continue;
                }
                if (first < 0) first = j;
                unmet++;
                if (hasFar && Threshold.Below(score, far)) tier3 = true;
            }
            tier3 |= unmet >= many;
            bool tier2FromScreening = false;
            if (!percentiles.IsEmpty && !double.IsNaN(percentiles[i]))
            {
                var band = bands.BandOf(percentiles[i]);
                tier3 |= band == ScreeningBand.Intensive && rules.Tier3FromIntensiveScreening;
                tier2FromScreening = band == ScreeningBand.Targeted && rules.Tier2FromTargetedScreening
                                     || band == ScreeningBand.Intensive && !rules.Tier3FromIntensiveScreening && rules.Tier2FromTargetedScreening;
            }
            tier3 |= !nonResponders.IsEmpty && nonResponders[i];
            tiers[i] = tier3 ? Tier.Tier3 : unmet > 0 || tier2FromScreening ? Tier.Tier2 : Tier.Core;
            extension[i] = tiers[i] == Tier.Core && met == targets;
            firstUnmet[i] = first;
            unmetCounts[i] = unmet;
        }
    }
}
