using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>Whether a report-card mark could be given.</summary>
public enum MarkStatus
{
    /// <summary>A mark (a score, a letter or both) was given.</summary>
    Marked = 0,

    /// <summary>Too little evidence for a mark: reported as incomplete ("I"), never as zero.</summary>
    Incomplete = 1,
}

/// <summary>What a report-card mark does when some learning targets have no score.</summary>
public enum MissingTargets
{
    /// <summary>
    /// The mark is incomplete until every target has a score (the default: a mark from part of the course would
    /// mislead; West Des Moines's course "I", O'Connor fix 12; reference/grading.md §9.1, §9.3).
    /// </summary>
    Incomplete = 0,

    /// <summary>The mark is made from the targets that have a score; each target without one is named in the reasons.</summary>
    MarkScoredTargets = 1,
}

/// <summary>
/// A student's mark for one course and grading period, made from that student's learning-target results by a
/// <see cref="ReportCardRule"/>, with the reasons: which targets, which scores, which rule, which targets had no score.
/// </summary>
/// <remarks>
/// Invariants: the course is not blank (it is trimmed); a <see cref="MarkStatus.Marked"/> mark has a score or a letter
/// (finite score, non-blank letter); an <see cref="MarkStatus.Incomplete"/> mark has neither and at least one reason.
/// Equality is by content.
/// </remarks>
public sealed record ReportCardMark
{
    /// <summary>Creates a mark.</summary>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The course, rule or description is blank; the status disagrees with the score and letter; an incomplete mark has no reason; a reason is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The status is not defined or the score is not finite.</exception>
    public ReportCardMark(StudentId studentId, string course, GradingPeriod period, string rule, MarkStatus status, double? score, string? letter,
        IEnumerable<Reason> reasons, string description)
    {
        Guard.Against.NullOrWhiteSpace(course);
        Guard.Against.Null(period);
        Guard.Against.NullOrWhiteSpace(rule);
        Guard.Against.NullOrWhiteSpace(description);
        if (!Enum.IsDefined(status)) throw new ArgumentOutOfRangeException(nameof(status), status, $"status {(int)status} is not defined.");
        if (score is { } s) Guard.Against.NotFinite(s, nameof(score));
        if (letter is not null) Guard.Against.NullOrWhiteSpace(letter);
        bool marked = status == MarkStatus.Marked;
        Guard.Against.Unmet(marked == (score.HasValue || letter is not null), nameof(status),
            marked ? "A marked result must have a score or a letter." : "An incomplete mark must have neither a score nor a letter.");
        StudentId = studentId;
        Course = course.Trim();
        Period = period;
        Rule = rule.Trim();
        Status = status;
        Score = score;
        Letter = letter?.Trim();
        Reasons = Guard.Against.NullOrNullElements(reasons, nameof(reasons));
        Guard.Against.Unmet(marked || !Reasons.IsEmpty, nameof(reasons), "An incomplete mark must say why.");
        Description = description.Trim();
    }

    /// <summary>Whose mark this is.</summary>
    public StudentId StudentId { get; }

    /// <summary>The course, as the school's information system names it (e.g. <c>MATH-6</c>).</summary>
    public string Course { get; }

    /// <summary>The grading period.</summary>
    public GradingPeriod Period { get; }

    /// <summary>The <see cref="ReportCardRule.Name"/> of the rule that made the mark.</summary>
    public string Rule { get; }

    /// <summary>Marked, or incomplete.</summary>
    public MarkStatus Status { get; }

    /// <summary>The mark as a score (mean or lowest target), or null (conjunctive rules, or incomplete).</summary>
    public double? Score { get; }

    /// <summary>The mark as a letter, or null (no letter table, or incomplete).</summary>
    public string? Letter { get; }

    /// <summary>Why: each target's score or why it has none, then the rule's reasons.</summary>
    public ValueArray<Reason> Reasons { get; }

    /// <summary>One sentence in teachers' words saying how the mark was made.</summary>
    public string Description { get; }
}
