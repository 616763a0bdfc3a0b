using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>
/// Students' scores on a common assessment's items in columnar form (students × items, row-major), with each
/// item's maximum points and missing responses allowed: the input to item analysis and reliability.
/// </summary>
/// <remarks>
/// Invariants: at least one student and one item; ids distinct; maximum points finite and positive; every present
/// score finite, zero or more, and at most its item's maximum.
/// </remarks>
public sealed class ItemResponses
{
    private readonly double[] _scores; // row-major, NaN = no response (never exposed)

    private ItemResponses(ImmutableArray<StudentId> students, ImmutableArray<ItemId> items, ImmutableArray<double> maxPoints, double[] scores)
    {
        StudentIds = students;
        ItemIds = items;
        MaxPoints = maxPoints;
        _scores = scores;
    }

    /// <summary>The students (rows), in the order given.</summary>
    public ImmutableArray<StudentId> StudentIds { get; }

    /// <summary>The items (columns), in the order given.</summary>
    public ImmutableArray<ItemId> ItemIds { get; }

    /// <summary>Each item's maximum points, in item order.</summary>
    public ImmutableArray<double> MaxPoints { get; }

    /// <summary>The number of students.</summary>
    public int StudentCount => StudentIds.Length;

    /// <summary>The number of items.</summary>
    public int ItemCount => ItemIds.Length;

    /// <summary>The student's score on the item, or <see langword="null"/> for no response.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside the table.</exception>
    public double? this[int student, int item]
    {
        get
        {
            Guard.Against.Below(student, 0);
            Guard.Against.AtOrAbove(student, StudentCount);
            Guard.Against.Below(item, 0);
            Guard.Against.AtOrAbove(item, ItemCount);
            var x = _scores[student * ItemCount + item];
            return double.IsNaN(x) ? null : x;
        }
    }

    internal ReadOnlySpan<double> Cells => _scores;

