using MathPlc.Assessments;
using MathPlc.Core;

namespace MathPlc.Assessments.Tests.ItemAnalysis;

/// <summary>
/// A ten-student, four-item 0/1 test (students s01–s10). Expected values were computed independently with a plain
/// Python script from the textbook formulas (reference/statistics.md §6), not with this library:
/// p = .7, .6, .6, .5; α = KR-20 = 0.3225806; corrected r = 0.5867387, 0.0416667, 0.0416667, 0.1059998;
/// with 27 % groups (3 students; s01, s02 and s03 tie at 3 and s01 joins the upper group by id):
/// D = 1, 2/3, 2/3, 1/3; SEM = 0.9660918. With s01/i4, s05/i2, s08/i3 missing: pairwise α = 0.2486016,
/// listwise α = 0.1538462 (7 students).
/// </summary>
internal static class SmallTest
{
    public static readonly double[][] Rows =
    [
        [1, 1, 1, 0], [1, 1, 0, 1], [1, 0, 1, 1], [1, 1, 1, 1], [0, 0, 1, 0],
        [1, 1, 0, 0], [0, 1, 0, 0], [1, 1, 1, 1], [0, 0, 0, 1], [1, 0, 1, 0],
    ];

    public static ItemResponses Responses(Func<int, int, bool>? missing = null, int[]? order = null)
    {
        order ??= [.. Enumerable.Range(0, Rows.Length)];
        var cells = order.SelectMany(s => Rows[s].Select((x, i) => missing?.Invoke(s, i) == true ? double.NaN : x)).ToArray();
        var ids = order.Select(s => new StudentId($"s{s + 1:00}")).ToArray();
        return ItemResponses.FromColumns(cells, [1, 1, 1, 1], ids);
    }

    public static bool ThreeMissing(int student, int item) =>
        (student, item) is (0, 3) or (4, 1) or (7, 2);
}
