using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>One student's result on one learning target after a common assessment: proficient or not, and optionally the score.</summary>
/// <remarks>The unit cycle builds these from Grading's proficiency results (proficient = the scale's <c>IsProficient</c>).</remarks>
public sealed record TargetOutcome
{
    /// <summary>Creates an outcome.</summary>
    /// <exception cref="ArgumentException">An identifier is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not finite.</exception>
    public TargetOutcome(StudentId student, TargetId target, bool isProficient, double? score = null)
    {
        Guard.Against.Unmet(student.Value is not null, nameof(student), "The student id must not be the default (empty) value.");
        Guard.Against.Unmet(target.Value is not null, nameof(target), "The target id must not be the default (empty) value.");
        if (score is { } s) Guard.Against.NotFinite(s, nameof(score));
        Student = student;
        Target = target;
        IsProficient = isProficient;
        Score = score;
    }

    /// <summary>The student.</summary>
    public StudentId Student { get; }

    /// <summary>The learning target.</summary>
    public TargetId Target { get; }

    /// <summary>Whether the student is proficient on the target.</summary>
    public bool IsProficient { get; }

    /// <summary>The score on the team's scale, when known (for the spread within sections).</summary>
    public double? Score { get; }
}
