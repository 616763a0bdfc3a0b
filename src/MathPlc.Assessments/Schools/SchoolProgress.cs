using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>Whether a school made continued progress over two years, judged against measurement error.</summary>
/// <param name="School">The school.</param>
/// <param name="FirstYear">The change from two years ago to last year, judged by the reliable change index.</param>
/// <param name="SecondYear">The change from last year to this year.</param>
/// <param name="TwoYears">The change over both years.</param>
/// <param name="ContinuedProgress">True when both yearly changes are gains and the two-year gain exceeds measurement error.</param>
/// <param name="Reason">The judgement in words.</param>
public sealed record SchoolProgress(SchoolId School, ReliableChangeResult FirstYear, ReliableChangeResult SecondYear, ReliableChangeResult TwoYears,
    bool ContinuedProgress, Reason Reason)
{
    /// <summary>Judges continued progress for each school (higher results are better).</summary>
    /// <param name="schools">The schools' three years of results.</param>
    /// <param name="critical">The critical value of the reliable change index; 1.96 (95 %).</param>
    /// <exception cref="ArgumentNullException"><paramref name="schools"/> is null or holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="critical"/> is not positive.</exception>
    /// <remarks>
    /// Each change is judged with S_diff = √2·SE (Jacobson &amp; Truax 1991) through <see cref="ReliableChange"/>. Continued
    /// progress asks for gains in both years and a two-year gain larger than measurement error; a single year's gain is
    /// usually within error for a school, which is why the two-year change carries the judgement.
    /// </remarks>
    public static ImmutableArray<SchoolProgress> Assess(IEnumerable<SchoolYears> schools, double critical = 1.96)
    {
        var list = Guard.Against.NullOrNullElements(schools);
        Guard.Against.NotPositive(critical, nameof(critical));
        return [.. list.Select(s =>
        {
            var first = ReliableChange.Assess(s.TwoYearsAgo, s.LastYear, s.StandardError, critical: critical);
            var second = ReliableChange.Assess(s.LastYear, s.ThisYear, s.StandardError, critical: critical);
            var both = ReliableChange.Assess(s.TwoYearsAgo, s.ThisYear, s.StandardError, critical: critical);
            bool gains = first.Change > 0 && second.Change > 0;
            bool continued = gains && both.Outcome == ReliableChangeOutcome.ReliablyImproved;
            var reason = continued
                ? new Reason("continued-progress", $"School {s.School} gained in both years, and the two-year gain of {InvariantNumber.Format(both.Change)} is larger than measurement error.")
                : !gains
                    ? new Reason("no-continued-gain", $"School {s.School} did not gain in both years.")
                    : new Reason("gain-within-error", $"School {s.School} gained in both years, but the two-year gain of {InvariantNumber.Format(both.Change)} is within measurement error ({InvariantNumber.Format(Math.Round(both.MinimumReliableChange, 3))}).");
            return new SchoolProgress(s.School, first, second, both, continued, reason.With("two-year-change", both.Change));
        })];
    }
}
