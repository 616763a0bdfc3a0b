using Ardalis.GuardClauses;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Core.Guards;
using MathPlc.Tests;

namespace MathPlc.Assessments.Tests.ItemAnalysis;

/// <summary>
/// Issue 18: <see cref="ItemResponses.FromScores"/> fills one array with a flag per cell; the students, items, maxima and
/// every cell (by its bits) are the old form's (kept below as the oracle), and so is every refusal: an unknown item, a
/// student's second score on an item, a score above the item's maximum, no scores at all.
/// </summary>
public sealed class ItemResponsesFastPathProperties
{
    private static readonly Gen<(ItemScore[] Scores, KeyValuePair<ItemId, double>[] Maxima)> Cases =
        from items in Gen.Choose(1, 6)
        from maxima in Gen.Choose(1, 4).ArrayOf(items)
        from rows in (from student in Gen.Choose(0, 90)
                      from item in Gen.Frequency((40, Gen.Choose(0, items - 1)), (1, Gen.Constant(items)))
                      from score in Gen.Frequency((6, Gen.Choose(0, 4).Select(x => (double?)x)), (1, Gen.Constant((double?)null)))
                      select (student, item, score)).ArrayOf()
        from unique in Gen.Elements(true, true, false)
        select (Build(rows, unique), maxima.Select((m, i) => new KeyValuePair<ItemId, double>(new ItemId($"Q{i}"), m)).ToArray());

    // Unique: each student's item once (a repeat only when not); scores above an item's maximum now and then.
    private static ItemScore[] Build((int Student, int Item, double? Score)[] rows, bool unique) =>
        [.. (unique ? rows.DistinctBy(r => (r.Student, r.Item)) : rows).Select(r => new ItemScore(new StudentId($"S{r.Student}"), new ItemId($"Q{r.Item}"), r.Score))];

    [Fact]
    public void The_responses_are_the_old_forms_or_its_refusal() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            Exception? expectedRefusal = null, actualRefusal = null;
            (ImmutableArray<StudentId>, ImmutableArray<ItemId>, ImmutableArray<double>, double[])? expected = null;
            ItemResponses? actual = null;
            try { expected = OldFromScores(c.Scores, c.Maxima); } catch (ArgumentException e) { expectedRefusal = e; }
            try { actual = ItemResponses.FromScores(c.Scores, c.Maxima); } catch (ArgumentException e) { actualRefusal = e; }
            if (expectedRefusal is not null || actualRefusal is not null)
                return expectedRefusal?.GetType() == actualRefusal?.GetType() && expectedRefusal?.Message == actualRefusal?.Message;
            var (students, items, maxima, cells) = expected!.Value;
            return students.SequenceEqual(actual!.StudentIds) && items.SequenceEqual(actual.ItemIds) && maxima.SequenceEqual(actual.MaxPoints)
                && cells.Select(BitConverter.DoubleToInt64Bits).SequenceEqual(actual.Cells.ToArray().Select(BitConverter.DoubleToInt64Bits));
        }).Check(400);

    // ItemResponses.FromScores before issue 18, word for word but for returning its parts.
    private static (ImmutableArray<StudentId>, ImmutableArray<ItemId>, ImmutableArray<double>, double[]) OldFromScores(IEnumerable<ItemScore> scores, IEnumerable<KeyValuePair<ItemId, double>> maxPoints)
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
        var studentIndex = new Dictionary<StudentId, int>();
        var rows = new List<double[]>();
        var seen = new HashSet<(int Student, int Item)>();
        foreach (var score in scores)
        {
            Guard.Against.Unmet(score is not null, nameof(scores), "The item scores must not hold null.");
            if (!itemIndex.TryGetValue(score.Item, out var i))
                throw new ArgumentException($"Item {score.Item} (student {score.Student}) has no maximum points.", nameof(scores));
            if (!studentIndex.TryGetValue(score.Student, out var s))
            {
                studentIndex.Add(score.Student, s = rows.Count);
                var row = new double[maxima.Count];
                Array.Fill(row, double.NaN);
                rows.Add(row);
            }
            Guard.Against.Unmet(seen.Add((s, i)), nameof(scores), $"Student {score.Student} has two scores for item {score.Item}.");
            if (score.Score is { } x && x > maxima[i] + 1e-9)
                throw new ArgumentException($"Student {score.Student} scored {x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} on item {score.Item}, above its maximum of {maxima[i].ToString("R", System.Globalization.CultureInfo.InvariantCulture)}.", nameof(scores));
            rows[s][i] = score.Score ?? double.NaN;
        }
        Guard.Against.Unmet(rows.Count > 0, nameof(scores), "There are no item scores.");
        return ([.. studentIndex.Keys], [.. itemIndex.Keys], [.. maxima], [.. rows.SelectMany(r => r)]);
    }
}
