using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>A student's score on one assessment item; <see langword="null"/> when the student gave no response.</summary>
public sealed record ItemScore
{
    /// <summary>Creates an item score.</summary>
    /// <exception cref="ArgumentException">An identifier is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is negative or not finite.</exception>
    public ItemScore(StudentId student, ItemId item, double? score)
    {
        Guard.Against.Unmet(student.Value is not null, nameof(student), "The student id must not be the default (empty) value.");
        Guard.Against.Unmet(item.Value is not null, nameof(item), "The item id must not be the default (empty) value.");
        if (score is { } s) Guard.Against.NegativeOrNotFinite(s, nameof(score));
        Student = student;
        Item = item;
        Score = score;
    }

    /// <summary>The student.</summary>
    public StudentId Student { get; }

    /// <summary>The item.</summary>
    public ItemId Item { get; }

    /// <summary>The points earned, or <see langword="null"/> for no response.</summary>
    public double? Score { get; }
}
