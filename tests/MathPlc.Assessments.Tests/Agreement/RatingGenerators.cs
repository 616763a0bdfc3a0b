using FsCheck;
using FsCheck.Fluent;
using MathPlc.Assessments;

namespace MathPlc.Assessments.Tests.Agreement;

/// <summary>Random rating matrices for the property tests: rubric scores 0–4, optionally with missing ratings.</summary>
internal static class RatingGenerators
{
    public static Gen<double?[][]> Rows(int minRaters, int maxRaters, bool missing) =>
        from subjects in Gen.Choose(2, 12)
        from raters in Gen.Choose(minRaters, maxRaters)
        from cells in Gen.Choose(missing ? -1 : 0, 4).ArrayOf(subjects * raters)
        select Enumerable.Range(0, subjects)
            .Select(i => cells.Skip(i * raters).Take(raters).Select(c => c < 0 ? (double?)null : c).ToArray())
            .ToArray();

    public static Arbitrary<RatingMatrix> Matrices(int minRaters = 2, int maxRaters = 5, bool missing = true) =>
        Rows(minRaters, maxRaters, missing).Select(rows => RatingMatrix.FromRows(rows)).ToArbitrary();

    /// <summary>Every rater gives each subject the same score, and at least two scores are used.</summary>
    public static Arbitrary<RatingMatrix> PerfectAgreement(int minRaters = 2, int maxRaters = 5) =>
        (from subjects in Gen.Choose(2, 12)
         from raters in Gen.Choose(minRaters, maxRaters)
         from scores in Gen.Choose(0, 4).ArrayOf(subjects)
         where scores.Distinct().Count() >= 2
         select RatingMatrix.FromRows(scores.Select(s => (IReadOnlyList<double?>)Enumerable.Repeat((double?)s, raters).ToArray()).ToArray()))
        .ToArbitrary();

    /// <summary>The matrix with every score replaced by its image under a relabelling.</summary>
    public static RatingMatrix Relabel(RatingMatrix ratings, Func<double, double> relabel) =>
        RatingMatrix.FromRows(Enumerable.Range(0, ratings.SubjectCount)
            .Select(i => (IReadOnlyList<double?>)Enumerable.Range(0, ratings.RaterCount)
                .Select(j => ratings[i, j] is { } x ? relabel(x) : (double?)null).ToArray())
            .ToArray());
}
