namespace MathPlc.Teams;

/// <summary>
/// A commitment's self-rated change at one level between its first and latest self-assessment, with the evidence added
/// and, whenever the status moved, a calibration caution.
/// </summary>
/// <param name="CommitmentId">The commitment.</param>
/// <param name="Level">The level.</param>
/// <param name="From">The first status recorded, or null when it was assessed once.</param>
/// <param name="To">The latest status.</param>
/// <param name="EvidenceAdded">Evidence items in the latest entry that the first did not list.</param>
/// <param name="Caution">Why the change should be read with care, or null when the status did not move.</param>
public sealed record CommitmentChange(string CommitmentId, LeadershipLevel Level, CommitmentStatus? From, CommitmentStatus To, int EvidenceAdded, Reason? Caution)
{
    /// <summary>Status steps gained (negative when it slipped; 0 when unchanged or assessed once).</summary>
    public int Steps => From is { } from ? (int)To - (int)from : 0;

    /// <summary>
    /// The changes of every assessed commitment and level, first occasion against latest. Every move is self-rated, so it
    /// carries a caution: a rise without new evidence may be optimism, a drop may be a stricter reading after learning
    /// more (the calibration problem WestEd's <i>Math in Common</i> report (2019) found in districts' own rubric ratings);
    /// compare with an external rating or the evidence before reading it as growth or decline.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> is or holds null.</exception>
    public static ImmutableArray<CommitmentChange> Between(IEnumerable<CommitmentSelfAssessment> assessments)
    {
        var occasions = Guard.Against.NullOrNullElements(assessments, nameof(assessments)).OrderBy(a => a.AssessedOn).ToArray();
        var keys = occasions.SelectMany(a => a.Entries.Select(e => (e.CommitmentId, e.Level))).Distinct()
            .OrderBy(k => k.CommitmentId, StringComparer.Ordinal).ThenBy(k => k.Level);
        return [.. keys.Select(key =>
        {
            var entries = occasions.SelectMany(a => a.Entries.Where(e => e.CommitmentId == key.CommitmentId && e.Level == key.Level)).ToArray();
            var (first, latest) = (entries[0], entries[^1]);
            var from = entries.Length > 1 ? first.Status : (CommitmentStatus?)null;
            int added = latest.Evidence.Count(e => !first.Evidence.Contains(e, StringComparer.OrdinalIgnoreCase));
            Reason? caution = from is not { } f || f == latest.Status ? null
                : latest.Status < f
                    ? new Reason("self-rated-drop", $"A self-rated drop from {f} to {latest.Status}: it may reflect a stricter reading of the scale after learning more rather than a real decline; check it against the evidence or an external rating before acting on it.")
                    : added == 0
                        ? new Reason("self-rated-rise-without-evidence", $"A self-rated rise from {f} to {latest.Status} with no new evidence: self-ratings are often uncalibrated; ask for the evidence or an external rating.")
                        : new Reason("self-rated-rise", $"A self-rated rise from {f} to {latest.Status} with {added} new evidence item(s): confirm the evidence shows the change.");
            return new CommitmentChange(key.CommitmentId, key.Level, from, latest.Status, added, caution);
        })];
    }
}
