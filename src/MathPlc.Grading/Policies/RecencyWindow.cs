using NodaTime;

namespace MathPlc.Grading;

/// <summary>
/// Which evidence is recent enough to count: the last N pieces of evidence, or the evidence of the last N days up to
/// an "as of" date (a report-card date, say).
/// </summary>
/// <remarks>
/// <para>
/// <b>Last N pieces</b> is what the anchor systems offer: PowerTeacher Pro's "Most Recent Scores" with a "Number of
/// Scores", Rediker's "Mean of Most Recent x", Common Goal's recent-N window (reference/grading.md §7). Unlike the
/// <c>recent-mean</c> and <c>recent-median</c> methods, the window is a policy, so it works with any method (a power
/// law over the last five scores, say). Fewer pieces than N means all of them count, as in Common Goal.
/// </para>
/// <para>
/// <b>Last N days</b> is MathPlc's own choice [I] for O'Connor's fix 14 ("emphasise recent achievement") when a
/// team reasons in weeks rather than in counts: the window holds the <see cref="Days"/> calendar days ending on
/// <see cref="AsOf"/>, both ends included; evidence dated after the as-of date does not count yet. The caller
/// passes the date (the library reads no clock).
/// </para>
/// <para>
/// A pieces window is applied after reassessments are combined (it counts assessments, not attempts); a days
/// window before (an attempt outside the window is not evidence of what the student knows now).
/// </para>
/// </remarks>
public sealed record RecencyWindow
{
    private RecencyWindow(int? pieces, int? days, LocalDate? asOf) => (Pieces, Days, AsOf) = (pieces, days, asOf);

    /// <summary>The number of most recent pieces that count, or null for a days window.</summary>
    public int? Pieces { get; }

    /// <summary>The number of calendar days (ending on <see cref="AsOf"/>) whose evidence counts, or null for a pieces window.</summary>
    public int? Days { get; }

    /// <summary>The last date of a days window, or null for a pieces window.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>Only the <paramref name="count"/> most recent pieces of evidence count (all of them when there are fewer).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static RecencyWindow LastPieces(int count)
    {
        Guard.Against.Below(count, 1);
        return new(count, null, null);
    }

    /// <summary>Only evidence dated in the <paramref name="days"/> calendar days ending on <paramref name="asOf"/> counts.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not an ISO date.</exception>
    public static RecencyWindow LastDays(int days, LocalDate asOf)
    {
        Guard.Against.Below(days, 1);
        Guard.Against.NotIsoCalendar(asOf, nameof(asOf));
        return new(null, days, asOf);
    }

    /// <summary>The first date in a days window.</summary>
    internal LocalDate FirstDay => AsOf!.Value.PlusDays(1 - Days!.Value);
}
