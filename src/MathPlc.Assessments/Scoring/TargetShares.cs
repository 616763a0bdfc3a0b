using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>
/// Per learning target, the share of students who earned at least a cut percent of the target's points on a
/// common assessment — the quick read a team takes before scoring evidence target by target.
/// </summary>
/// <remarks>
/// A student counts on a target when they answered at least one of its items; unanswered items of the target count 0
/// points (as <see cref="MissingResponse.CountAsZero"/>). Items without a target are left out.
/// </remarks>
public static class TargetShares
{
    /// <summary>The share proficient per target, in order of the targets' first items.</summary>
    /// <param name="responses">The item scores.</param>
    /// <param name="targetOfItem">Each item's target; items not in it are left out.</param>
    /// <param name="proficientPercent">The cut, as a percent (0–100) of the target's points.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="proficientPercent"/> is outside 0–100.</exception>
    public static ImmutableArray<TargetShare> Compute(ItemResponses responses, IReadOnlyDictionary<ItemId, TargetId> targetOfItem, double proficientPercent)
    {
        Guard.Against.Null(responses);
        Guard.Against.Null(targetOfItem);
        Guard.Against.OutsideRange(proficientPercent, 0, 100, nameof(proficientPercent));
        var targets = new List<TargetId>();
        var itemsOf = new Dictionary<TargetId, List<int>>();
        for (int i = 0; i < responses.ItemCount; i++)
        {
            if (!targetOfItem.TryGetValue(responses.ItemIds[i], out var target)) continue;
            if (!itemsOf.TryGetValue(target, out var list)) { itemsOf.Add(target, list = []); targets.Add(target); }
            list.Add(i);
        }
        var cells = responses.Cells;
        int k = responses.ItemCount;
        var shares = ImmutableArray.CreateBuilder<TargetShare>(targets.Count);
        foreach (var target in targets)
        {
            var items = itemsOf[target];
            double possible = items.Sum(i => responses.MaxPoints[i]);
            int students = 0, proficient = 0;
            for (int s = 0; s < responses.StudentCount; s++)
            {
                double earned = 0;
                bool answered = false;
                foreach (var i in items)
                {
                    double x = cells[s * k + i];
                    if (double.IsNaN(x)) continue;
                    answered = true;
                    earned += x;
                }
                if (!answered) continue;
                students++;
                if (earned / possible * 100 >= proficientPercent - 1e-9) proficient++;
            }
            var share = students == 0
                ? StatisticValue.Undefined(new Reason("no-responses", $"No student answered an item on target {target}."), 0, responses.StudentCount)
                : StatisticValue.Defined((double)proficient / students, students, responses.StudentCount - students);
            shares.Add(new TargetShare(target, students, proficient, share));
        }
        return shares.MoveToImmutable();
    }
}
