using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>
/// Classical item analysis of a common assessment: difficulty, corrected item-total (point-biserial) correlation,
/// upper–lower discrimination, flags with reasons, and the test's reliability and standard error of measurement.
/// </summary>
/// <remarks>
/// <para>
/// Students with no response at all are left out of everything (and counted). For an item, statistics use the
/// students who answered it; a student's total is the sum of the items they answered (an unanswered item counts 0).
/// Difficulty = mean score ÷ the item's points. Corrected item-total = Pearson(item, total − item) over the item's
/// responders (SPSS "Corrected Item-Total Correlation", psych <c>r.drop</c>), computed with centred two-pass sums;
/// it is undefined when the item or the rest score does not vary.
/// </para>
/// <para>
/// Upper–lower discrimination D = p_U − p_L with groups of round(f·N) students (f = 0.27, Kelley 1939). Tie rule:
/// students are ranked by total, highest first, and students with equal totals by student id (ordinal), so the
/// groups always have exactly round(f·N) students and the result does not depend on the order of the input (psychometric's
/// <c>discrim</c> breaks ties by input order; mctestanalysis puts every tied student in the group). p_U and p_L are
/// mean score ÷ points among the group's responders.
/// </para>
/// <para>Sources: Kelley (1939), J. Educ. Psych. 30, 17–24; Ebel &amp; Frisbie (1991); reference/statistics.md §6.</para>
/// </remarks>
public static class ItemAnalysis
{
    /// <summary>Analyses the responses.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> is null.</exception>
    public static ItemAnalysisResult Analyze(ItemResponses responses, ItemAnalysisOptions? options = null)
    {
        Guard.Against.Null(responses);
        options ??= new ItemAnalysisOptions();
        int k = responses.ItemCount;
        var all = responses.Cells;

        // Students with at least one response, compacted, with their totals.
        var keep = new List<int>(responses.StudentCount);
        for (int s = 0; s < responses.StudentCount; s++)
        {
            foreach (var x in all.Slice(s * k, k))
                if (!double.IsNaN(x)) { keep.Add(s); break; }
        }
        int n = keep.Count, without = responses.StudentCount - n;
        ReadOnlySpan<double> cells = without == 0 ? all : Compact(all, keep, k);
        var totals = new double[n];
        for (int r = 0; r < n; r++)
        {
            double t = 0;
            foreach (var x in cells.Slice(r * k, k)) if (!double.IsNaN(x)) t += x;
            totals[r] = t;
        }

        var counts = new int[k];
        var sumX = new double[k];
        var sumRest = new double[k];
        for (int r = 0; r < n; r++)
            for (int i = 0; i < k; i++)
            {
                double x = cells[r * k + i];
                if (double.IsNaN(x)) continue;
                counts[i]++;
                sumX[i] += x;
                sumRest[i] += totals[r] - x;
            }
        var sxx = new double[k];
        var syy = new double[k];
        var sxy = new double[k];
        for (int r = 0; r < n; r++)
            for (int i = 0; i < k; i++)
            {
                double x = cells[r * k + i];
                if (double.IsNaN(x)) continue;
                double dx = x - sumX[i] / counts[i], dy = totals[r] - x - sumRest[i] / counts[i];
                sxx[i] += dx * dx;
                syy[i] += dy * dy;
                sxy[i] += dx * dy;
            }

        var (upperMeans, lowerMeans, groupReason) = UpperLower(responses, keep, cells, totals, k, options.GroupFraction);
        var items = ImmutableArray.CreateBuilder<ItemStatistics>(k);
        for (int i = 0; i < k; i++)
        {
            double max = responses.MaxPoints[i];
            var id = responses.ItemIds[i];
            int dropped = n - counts[i];
            var difficulty = counts[i] == 0
                ? StatisticValue.Undefined(new Reason("no-responses", $"No student answered item {id}."), 0, dropped)
                : StatisticValue.Defined(sumX[i] / counts[i] / max, counts[i], dropped);
            StatisticValue correlation;
            if (counts[i] < 2)
                correlation = StatisticValue.Undefined(new Reason("too-few-responses", $"Item {id} has fewer than two responses."), counts[i], dropped);
            else if (!(sxx[i] > 1e-12 * max * max))
                correlation = StatisticValue.Undefined(new Reason("no-variance", $"Every student who answered item {id} scored the same, so it cannot discriminate."), counts[i], dropped);
            else if (!(syy[i] > 1e-12))
                correlation = StatisticValue.Undefined(new Reason("no-rest-variance", $"The other items' totals do not vary among the students who answered item {id}."), counts[i], dropped);
            else
                correlation = StatisticValue.Defined(Math.Clamp(sxy[i] / Math.Sqrt(sxx[i] * syy[i]), -1, 1), counts[i], dropped);
            StatisticValue discrimination = groupReason is not null
                ? StatisticValue.Undefined(groupReason, 0, n)
                : double.IsNaN(upperMeans[i]) || double.IsNaN(lowerMeans[i])
                    ? StatisticValue.Undefined(new Reason("group-without-responses", $"No student in the upper or lower group answered item {id}."), counts[i], dropped)
                    : StatisticValue.Defined((upperMeans[i] - lowerMeans[i]) / max, counts[i], dropped);
            items.Add(new ItemStatistics(id, counts[i], difficulty, discrimination, correlation, Flags(id, difficulty, correlation, discrimination, options)));
        }

        var alpha = Reliability.Alpha(cells, n, k, options.Missing, out double totalVariance);
        var kr20 = Reliability.Kr20(cells, n, k, responses.MaxPoints.AsSpan());
        var sem = Sem(alpha, totalVariance);
        double meanTotal = n == 0 ? 0 : totals.Average();
        return new ItemAnalysisResult(items.MoveToImmutable(), new TestStatistics(n, without, k, options.Missing, meanTotal, alpha, kr20, sem));
    }

