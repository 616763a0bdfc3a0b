using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>The kinds of gap in a set of leadership commitments.</summary>
public enum CommitmentGapKind
{
    /// <summary>No role is defined at a level: nobody owns the commitment there.</summary>
    NoOwner,

    /// <summary>A level owns the commitment but its latest self-assessment does not cover it.</summary>
    NotAssessed,

    /// <summary>The latest self-assessment lists no next step and the commitment is not yet sustained.</summary>
    NoNextStep,

    /// <summary>The status is beyond "not started" but no evidence is given.</summary>
    NoEvidence,
}

/// <summary>One gap, with the commitment and level it concerns.</summary>
/// <param name="Kind">What is missing.</param>
/// <param name="CommitmentId">The commitment.</param>
/// <param name="Level">The level.</param>
/// <param name="Why">In plain words.</param>
public sealed record CommitmentGap(CommitmentGapKind Kind, string CommitmentId, LeadershipLevel Level, Reason Why);

/// <summary>A commitment's status at one level across self-assessments.</summary>
/// <param name="CommitmentId">The commitment.</param>
/// <param name="Level">The level.</param>
/// <param name="Statuses">The status on each occasion that assessed it, oldest first.</param>
public sealed record CommitmentProgress(string CommitmentId, LeadershipLevel Level, ValueArray<(LocalDate On, CommitmentStatus Status)> Statuses)
{
    /// <summary>Status steps gained from the first occasion to the last (negative when it slipped).</summary>
    public int Change => Statuses.IsEmpty ? 0 : (int)Statuses[^1].Status - (int)Statuses[0].Status;
}

/// <summary>
/// Progress and gaps in leadership commitments for collaborative professional learning, across the district, site and
/// team levels and across self-assessment occasions — the system of ongoing feedback the commitments ask for.
/// </summary>
public static class LeadershipCommitments
{
    /// <summary>Each commitment's status at each level it is owned at, across the self-assessments (ordered by commitment, then level).</summary>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    public static ImmutableArray<CommitmentProgress> Progress(IEnumerable<Commitment> commitments, IEnumerable<CommitmentSelfAssessment> assessments)
    {
        var all = Guard.Against.NullOrNullElements(commitments, nameof(commitments));
        var occasions = Guard.Against.NullOrNullElements(assessments, nameof(assessments)).OrderBy(a => a.AssessedOn).ToArray();
        return [.. all.OrderBy(c => c.Id, StringComparer.Ordinal).SelectMany(c => c.Roles.Keys.Select(level => new CommitmentProgress(c.Id, level,
            [.. occasions.SelectMany(a => a.Entries.Where(e => e.CommitmentId == c.Id && e.Level == level).Select(e => (a.AssessedOn, e.Status)))])))];
    }

    /// <summary>
    /// The gaps: a level with no owner; and against the latest self-assessment, an owned level not assessed, an action
    /// with no next step (unless sustained), a status with no evidence.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    public static ImmutableArray<CommitmentGap> Gaps(IEnumerable<Commitment> commitments, IEnumerable<CommitmentSelfAssessment> assessments)
    {
        var all = Guard.Against.NullOrNullElements(commitments, nameof(commitments));
        var latest = Guard.Against.NullOrNullElements(assessments, nameof(assessments)).MaxBy(a => a.AssessedOn);
        var gaps = new List<CommitmentGap>();
        foreach (var c in all.OrderBy(c => c.Id, StringComparer.Ordinal))
            foreach (var level in Enum.GetValues<LeadershipLevel>())
            {
                if (!c.Roles.ContainsKey(level))
                {
                    gaps.Add(new CommitmentGap(CommitmentGapKind.NoOwner, c.Id, level, new Reason("no-owner", $"Nobody at the {level} level owns \"{c.Title}\".")));
                    continue;
                }
                var entry = latest?.Entries.FirstOrDefault(e => e.CommitmentId == c.Id && e.Level == level);
                if (entry is null)
                {
                    gaps.Add(new CommitmentGap(CommitmentGapKind.NotAssessed, c.Id, level, new Reason("not-assessed", $"The {level} level has not assessed \"{c.Title}\" in the latest self-assessment.")));
                    continue;
                }
                if (entry.NextSteps.IsEmpty && entry.Status != CommitmentStatus.Sustaining)
                    gaps.Add(new CommitmentGap(CommitmentGapKind.NoNextStep, c.Id, level, new Reason("no-next-step", $"The {level} level lists no next step for \"{c.Title}\".")));
                if (entry.Evidence.IsEmpty && entry.Status != CommitmentStatus.NotStarted)
                    gaps.Add(new CommitmentGap(CommitmentGapKind.NoEvidence, c.Id, level, new Reason("no-evidence", $"The {level} level reports {entry.Status} for \"{c.Title}\" without evidence.")));
            }
        return [.. gaps];
    }
}
