using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>Classical statistics for one item, with the flags a team reads before reusing or rewriting it.</summary>
/// <param name="Item">The item.</param>
/// <param name="Responses">The number of students who answered it.</param>
/// <param name="Difficulty">Mean score as a share of the item's points (proportion correct for 0/1 items).</param>
/// <param name="DiscriminationUpperLower">D = p_U − p_L between the upper and lower groups by total score.</param>
/// <param name="PointBiserialCorrected">Pearson correlation of the item with the total of the other items (corrected item-total).</param>
/// <param name="Flags">Too easy, too hard, negative or weak discrimination — each with its reason; empty when none.</param>
public sealed record ItemStatistics(
    ItemId Item, int Responses, StatisticValue Difficulty, StatisticValue DiscriminationUpperLower,
    StatisticValue PointBiserialCorrected, ValueArray<Reason> Flags);
