using MathPlc.Assessments;

namespace MathPlc.Assessments.Tests.Agreement;

/// <summary>Rating data sets from published sources, each with its citation.</summary>
internal static class PublishedRatings
{
    /// <summary>Builds a matrix from rows with <see langword="null"/> for missing.</summary>
    public static RatingMatrix Matrix(params double?[][] rows) => RatingMatrix.FromRows(rows);

    /// <summary>Builds a complete matrix from rows.</summary>
    public static RatingMatrix Complete(params double[][] rows) =>
        RatingMatrix.FromRows(rows.Select(r => (IReadOnlyList<double?>)r.Select(x => (double?)x).ToArray()).ToArray());

    /// <summary>
    /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four coders, twelve units,
    /// missing values. Published: nominal α = 0.743, ordinal 0.815, interval 0.849, ratio 0.797. Given there as
    /// coders × units; transposed here to units × coders.
    /// </summary>
    public static RatingMatrix Krippendorff2011()
    {
        double?[][] coders =
        [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
            [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
        ];
        return Matrix([.. Enumerable.Range(0, 12).Select(u => coders.Select(c => c[u]).ToArray())]);
    }

    /// <summary>
    /// Krippendorff's three-coder, fifteen-unit example with many missing values, used in the tests of
    /// fast-krippendorff (<c>tests/test_krippendorff.py</c>): nominal α = 0.691358, interval α = 0.810845.
    /// </summary>
    public static RatingMatrix ThreeCoders()
    {
        double?[][] coders =
        [
            [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
            [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
            [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
        ];
        return Matrix([.. Enumerable.Range(0, 15).Select(u => coders.Select(c => c[u]).ToArray())]);
    }

    /// <summary>
    /// Shrout &amp; Fleiss (1979), Table 2: six targets rated by four judges. Published (Table 4, two decimals):
    /// ICC(1,1) .17, ICC(2,1) .29, ICC(3,1) .71, ICC(1,4) .44, ICC(2,4) .62, ICC(3,4) .91.
    /// </summary>
    public static RatingMatrix ShroutFleiss1979() => Complete(
        [9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]);

    /// <summary>
    /// Fleiss (1971): 30 patients each diagnosed by six psychiatrists into five categories (1 depression,
    /// 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other), as R irr's <c>diagnoses</c> data set.
    /// Published: κ = 0.430 (irr <c>kappam.fleiss</c>: 0.4302445); category-wise κ .245, .245, .520, .471, .566.
    /// </summary>
    public static RatingMatrix Diagnoses() => Complete(
        [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
        [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
        [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
        [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
        [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
        [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5]);

    /// <summary>
    /// Wikipedia, "Fleiss' kappa", worked example: ten subjects, fourteen raters, five categories, given as the
    /// number of raters per category (expanded here to one column per rater). Published: P̄ = 0.378,
    /// P̄ₑ = 0.213, κ = 0.210 (also statsmodels' <c>test_fleiss_kappa</c>: 0.21 to three decimals).
    /// </summary>
    public static RatingMatrix WikipediaFleiss()
    {
        int[][] counts =
        [
            [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
        ];
        return Complete([.. counts.Select(row => row.SelectMany((c, j) => Enumerable.Repeat(j + 1.0, c)).ToArray())]);
    }

    /// <summary>
    /// R irr's <c>anxiety</c> data set, raters 2 and 3 (20 subjects, scores 1–6, no rater used 5). irr
    /// <c>kappa2</c> (as recorded in statsmodels' <c>test_cohens_kappa_irr</c>): unweighted −0.006289308,
    /// "equal" (linear) 0.1459075, "squared" (quadratic) 0.2520325 — weights over the categories used.
    /// </summary>
    public static RatingMatrix AnxietyRaters2And3()
    {
        double[] rater2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4];
        double[] rater3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2];
        return Complete([.. rater2.Select((x, i) => new[] { x, rater3[i] })]);
    }

    /// <summary>Expands a two-rater contingency table (rows rater 1, columns rater 2) to subjects, categories 1..k.</summary>
    public static RatingMatrix FromTable(int[,] table)
    {
        var rows = new List<double[]>();
        for (int i = 0; i < table.GetLength(0); i++)
            for (int j = 0; j < table.GetLength(1); j++)
                for (int c = 0; c < table[i, j]; c++)
                    rows.Add([i + 1, j + 1]);
        return Complete([.. rows]);
    }
}
