using MathPlc.Core;

namespace MathPlc.Standards;

/// <summary>One candidate standard after the team's ratings: its mean ratings, how far the raters agree, its rank in its unit and whether it is essential, with the reasons.</summary>
/// <param name="Standard">The standard.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Raters">How many team members rated it.</param>
/// <param name="MeanTotal">The mean of the raters' totals (0–8); null when nobody rated it.</param>
/// <param name="MeanByCriterion">The mean rating on readiness, endurance, assessed and leverage (empty when nobody rated it).</param>
/// <param name="Agreement">The share of rater pairs that gave the same rating, over the four criteria (0–1); null with fewer than two raters.</param>
/// <param name="Rank">Its rank in the unit (1 is the highest mean total).</param>
/// <param name="IsEssential">Whether it is selected as essential (the rest are supporting standards, still taught).</param>
/// <param name="Reasons">Why.</param>
public sealed record RankedStandard(
    TargetId Standard, string Unit, int Raters, double? MeanTotal, ValueArray<double> MeanByCriterion, double? Agreement, int Rank,
    bool IsEssential, ValueArray<Reason> Reasons);
