namespace MathPlc.Interventions;

/// <summary>
/// The percentile-rank cut points of a universal screener: at or above <see cref="CoreFrom"/> is core, from
/// <see cref="WatchFrom"/> watch, from <see cref="TargetedFrom"/> targeted, below it intensive.
/// </summary>
/// <remarks>
/// Defaults 40 / 25 / 10 are Renaissance Star Math's default benchmark categories (help.renaissance.com, "Star
/// Math benchmarks, cut scores"), which schools may edit; tiers grow more intensive as the percentile falls.
/// Invariant: 0 ≤ TargetedFrom ≤ WatchFrom ≤ CoreFrom ≤ 100. A percentile exactly on a cut belongs to the band
/// above it ("at or above"), compared by <see cref="Threshold"/>.
/// </remarks>
public sealed record ScreeningBands
{
    /// <summary>Creates the bands.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A cut is outside 0–100 or not finite.</exception>
    /// <exception cref="ArgumentException">The cuts are not in ascending order (targeted ≤ watch ≤ core).</exception>
    public ScreeningBands(double coreFrom = 40, double watchFrom = 25, double targetedFrom = 10)
    {
        Guard.Against.OutsideRange(coreFrom, 0, 100, nameof(coreFrom));
        Guard.Against.OutsideRange(watchFrom, 0, 100, nameof(watchFrom));
        Guard.Against.OutsideRange(targetedFrom, 0, 100, nameof(targetedFrom));
        Guard.Against.Unmet(targetedFrom <= watchFrom && watchFrom <= coreFrom, nameof(watchFrom),
            $"Screening cuts must ascend: targeted {InvariantNumber.Format(targetedFrom)} ≤ watch {InvariantNumber.Format(watchFrom)} ≤ core {InvariantNumber.Format(coreFrom)}.");
        CoreFrom = coreFrom;
        WatchFrom = watchFrom;
        TargetedFrom = targetedFrom;
    }

    /// <summary>The lowest percentile of the core band (default 40).</summary>
    public double CoreFrom { get; }

    /// <summary>The lowest percentile of the watch band (default 25).</summary>
    public double WatchFrom { get; }

    /// <summary>The lowest percentile of the targeted band (default 10); below it is intensive.</summary>
    public double TargetedFrom { get; }

    /// <summary>Star Math's default categories: 40 / 25 / 10.</summary>
    public static ScreeningBands Default { get; } = new();

    /// <summary>The band of a percentile rank.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentile"/> is outside 0–100 or not finite.</exception>
    public ScreeningBand BandOf(double percentile)
    {
        Guard.Against.OutsideRange(percentile, 0, 100, nameof(percentile));
        if (Threshold.AtOrAbove(percentile, CoreFrom)) return ScreeningBand.Core;
        if (Threshold.AtOrAbove(percentile, WatchFrom)) return ScreeningBand.Watch;
        if (Threshold.AtOrAbove(percentile, TargetedFrom)) return ScreeningBand.Targeted;
        return ScreeningBand.Intensive;
    }

    /// <summary>The cut a percentile was compared with to land in <paramref name="band"/>.</summary>
    public double CutOf(ScreeningBand band) => band switch
    {
        ScreeningBand.Core => CoreFrom,
        ScreeningBand.Watch => WatchFrom,
        ScreeningBand.Targeted => TargetedFrom,
        _ => TargetedFrom,
    };
}
