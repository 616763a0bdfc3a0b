using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>
/// The reliable change index: whether a change in a score between two occasions is larger than the test's
/// measurement error (Jacobson &amp; Truax 1991).
/// </summary>
/// <remarks>
/// S_diff = √(SEM₁² + SEM₂²) — √(2·SEM²) when one SEM serves both occasions (Jacobson &amp; Truax), the Maassen (2004)
/// form when they differ; RCI = (after − before)/S_diff; reliable when |RCI| &gt; critical (1.96 for 95 %, strict as in
/// the clinicalsignificance package). Which direction is better is the caller's (higher scores by default).
/// Sources: Jacobson &amp; Truax (1991), J. Consulting and Clinical Psychology 59, 12–19; Maassen (2004);
/// reference/statistics.md §7.
/// </remarks>
public static class ReliableChange
{
    /// <summary>Judges a change with one SEM for both occasions.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A score is not finite, the SEM is negative, or the critical value is not positive.</exception>
    public static ReliableChangeResult Assess(double before, double after, double sem, bool higherIsBetter = true, double critical = 1.96) =>
        Assess(before, after, sem, sem, higherIsBetter, critical);

    /// <summary>Judges a change with a SEM for each occasion.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A score is not finite, a SEM is negative, or the critical value is not positive.</exception>
    public static ReliableChangeResult Assess(double before, double after, double semBefore, double semAfter, bool higherIsBetter = true, double critical = 1.96)
    {
        Guard.Against.NotFinite(before, nameof(before));
        Guard.Against.NotFinite(after, nameof(after));
        Guard.Against.NegativeOrNotFinite(semBefore, nameof(semBefore));
        Guard.Against.NegativeOrNotFinite(semAfter, nameof(semAfter));
        Guard.Against.NotPositive(critical, nameof(critical));
        double change = after - before;
        double sDiff = Math.Sqrt(semBefore * semBefore + semAfter * semAfter);
        double minimum = critical * sDiff;
        if (!(sDiff > 0))
        {
            var why = new Reason("no-measurement-error", "The reliable change index is undefined: the standard error of measurement is 0.").With("change", change);
            return new(change, 0, StatisticValue.Undefined(why, 1, 0), 0, ReliableChangeOutcome.Undefined, why);
        }
        double rci = change / sDiff;
        ReliableChangeOutcome outcome = Math.Abs(rci) <= critical ? ReliableChangeOutcome.NoReliableChange
            : (change > 0) == higherIsBetter ? ReliableChangeOutcome.ReliablyImproved : ReliableChangeOutcome.ReliablyDeclined;
        var reason = (outcome switch
        {
            ReliableChangeOutcome.NoReliableChange => new Reason("within-measurement-error", $"The change of {InvariantNumber.Format(change)} is within measurement error (it would need to exceed {InvariantNumber.Format(Math.Round(minimum, 3))})."),
            ReliableChangeOutcome.ReliablyImproved => new Reason("reliable-improvement", $"The change of {InvariantNumber.Format(change)} is larger than measurement error ({InvariantNumber.Format(Math.Round(minimum, 3))}) and in the better direction."),
            _ => new Reason("reliable-decline", $"The change of {InvariantNumber.Format(change)} is larger than measurement error ({InvariantNumber.Format(Math.Round(minimum, 3))}) and in the worse direction."),
        }).With("rci", rci).With("minimum-reliable-change", minimum);
        return new(change, sDiff, StatisticValue.Defined(rci, 1, 0), minimum, outcome, reason);
    }
}
