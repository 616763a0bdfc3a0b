namespace MathPlc.Interop.OneRoster;

/// <summary>
/// A student's score on one learning objective within a result (a row of <c>resultLearningObjectiveIds.csv</c>):
/// how a standards-based gradebook reports one assessment per target.
/// </summary>
public sealed record OneRosterObjectiveScore
{
    /// <summary>Creates an objective score.</summary>
    /// <param name="objective">The learning objective.</param>
    /// <param name="score">The score, when there is one; finite.</param>
    /// <param name="textScore">A score written as text (e.g. <c>Proficient</c>), when there is one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is NaN or infinite.</exception>
    public OneRosterObjectiveScore(OneRosterLearningObjective objective, double? score = null, string? textScore = null)
    {
        Guard.Against.Null(objective);
        if (score is { } value) Guard.Against.NotFinite(value, nameof(score));
        Objective = objective;
        Score = score;
        TextScore = string.IsNullOrWhiteSpace(textScore) ? null : textScore.Trim();
    }

    /// <summary>The learning objective.</summary>
    public OneRosterLearningObjective Objective { get; }

    /// <summary>The score, or null when none was given.</summary>
    public double? Score { get; }

    /// <summary>The score as text, or null when none was given.</summary>
    public string? TextScore { get; }
}