    private static double[] Compact(ReadOnlySpan<double> all, List<int> keep, int k)
    {
        var cells = new double[keep.Count * k];
        for (int r = 0; r < keep.Count; r++) all.Slice(keep[r] * k, k).CopyTo(cells.AsSpan(r * k, k));
        return cells;
    }

    private static StatisticValue Sem(StatisticValue alpha, double totalVariance)
    {
        if (!alpha.IsDefined)
            return StatisticValue.Undefined(new Reason("no-reliability", "The standard error of measurement needs a reliability, and alpha is not defined."), alpha.SubjectsUsed, alpha.SubjectsDropped);
        if (alpha.Value < 0)
            return StatisticValue.Undefined(new Reason("negative-reliability", "The standard error of measurement is not meaningful when alpha is negative.").With("alpha", alpha.Value!.Value), alpha.SubjectsUsed, alpha.SubjectsDropped);
        return StatisticValue.Defined(Math.Sqrt(Math.Max(0, totalVariance) * (1 - alpha.Value!.Value)), alpha.SubjectsUsed, alpha.SubjectsDropped);
    }

    private static (double[] Upper, double[] Lower, Reason? Why) UpperLower(ItemResponses responses, List<int> keep, ReadOnlySpan<double> cells, double[] totals, int k, double fraction)
    {
        int n = totals.Length;
        int g = (int)Math.Round(fraction * n, MidpointRounding.AwayFromZero);
        if (g < 1 || 2 * g > n)
            return ([], [], new Reason("too-few-students", $"Upper and lower groups of {InvariantNumber.Format(fraction * 100)} % need more students than the {n} with responses.").With("students", n));
        // Highest total first; students tied at a group's boundary are ordered by id, so only that tie block is sorted by id.
        var order = Enumerable.Range(0, n).ToArray();
        var keys = new double[n];
        for (int r = 0; r < n; r++) keys[r] = -totals[r];
        Array.Sort(keys, order);
        var ids = responses.StudentIds;
        int ById(int a, int b) => string.CompareOrdinal(ids[keep[a]].Value, ids[keep[b]].Value);
        SortTieBlock(order, keys, g - 1, ById);
        SortTieBlock(order, keys, n - g, ById);
        return (GroupMeans(order.AsSpan(0, g), cells, k), GroupMeans(order.AsSpan(n - g, g), cells, k), null);
    }

    /// <summary>Sorts by id the run of students whose total equals the total at <paramref name="at"/>.</summary>
    private static void SortTieBlock(int[] order, double[] keys, int at, Comparison<int> byId)
    {
        int start = at, end = at + 1;
        while (start > 0 && keys[start - 1] == keys[at]) start--;
        while (end < keys.Length && keys[end] == keys[at]) end++;
        Array.Sort(order, start, end - start, Comparer<int>.Create(byId));
    }

    private static double[] GroupMeans(ReadOnlySpan<int> group, ReadOnlySpan<double> cells, int k)
    {
        var sums = new double[k];
        var counts = new int[k];
        foreach (var r in group)
            for (int i = 0; i < k; i++)
            {
                double x = cells[r * k + i];
                if (double.IsNaN(x)) continue;
                sums[i] += x;
                counts[i]++;
            }
        for (int i = 0; i < k; i++) sums[i] = counts[i] == 0 ? double.NaN : sums[i] / counts[i];
        return sums;
    }

    private static ImmutableArray<Reason> Flags(ItemId id, StatisticValue difficulty, StatisticValue correlation, StatisticValue discrimination, ItemAnalysisOptions options)
    {
        var flags = ImmutableArray.CreateBuilder<Reason>();
        if (difficulty.Value is { } p)
        {
            if (p > options.TooEasyAbove)
                flags.Add(new Reason("too-easy", $"Item {id}: {InvariantNumber.Format(Math.Round(p * 100, 1))} % of the points were earned; it tells the team little.").With("difficulty", p).With("limit", options.TooEasyAbove));
            else if (p < options.TooHardBelow)
                flags.Add(new Reason("too-hard", $"Item {id}: only {InvariantNumber.Format(Math.Round(p * 100, 1))} % of the points were earned; check the item and the instruction.").With("difficulty", p).With("limit", options.TooHardBelow));
        }
        if (correlation.Reasons.FirstOrDefault()?.Code == "no-variance")
        {
            flags.Add(new Reason("no-variance", $"Every student who answered item {id} scored the same, so it cannot discriminate."));
            return flags.ToImmutable();
        }
        double? r = correlation.Value ?? discrimination.Value;
        string which = correlation.IsDefined ? "corrected item-total correlation" : "upper–lower index";
        if (r is { } value)
        {
            if (value < 0)
                flags.Add(new Reason("negative-discrimination", $"Item {id}: students who did worse overall did better on this item ({which} {InvariantNumber.Format(Math.Round(value, 3))}); check the key and wording.").With("discrimination", value));
            else if (value < options.WeakDiscriminationBelow)
                flags.Add(new Reason("weak-discrimination", $"Item {id} separates students who know the content from those who do not only weakly ({which} {InvariantNumber.Format(Math.Round(value, 3))}).").With("discrimination", value).With("limit", options.WeakDiscriminationBelow));
        }
        return flags.ToImmutable();
    }
}
