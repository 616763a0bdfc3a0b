namespace MathPlc.Interventions;

/// <summary>A student's universal-screening result as a national percentile rank (0–100).</summary>
public sealed record ScreeningScore
{
    /// <summary>Creates a screening result.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentile"/> is outside 0–100 or not finite.</exception>
    public ScreeningScore(StudentId studentId, double percentile)
    {
        Guard.Against.OutsideRange(percentile, 0, 100, nameof(percentile));
        StudentId = studentId;
        Percentile = percentile;
    }

    /// <summary>The student.</summary>
    public StudentId StudentId { get; }

    /// <summary>The percentile rank, 0–100.</summary>
    public double Percentile { get; }
}
