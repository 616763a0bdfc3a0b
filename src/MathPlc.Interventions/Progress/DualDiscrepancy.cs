namespace MathPlc.Interventions;

/// <summary>
/// Dual discrepancy: a student is not responding when both the level and the rate of improvement are below
/// criterion (Fuchs &amp; Fuchs' dual-discrepancy model; reference/interventions.md §8).
/// </summary>
/// <remarks>
/// Cuts are usually peer percentiles (the 25th or 33rd of peers' levels and slopes matched learning-disability
/// prevalence best in comparisons of criteria) or the benchmark and typical growth. <see cref="PeerCut"/> gives a
/// percentile of peers by linear interpolation between order statistics (Hyndman &amp; Fan type 7, as Excel's
/// PERCENTILE.INC and R's default). A value exactly on a cut is not below it (<see cref="Threshold"/>).
/// </remarks>
public static class DualDiscrepancy
{
    /// <summary>Whether level and slope are both below their cuts, with reasons.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite.</exception>
    public static (bool NonResponsive, ImmutableArray<Reason> Reasons) Evaluate(double level, double slopePerWeek, double levelCut, double slopeCut)
    {
        Guard.Against.NotFinite(level, nameof(level));
        Guard.Against.NotFinite(slopePerWeek, nameof(slopePerWeek));
        Guard.Against.NotFinite(levelCut, nameof(levelCut));
        Guard.Against.NotFinite(slopeCut, nameof(slopeCut));
        bool lowLevel = Threshold.Below(level, levelCut), lowSlope = Threshold.Below(slopePerWeek, slopeCut);
        var levelReason = new Reason(lowLevel ? "level-below-cut" : "level-at-or-above-cut", $"Level {InvariantNumber.Format(level)} against the cut {InvariantNumber.Format(levelCut)}.")
            .With("level", level).With("cut", levelCut);
        var slope = new Reason(lowSlope ? "slope-below-cut" : "slope-at-or-above-cut", $"Growth {InvariantNumber.Format(slopePerWeek)} per week against the cut {InvariantNumber.Format(slopeCut)}.")
            .With("slopePerWeek", slopePerWeek).With("cut", slopeCut);
        bool dual = lowLevel && lowSlope;
        var verdict = dual
            ? new Reason("dual-discrepancy", "Both level and growth are below criterion: not responding.")
            : new Reason("no-dual-discrepancy", "Level and growth are not both below criterion.");
        return (dual, [levelReason, slope, verdict]);
    }

    /// <summary>The <paramref name="percentile"/>th percentile (0–100) of peers' values, by linear interpolation (type 7).</summary>
    /// <exception cref="ArgumentException"><paramref name="peers"/> is empty or holds a value that is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentile"/> is outside 0–100.</exception>
    public static double PeerCut(IEnumerable<double> peers, double percentile)
    {
        Guard.Against.Null(peers);
        Guard.Against.OutsideRange(percentile, 0, 100, nameof(percentile));
        var sorted = peers.ToArray();
        Guard.Against.Unmet(sorted.Length > 0, nameof(peers), "A peer cut needs at least one peer.");
        Guard.Against.Unmet(sorted.All(double.IsFinite), nameof(peers), "Every peer value must be finite.");
        Array.Sort(sorted);
        double h = (sorted.Length - 1) * percentile / 100;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
