using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>Report-card marks: one mark per student, course and grading period, from that student's learning-target results.</summary>
public static class ReportCards
{
    /// <summary>
    /// Makes a student's mark for a course and grading period from the student's target results by a rule.
    /// </summary>
    /// <param name="studentId">Whose mark.</param>
    /// <param name="course">The course, as the school's information system names it (MathPlc.Core has no course id yet).</param>
    /// <param name="period">The grading period.</param>
    /// <param name="targets">The student's results, one per learning target of the course in this period.</param>
    /// <param name="rule">How the mark is made.</param>
    /// <param name="missing">What a target without a score does; <see cref="MissingTargets.Incomplete"/> by default.</param>
    /// <remarks>
    /// Targets are read in ordinal order of their ids. A target without a score is a reason
    /// (<c>target-without-score</c>, with the target's own reason), never a zero: by default it makes the mark
    /// incomplete; with <see cref="MissingTargets.MarkScoredTargets"/> the mark is made from the other targets. No
    /// target, or no target with a score, is always incomplete.
    /// </remarks>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The course is blank; a result is null, belongs to another student, or repeats a target.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="missing"/> is not defined, or a score is outside the rule's letter table.</exception>
    public static ReportCardMark Mark(StudentId studentId, string course, GradingPeriod period, IEnumerable<ProficiencyResult> targets,
        ReportCardRule rule, MissingTargets missing = MissingTargets.Incomplete)
    {
        Guard.Against.NullOrWhiteSpace(course);
        Guard.Against.Null(period);
        Guard.Against.Null(targets);
        Guard.Against.Null(rule);
        if (!Enum.IsDefined(missing)) throw new ArgumentOutOfRangeException(nameof(missing), missing, $"missing {(int)missing} is not defined.");
        var results = Guard.Against.NullOrNullElements(targets, nameof(targets));
        var seen = new HashSet<TargetId>();
        foreach (var r in results)
        {
            Guard.Against.Unmet(r.StudentId == studentId, nameof(targets), $"The result for {r.StudentId} on {r.TargetId} was given to mark {studentId}.");
            Guard.Against.Unmet(seen.Add(r.TargetId), nameof(targets), $"The target {r.TargetId} has two results.");
        }

        var reasons = new List<Reason>();
        var scored = new List<(TargetId Target, double Score)>();
        var unscored = new List<TargetId>();
        foreach (var r in results.OrderBy(r => r.TargetId.Value, StringComparer.Ordinal))
        {
            if (r.Score is { } score)
            {
                scored.Add((r.TargetId, score));
                reasons.Add(new Reason("target-scored", $"{r.TargetId}: {InvariantNumber.Format(score)} ({r.Level!.Label}).")
                    .With("target", r.TargetId.Value).With("score", score).With("level", r.Level.Label));
                continue;
            }
            unscored.Add(r.TargetId);
            var own = r.Reasons.IsEmpty ? null : r.Reasons[^1];
            reasons.Add(new Reason("target-without-score", $"{r.TargetId} has no score: {own?.Message ?? "insufficient evidence"} It counts as missing, not as zero.")
                .With("target", r.TargetId.Value).With("why", own?.Code ?? "insufficient-evidence"));
        }

        Reason? incomplete =
            results.IsEmpty ? new Reason("no-targets", "There are no learning-target results to make a mark from.")
            : scored.Count == 0 ? new Reason("no-scored-targets", "No learning target has a score yet, so there is no mark.")
            : unscored.Count > 0 && missing == MissingTargets.Incomplete
                ? new Reason("incomplete", $"{unscored.Count} of {results.Length} targets have no score yet ({string.Join(", ", unscored)}); the mark is incomplete until they do.")
                    .With("missing", string.Join(",", unscored.Select(t => t.Value)))
                : null;
        if (incomplete is not null)
        {
            reasons.Add(incomplete.With("rule", rule.Name));
            return new ReportCardMark(studentId, course, period, rule.Name, MarkStatus.Incomplete, null, null, reasons, incomplete.Message);
        }

        var (markScore, letter, description) = rule.Apply(scored, reasons);
        if (unscored.Count > 0)
            description += $" {unscored.Count} target{(unscored.Count == 1 ? "" : "s")} without a score left out.";
        return new ReportCardMark(studentId, course, period, rule.Name, MarkStatus.Marked, markScore, letter, reasons, description);
    }
}