    /// <summary>
    /// The batch form: scores row-major (student by student), NaN for no response, and each item's maximum.
    /// Students are named <c>1, 2, …</c> and items <c>i1, i2, …</c> unless ids are given. The arrays are copied.
    /// </summary>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">No items or students, the lengths do not match, ids repeat, or a score is above its item's maximum.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A maximum is not positive and finite, or a score is negative or infinite.</exception>
    public static ItemResponses FromColumns(double[] scores, double[] maxPoints, IReadOnlyList<StudentId>? studentIds = null, IReadOnlyList<ItemId>? itemIds = null)
    {
        Guard.Against.Null(scores);
        Guard.Against.Null(maxPoints);
        int k = maxPoints.Length;
        Guard.Against.Unmet(k > 0, nameof(maxPoints), "There are no items.");
        foreach (var m in maxPoints) Guard.Against.NotPositive(m, nameof(maxPoints));
        Guard.Against.Unmet(scores.Length > 0 && scores.Length % k == 0, nameof(scores), $"{scores.Length} scores do not fill whole rows of {k} items.");
        int n = scores.Length / k;
        for (int s = 0; s < n; s++)
            for (int i = 0; i < k; i++)
            {
                double x = scores[s * k + i];
                if (double.IsNaN(x)) continue;
                if (!double.IsFinite(x) || x < 0)
                    throw new ArgumentOutOfRangeException(nameof(scores), x, $"Student {s + 1}, item {i + 1}: a score must be a finite number of zero or more, not {InvariantNumber.Format(x)}.");
                if (x > maxPoints[i] + 1e-9)
                    throw new ArgumentException($"Student {s + 1}, item {i + 1}: the score {InvariantNumber.Format(x)} is above the item's maximum of {InvariantNumber.Format(maxPoints[i])}.", nameof(scores));
            }
        var students = studentIds is null
            ? [.. Enumerable.Range(1, n).Select(i => new StudentId(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]
            : Distinct(studentIds, n, nameof(studentIds));
        var items = itemIds is null
            ? [.. Enumerable.Range(1, k).Select(i => new ItemId("i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]
            : Distinct(itemIds, k, nameof(itemIds));
        return new ItemResponses(students, items, [.. maxPoints], (double[])scores.Clone());
    }

    /// <summary>
    /// Builds the table from long-form item scores and each item's maximum points. Items follow the order of
    /// <paramref name="maxPoints"/>; students the order of first appearance. A student without a score for an item
    /// has no response on it.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No scores or items, a score for an item without a maximum, a student scored twice on an item, or a score above the maximum.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A maximum is not positive and finite.</exception>
    public static ItemResponses FromScores(IEnumerable<ItemScore> scores, IEnumerable<KeyValuePair<ItemId, double>> maxPoints)
    {
        Guard.Against.Null(scores);
        Guard.Against.Null(maxPoints);
        var itemIndex = new Dictionary<ItemId, int>();
        var maxima = new List<double>();
        foreach (var (item, max) in maxPoints)
        {
            Guard.Against.Unmet(item.Value is not null, nameof(maxPoints), "An item id must not be the default (empty) value.");
            Guard.Against.NotPositive(max, nameof(maxPoints));
            Guard.Against.Unmet(itemIndex.TryAdd(item, maxima.Count), nameof(maxPoints), $"Item {item} has two maximums.");
            maxima.Add(max);
        }
        Guard.Against.Unmet(maxima.Count > 0, nameof(maxPoints), "There are no items.");
        // Issue 18: the cells in one growing array and a flag per cell for "scored already" (a set of pairs and a row
        // array per student, joined at the end, were a third of the cycle's item analysis).
        int k = maxima.Count;
        // Room for every student to have every item when the number of scores is known (no growing); a student's scores
        // usually come together, so the last student's row is remembered.
        int expected = scores.TryGetNonEnumeratedCount(out int count) ? (count + k - 1) / k : 64;
        var studentIndex = new Dictionary<StudentId, int>(expected);
        var cells = new double[Math.Max(1, expected) * k];
        var seen = new bool[cells.Length];
        StudentId last = default;
        int lastRow = -1;
        foreach (var score in scores)
        {
            Guard.Against.Unmet(score is not null, nameof(scores), "The item scores must not hold null.");
            if (!itemIndex.TryGetValue(score.Item, out var i))
                throw new ArgumentException($"Item {score.Item} (student {score.Student}) has no maximum points.", nameof(scores));
            int s;
            if (lastRow >= 0 && score.Student == last) s = lastRow;
            else if (studentIndex.TryGetValue(score.Student, out s)) (last, lastRow) = (score.Student, s);
            else
            {
                studentIndex.Add(score.Student, s = studentIndex.Count);
                (last, lastRow) = (score.Student, s);
                if ((s + 1) * k > cells.Length)
                {
                    Array.Resize(ref cells, cells.Length * 2);
                    Array.Resize(ref seen, cells.Length);
                }
                cells.AsSpan(s * k, k).Fill(double.NaN);
            }
            Guard.Against.Unmet(!seen[s * k + i], nameof(scores), $"Student {score.Student} has two scores for item {score.Item}.");
            seen[s * k + i] = true;
            if (score.Score is { } x && x > maxima[i] + 1e-9)
                throw new ArgumentException($"Student {score.Student} scored {InvariantNumber.Format(x)} on item {score.Item}, above its maximum of {InvariantNumber.Format(maxima[i])}.", nameof(scores));
            cells[s * k + i] = score.Score ?? double.NaN;
        }
        Guard.Against.Unmet(studentIndex.Count > 0, nameof(scores), "There are no item scores.");
        return new ItemResponses([.. studentIndex.Keys], [.. itemIndex.Keys], [.. maxima], cells[..(studentIndex.Count * k)]);
    }

    /// <summary>Builds the table from item scores on a blueprint's items (items in blueprint order, maximum = item points).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A score for an item not on the blueprint, a student scored twice on an item, or a score above the item's points.</exception>
    public static ItemResponses FromBlueprint(AssessmentBlueprint blueprint, IEnumerable<ItemScore> scores)
    {
        Guard.Against.Null(blueprint);
        return FromScores(scores, blueprint.Items.Select(i => new KeyValuePair<ItemId, double>(i.Id, i.Points)));
    }

    private static ImmutableArray<T> Distinct<T>(IReadOnlyList<T> ids, int count, string paramName)
    {
        Guard.Against.Unmet(ids.Count == count, paramName, $"{count} ids are needed, not {ids.Count}.");
        Guard.Against.Unmet(ids.Distinct().Count() == count, paramName, "An id is given twice.");
        return [.. ids];
    }
}
