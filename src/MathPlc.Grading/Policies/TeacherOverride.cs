using NodaTime;
using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>
/// A teacher's professional judgement that replaces the computed proficiency of one student on one learning target,
/// recorded with who made it, when and why.
/// </summary>
/// <remarks>
/// The override sets the reported score; the result keeps the computed score (or the reason there was none) in its
/// reasons, so the judgement is audited, not hidden. O'Connor's fix 11 ("don't rely only on the mean; use
/// judgement") and PowerTeacher Pro's Professional Judgment Indicator (reference/grading.md §7, §9.1).
/// Invariants: the ids are not the default value, the score is finite, the date is an ISO date, the reason is not blank.
/// Whether the score lies on the scale is checked when it is applied, against the scale in use.
/// </remarks>
public sealed record TeacherOverride
{
    /// <summary>Records an override.</summary>
    /// <param name="studentId">Whose proficiency is overridden.</param>
    /// <param name="targetId">On which learning target.</param>
    /// <param name="score">The score the teacher reports instead of the computed one.</param>
    /// <param name="teacherId">Who made the judgement.</param>
    /// <param name="decidedOn">When.</param>
    /// <param name="why">Why, in the teacher's words (e.g. "Oral reassessment on 14 Nov showed full proficiency").</param>
    /// <exception cref="ArgumentNullException"><paramref name="why"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is the default value, <paramref name="why"/> is empty or white space, or <paramref name="decidedOn"/> is not an ISO date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not finite.</exception>
    public TeacherOverride(StudentId studentId, TargetId targetId, double score, TeacherId teacherId, LocalDate decidedOn, string why)
    {
        Guard.Against.Unmet(studentId.Value is not null, nameof(studentId), "The student id must not be the default (empty) value.");
        Guard.Against.Unmet(targetId.Value is not null, nameof(targetId), "The target id must not be the default (empty) value.");
        Guard.Against.Unmet(teacherId.Value is not null, nameof(teacherId), "The teacher id must not be the default (empty) value.");
        Guard.Against.NotFinite(score, nameof(score));
        Guard.Against.NotIsoCalendar(decidedOn, nameof(decidedOn));
        Guard.Against.NullOrWhiteSpace(why);
        StudentId = studentId;
        TargetId = targetId;
        Score = score;
        TeacherId = teacherId;
        DecidedOn = decidedOn;
        Why = why.Trim();
    }

    /// <summary>Whose proficiency is overridden.</summary>
    public StudentId StudentId { get; }

    /// <summary>The learning target.</summary>
    public TargetId TargetId { get; }

    /// <summary>The score reported instead of the computed one.</summary>
    public double Score { get; }

    /// <summary>Who made the judgement.</summary>
    public TeacherId TeacherId { get; }

    /// <summary>When the judgement was made.</summary>
    public LocalDate DecidedOn { get; }

    /// <summary>Why, in the teacher's words.</summary>
    public string Why { get; }
}
