using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>
/// A team's rule for turning a student's item scores on one target into one score on its proficiency scale: the
/// percent of the target's points earned, then the conversion table of percent cuts (data, not code).
/// </summary>
/// <remarks>
/// Invariants: the first cut starts at 0 % so every percent has a score; cuts rise strictly in percent (≤ 100) and
/// never fall in score; every score is on the scale. Example for the Marzano 0–4 scale: 0 % → 1, 50 % → 2,
/// 70 % → 3, 90 % → 4 (a team choice; no published table is implied).
/// </remarks>
public sealed record TargetScoringRule
{
    /// <summary>Creates the rule.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> or <paramref name="cuts"/> is null.</exception>
    /// <exception cref="ArgumentException">The cuts do not start at 0, do not rise, fall in score, or leave the scale.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="missing"/> is not a defined value.</exception>
    public TargetScoringRule(ProficiencyScale scale, IEnumerable<PercentCut> cuts, MissingResponse missing = MissingResponse.CountAsZero)
    {
        Guard.Against.Null(scale);
        var list = Guard.Against.NullOrNullElements(cuts);
        Guard.Against.Unmet(list.Length > 0 && list[0].MinimumPercent == 0, nameof(cuts), "The first cut must start at 0 % so every percent has a score.");
        for (int i = 0; i < list.Length; i++)
        {
            var cut = list[i];
            Guard.Against.Unmet(double.IsFinite(cut.MinimumPercent) && cut.MinimumPercent <= 100, nameof(cuts), $"Cut {i}: {InvariantNumber.Format(cut.MinimumPercent)} % is not a percent from 0 to 100.");
            Guard.Against.Unmet(scale.Contains(cut.Score), nameof(cuts), $"Cut {i}: the score {InvariantNumber.Format(cut.Score)} is not on the scale {scale.Name}.");
            if (i > 0)
            {
                Guard.Against.Unmet(cut.MinimumPercent > list[i - 1].MinimumPercent, nameof(cuts), $"Cut {i}: the percents must rise ({InvariantNumber.Format(list[i - 1].MinimumPercent)} then {InvariantNumber.Format(cut.MinimumPercent)}).");
                Guard.Against.Unmet(cut.Score >= list[i - 1].Score, nameof(cuts), $"Cut {i}: a higher percent must not give a lower score.");
            }
        }
        if (!Enum.IsDefined(missing)) throw new ArgumentOutOfRangeException(nameof(missing), missing, $"Unknown missing-response policy {missing}.");
        Scale = scale;
        Cuts = list;
        Missing = missing;
    }

    /// <summary>The team's proficiency scale.</summary>
    public ProficiencyScale Scale { get; }

    /// <summary>The conversion table, by rising percent.</summary>
    public ValueArray<PercentCut> Cuts { get; }

    /// <summary>What an unanswered item does.</summary>
    public MissingResponse Missing { get; }

    /// <summary>The score on the scale for a percent (0–100) of the target's points.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is outside 0–100.</exception>
    public double ScoreFor(double percent)
    {
        Guard.Against.OutsideRange(percent, 0, 100, nameof(percent));
        double score = Cuts[0].Score;
        foreach (var cut in Cuts)
            if (percent >= cut.MinimumPercent - 1e-9) score = cut.Score;
        return score;
    }
}
