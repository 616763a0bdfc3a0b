namespace MathPlc.Grading;

/// <summary>The most frequent score, with a stated rule for ties.</summary>
/// <remarks>
/// Moodle gradebook "Mode of grades" and MasteryConnect "Mode" break ties to the highest; Educate/cbk12 to the most
/// recent; Rediker leaves the mark blank. Scores are compared exactly, so the mode suits scales with steps
/// (0, 0.5, 1, …). Weights: the scores equal to the mode share the weight equally.
/// Source: reference/grading.md §2 and §6.
/// </remarks>
public sealed record Mode : CalculationMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="tieRule">What a tie gives; <see cref="ModeTieRule.Highest"/> by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tieRule"/> is not a defined rule.</exception>
    public Mode(ModeTieRule tieRule = ModeTieRule.Highest)
    {
        if (!Enum.IsDefined(tieRule))
            throw new ArgumentOutOfRangeException(nameof(tieRule), tieRule, $"tieRule {(int)tieRule} is not highest, most-recent or none.");
        TieRule = tieRule;
    }

    /// <summary>What a tie gives.</summary>
    public ModeTieRule TieRule { get; }

    /// <inheritdoc/>
    public override string Name => "mode";

    /// <inheritdoc/>
    /// <remarks>Order matters only to the most-recent tie rule.</remarks>
    public override bool IsOrderFree => TieRule != ModeTieRule.MostRecent;

    internal override MethodOutcome Compute(ReadOnlySpan<double> oldestFirst)
    {
        if (oldestFirst.IsEmpty) return MethodOutcome.Insufficient(Shortfall.NoEvidence);
        using var scratch = new ScoreScratch(stackalloc double[ScoreScratch.StackLimit], oldestFirst.Length);
        return FromSorted(oldestFirst, scratch.SortedCopy(oldestFirst));
    }

    /// <summary>The mode of a non-empty series given also sorted ascending (the batch kernel sorts by a network).</summary>
    internal MethodOutcome FromSorted(ReadOnlySpan<double> oldestFirst, ReadOnlySpan<double> sorted)
    {
        // Runs of equal values in ascending order: the last run at the highest frequency is the highest tied value.
        int best = 0;
        double mode = 0;
        bool tied = false;
        for (int i = 0; i < sorted.Length;)
        {
            int j = i + 1;
            while (j < sorted.Length && sorted[j] == sorted[i]) j++;
            if (j - i > best) (best, mode, tied) = (j - i, sorted[i], false);
            else if (j - i == best) (mode, tied) = (sorted[i], true);
            i = j;
        }
        if (!tied || TieRule == ModeTieRule.Highest) return MethodOutcome.Scored(mode);
        if (TieRule == ModeTieRule.None) return MethodOutcome.Insufficient(Shortfall.TiedMode);
        for (int k = oldestFirst.Length - 1; ; k--)
            if (CountOf(sorted, oldestFirst[k]) == best) return MethodOutcome.Scored(oldestFirst[k]);
    }

    private static int CountOf(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        int count = 0;
        while (lo + count < sorted.Length && sorted[lo + count] == value) count++;
        return count;
    }

    internal override void Weights(ReadOnlySpan<double> oldestFirst, Span<double> weights)
    {
        double mode = Compute(oldestFirst).Score;
        int count = 0;
        foreach (double s in oldestFirst) if (s == mode) count++;
        for (int i = 0; i < oldestFirst.Length; i++) weights[i] = oldestFirst[i] == mode ? 1.0 / count : 0;
    }

    internal override string Describe(int count) => $"The most frequent of {SeriesMath.Scores(count)}; " + TieRule switch
    {
        ModeTieRule.Highest => "a tie goes to the highest of the tied scores.",
        ModeTieRule.MostRecent => "a tie goes to the tied score given most recently.",
        _ => "a tie gives no score and is left to the teacher.",
    };
}
