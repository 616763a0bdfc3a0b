namespace MathPlc.Grading;

/// <summary>
/// Canvas's "n Number of Times": no score until there are at least <see cref="Count"/> scores and at least
/// <see cref="Count"/> of them reach <see cref="MasteryPoints"/>; then the mean of <em>all</em> the scores at or above
/// the mastery points.
/// </summary>
/// <remarks>
/// Canvas returns nil when there are fewer than n results, keeps the scores ≥ mastery points, returns nil when fewer
/// than n are kept, and otherwise the mean of every kept score (not only the top n). Canvas's help text says scores
/// "above" mastery; its code uses "at or above", as here. Order does not matter. Weights: equal shares on the scores
/// at or above mastery, 0 on the others. Example (reference/grading.md §3.3): n = 2, mastery 3, scores 2, 3, 4 → 3.5.
/// Source: reference/grading.md §1 and §3.3; Canvas LMS <c>app/models/rollup_score.rb</c> (<c>n_mastery</c>).
/// </remarks>
public sealed record NMastery : CalculationMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="count">n: how many scores, and how many at mastery, are needed; at least 1; 5 by default (Canvas allows 1 to 10).</param>
    /// <param name="masteryPoints">The score that counts as mastery; a finite number; 3 by default (Canvas's default mastery level).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1, or <paramref name="masteryPoints"/> is NaN or infinite.</exception>
    public NMastery(int count = 5, double masteryPoints = 3)
    {
        Guard.Against.Below(count, 1);
        Guard.Against.NotFinite(masteryPoints, nameof(masteryPoints));
        Count = count;
        MasteryPoints = masteryPoints;
    }

    /// <summary>n: how many scores, and how many at mastery, are needed.</summary>
    public int Count { get; }

    /// <summary>The score that counts as mastery.</summary>
    public double MasteryPoints { get; }

    /// <inheritdoc/>
    public override string Name => "n-mastery";

    /// <inheritdoc/>
    public override bool IsOrderFree => true;

    internal override MethodOutcome Compute(ReadOnlySpan<double> oldestFirst)
    {
        if (oldestFirst.IsEmpty) return MethodOutcome.Insufficient(Shortfall.NoEvidence);
        if (oldestFirst.Length < Count) return MethodOutcome.Insufficient(Shortfall.TooFewScores);
        var sum = new CompensatedSum();
        int kept = 0;
        foreach (double s in oldestFirst)
        {
            if (s < MasteryPoints) continue;
            sum.Add(s);
            kept++;
        }
        return kept < Count ? MethodOutcome.Insufficient(Shortfall.TooFewAtMastery) : MethodOutcome.Scored(sum.Total / kept);
    }

    internal override void Weights(ReadOnlySpan<double> oldestFirst, Span<double> weights)
    {
        int kept = 0;
        foreach (double s in oldestFirst) if (s >= MasteryPoints) kept++;
        for (int i = 0; i < oldestFirst.Length; i++) weights[i] = oldestFirst[i] >= MasteryPoints ? 1.0 / kept : 0;
    }

    internal override string Describe(int count) =>
        $"The mean of the scores at or above {SeriesMath.Points(MasteryPoints)} among {SeriesMath.Scores(count)}; n-mastery gives a score once at least {Count} are at or above {SeriesMath.Points(MasteryPoints)}.";
}
